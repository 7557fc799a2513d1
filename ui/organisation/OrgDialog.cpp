#include "OrgDialog.h"

#include "OrgComboBox.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "security/Access.h"
#include "storage/Connection.h"
#include "ui/common/CodeComboBox.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/DateField.h"
#include "ui/common/RefusalLabel.h"
#include "ui/hierarchy/NodePickerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

using organisation::OrgKind;
using organisation::OrgLabels;
using organisation::PartyOrg;

namespace {
// Enough for any branch (支部工作条例: at most 50 members) and a committee's officers.
constexpr int MaxListedMembers = 2000;
}  // namespace

OrgDialog::OrgDialog(storage::Connection& connection, const RecordId& parentId, QWidget* parent)
    : OrgDialog(connection, std::nullopt, parentId, parent)
{
}

OrgDialog::OrgDialog(storage::Connection& connection, const PartyOrg& org, QWidget* parent)
    : OrgDialog(connection, org, org.parentId, parent)
{
}

OrgDialog::OrgDialog(
    storage::Connection& connection, std::optional<PartyOrg> org, const RecordId& parentId, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_existing(std::move(org))
    , m_parentId(parentId)
    , m_parent(new OrgComboBox)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_shortName(new QLineEdit)
    , m_code(new QLineEdit)
    , m_category(new CodeComboBox(roster::CodeTable::orgCategory(), true))
    , m_unit(new CodeComboBox(roster::CodeTable::unitSituation(), true))
    , m_founded(new DateField)
    , m_secretary(new QComboBox)
    , m_contact(new QComboBox)
    , m_phone(new QLineEdit)
    , m_termStart(new DateField)
    , m_termEnd(new DateField)
    , m_committee(new QCheckBox(tr("A branch committee (支部委员会) is set up")))
    , m_nodes(new QListWidget)
    , m_removeNode(new QPushButton(tr("&Remove")))
    , m_remarks(new QPlainTextEdit)
    , m_refusal(new RefusalLabel)
{
    build();
    fill();
}

OrgDialog::~OrgDialog() = default;

void OrgDialog::build()
{
    setWindowTitle(m_existing ? tr("Edit %1").arg(m_existing->name) : tr("Add Party Organisation"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("as on the seal, e.g. 中共…支部委员会"));
    m_shortName->setMaxLength(60);
    m_code->setMaxLength(40);
    m_phone->setMaxLength(40);
    m_remarks->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_nodes->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_termEnd->setToolTip(tr("Branches and general branches serve 3 or 5 years, committees 5 years"));

    auto* addNodeButton = new QPushButton(tr("&Add…"));
    connect(addNodeButton, &QPushButton::clicked, this, &OrgDialog::chooseNode);
    connect(m_removeNode, &QPushButton::clicked, this, [this] { delete m_nodes->currentItem(); });
    connect(m_nodes, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeNode->setEnabled(row >= 0); });
    m_removeNode->setEnabled(false);
    auto* nodeButtons = new QVBoxLayout;
    nodeButtons->addWidget(addNodeButton);
    nodeButtons->addWidget(m_removeNode);
    nodeButtons->addStretch();
    auto* nodeRow = new QHBoxLayout;
    nodeRow->addWidget(m_nodes, 1);
    nodeRow->addLayout(nodeButtons);

    auto* term = new QHBoxLayout;
    term->addWidget(m_termStart);
    term->addWidget(new QLabel(tr("to")));
    term->addWidget(m_termEnd);
    term->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("&Unit situation:"), m_unit);
    form->addRow(tr("F&ounded on:"), m_founded);
    form->addRow(tr("Sec&retary:"), m_secretary);
    form->addRow(tr("Co&ntact:"), m_contact);
    form->addRow(tr("P&hone:"), m_phone);
    auto* termLabel = new QLabel(tr("Current &term:"));
    termLabel->setBuddy(m_termStart);
    form->addRow(termLabel, term);
    form->addRow(QString(), m_committee);
    form->addRow(tr("Covers:"), nodeRow);
    form->addRow(tr("Re&marks:"), m_remarks);

    m_refusal->setWordWrap(true);
    m_refusal->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OrgDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrgDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &OrgDialog::fillKinds);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
}

void OrgDialog::fill()
{
    const auto failure = coreGuard(m_db.path(), [&] {
        organisation::OrgStore store(m_db);
        QList<PartyOrg> orgs = store.all();
        if (m_existing) {
            // An organisation cannot move inside itself.
            const QList<RecordId> own = store.subtree(m_existing->id);
            orgs.removeIf([&](const PartyOrg& org) { return own.contains(org.id); });
        }
        // Only an account over the whole database places organisations at the top (OrgEditor).
        const bool wholeDatabase = security::Access(m_db).coversWholeDatabase();
        m_parent->setOrgs(orgs, OrgComboBox::Choice::Any, wholeDatabase ? tr("(top level)") : QString());
        if (!m_parent->setOrgId(m_parentId) && !m_parentId.isNull()) {
            // The top of the account's area: its parent lies outside, and stays.
            m_parent->insertItem(0, tr("(above your area)"), m_parentId.toString());
            m_parent->setCurrentIndex(0);
            m_parent->setEnabled(false);
        }
        fillKinds();
        if (!m_existing) {
            m_code->setPlaceholderText(organisation::OrgEditor(m_db).nextFreeCode(m_parentId));
            m_secretary->setEnabled(false);
            m_contact->setEnabled(false);
            m_secretary->addItem(tr("(add members first)"), QString());
            m_contact->addItem(tr("(add members first)"), QString());
            return;
        }
        const PartyOrg& org = *m_existing;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(org.kind)));
        m_kindChosen = true;
        m_name->setText(org.name);
        m_shortName->setText(org.shortName);
        m_code->setText(org.code);
        m_category->setCode(org.category);
        m_unit->setCode(org.unitSituation);
        m_founded->setDate(org.foundedOn);
        m_phone->setText(org.phone);
        m_termStart->setDate(org.termStart);
        m_termEnd->setDate(org.termEnd);
        m_committee->setChecked(org.hasCommittee);
        m_remarks->setPlainText(org.remarks);
        fillMembers();
        for (const RecordId& node : org.nodeIds)
            addNode(node);
    });
    if (failure)
        showRefusal(failure->toString());
}

void OrgDialog::fillKinds()
{
    const RecordId parentId = m_parent->orgId();
    std::optional<OrgKind> parentKind;
    const auto failure = coreGuard(m_db.path(), [&] {
        if (!parentId.isNull())
            if (const auto parentOrg = organisation::OrgStore(m_db).org(parentId))
                parentKind = parentOrg->kind;
    });
    if (failure)
        showRefusal(failure->toString());
    const QVariant previous = m_kind->currentData();
    m_kind->clear();
    for (OrgKind kind : organisation::allOrgKinds()) {
        const bool allowed
            = parentKind ? organisation::mayContain(*parentKind, kind) : kind != OrgKind::Group;
        if (allowed)
            m_kind->addItem(OrgLabels::kind(kind), static_cast<int>(kind));
    }
    // The kind the user chose stays if it fits; else a branch below a committee, a group below
    // a branch, a committee at the top.
    int index = m_kindChosen ? m_kind->findData(previous) : -1;
    if (index < 0)
        index = m_kind->findData(static_cast<int>(parentKind ? OrgKind::Branch : OrgKind::Committee));
    if (index < 0)
        index = m_kind->findData(static_cast<int>(OrgKind::Group));
    m_kind->setCurrentIndex(std::max(0, index));
}

void OrgDialog::fillMembers()
{
    roster::RosterFilter filter;
    filter.orgId = m_existing->id;
    roster::RosterCursor cursor(m_db, filter, {});
    std::vector<qint64> rowIds;
    cursor.fetch(rowIds, MaxListedMembers);
    roster::MemberStore members(m_db);
    QList<roster::RosterRow> rows = members.rows(rowIds);
    QHash<RecordId, QString> shortNames;
    for (const PartyOrg& org : organisation::OrgStore(m_db).all())
        shortNames.insert(org.id, org.shortName.isEmpty() ? org.name : org.shortName);
    for (QComboBox* box : { m_secretary, m_contact }) {
        box->addItem(tr("(none)"), QString());
        for (const roster::RosterRow& row : std::as_const(rows)) {
            // Members of an organisation below this one say where they are.
            const QString text = row.member.orgId == m_existing->id
                ? row.member.name
                : QStringLiteral("%1 — %2").arg(row.member.name, shortNames.value(row.member.orgId));
            box->addItem(text, row.member.id.toString());
        }
    }
    const auto choose = [&](QComboBox* box, const RecordId& id) {
        if (id.isNull())
            return;
        int index = box->findData(id.toString());
        if (index < 0) {  // no longer an active member here: keep showing who it is
            const auto member = members.member(id);
            box->addItem(member ? member->name : tr("(unknown member)"), id.toString());
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    };
    choose(m_secretary, m_existing->secretaryId);
    choose(m_contact, m_existing->contactId);
}

bool OrgDialog::addNode(const RecordId& nodeId)
{
    for (int i = 0; i < m_nodes->count(); ++i)
        if (m_nodes->item(i)->data(Qt::UserRole).toString() == nodeId.toString())
            return true;
    hierarchy::HierarchyStore store(m_db);
    const auto node = store.node(nodeId);
    if (!node)
        return false;
    auto* item = new QListWidgetItem(
        QStringLiteral("%1  (%2)")
            .arg(NodePickerDialog::placeOf(store, nodeId), hierarchy::NodeLabels::kind(node->kind)),
        m_nodes);
    item->setData(Qt::UserRole, nodeId.toString());
    return true;
}

void OrgDialog::chooseNode()
{
    hierarchy::HierarchyStore store(m_db);
    NodePickerDialog picker(store, m_db.path(),
        { hierarchy::NodeLevel::Community, hierarchy::NodeLevel::Grid, hierarchy::NodeLevel::Building },
        tr("Area Covered"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return;
    if (const auto failure = coreGuard(m_db.path(), [&] { addNode(picker.chosen()->id); }))
        showRefusal(failure->toString());
}

std::optional<QString> OrgDialog::dateProblem() const
{
    const std::pair<const DateField*, QString> dates[] = {
        { m_founded, tr("Founding date") },
        { m_termStart, tr("Start of term") },
        { m_termEnd, tr("End of term") },
    };
    for (const auto& [field, name] : dates)
        if (!field->problem().isEmpty())
            return tr("%1: %2").arg(name, field->problem());
    return std::nullopt;
}

void OrgDialog::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void OrgDialog::accept()
{
    if (const auto problem = dateProblem()) {
        showRefusal(*problem);
        return;
    }
    if (m_kind->currentIndex() < 0) {
        showRefusal(tr("Choose the type of organisation."));
        return;
    }
    PartyOrg org = m_existing.value_or(PartyOrg {});
    org.parentId = m_parent->orgId();
    org.kind = static_cast<OrgKind>(m_kind->currentData().toInt());
    org.name = m_name->text().trimmed();
    org.shortName = m_shortName->text().trimmed();
    org.code = m_code->text().trimmed();
    org.category = m_category->code();
    org.unitSituation = m_unit->code();
    org.foundedOn = m_founded->date();
    org.secretaryId = RecordId::fromString(m_secretary->currentData().toString());
    org.contactId = RecordId::fromString(m_contact->currentData().toString());
    org.phone = m_phone->text().trimmed();
    org.termStart = m_termStart->date();
    org.termEnd = m_termEnd->date();
    org.hasCommittee = m_committee->isChecked();
    org.remarks = m_remarks->toPlainText().trimmed();
    org.nodeIds.clear();
    for (int i = 0; i < m_nodes->count(); ++i)
        org.nodeIds.append(RecordId::fromString(m_nodes->item(i)->data(Qt::UserRole).toString()));

    std::optional<Error> refused;
    const auto failure = coreGuard(m_db.path(), [&] {
        organisation::OrgEditor editor(m_db);
        if (!m_existing) {
            auto added = editor.add(org);
            if (!added)
                refused = added.error();
            else
                m_saved = added.value();
            return;
        }
        // A new parent is checked with the other fields first, so a refused edit moves nothing.
        if (org.parentId != m_existing->parentId) {
            if (const auto problem = editor.problemWith(org)) {
                refused = Error::plain(*problem);
                return;
            }
            if (auto moved = editor.move(org.id, org.parentId); !moved) {
                refused = moved.error();
                return;
            }
        }
        auto updated = editor.update(org);
        if (!updated)
            refused = updated.error();
        else
            m_saved = updated.value();
    });
    if (failure)
        refused = *failure;
    if (refused) {
        showRefusal(tr("Not saved: %1").arg(refused->toString()));
        return;
    }
    QDialog::accept();
}

}  // namespace redgrid::ui
