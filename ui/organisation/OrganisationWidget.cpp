#include "OrganisationWidget.h"

#include "OrgDialog.h"
#include "OrgTreeModel.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "roster/MemberStore.h"
#include "security/Access.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace redgrid::ui {

using organisation::OrgLabels;
using organisation::PartyOrg;

OrganisationWidget::OrganisationWidget(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_model(new OrgTreeModel(connection, this))
    , m_tree(new QTreeView)
    , m_summary(new QLabel)
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);  // double-click edits; the arrow expands
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_tree->fontMetrics();
    int kindWidth = 0;
    for (organisation::OrgKind kind : organisation::allOrgKinds())
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(OrgLabels::kind(kind)));
    const int padding = 2 * metrics.averageCharWidth() + 8;
    m_tree->header()->resizeSection(OrgTreeModel::KindColumn, kindWidth + padding);
    m_tree->header()->resizeSection(OrgTreeModel::MembersColumn,
        std::max(metrics.horizontalAdvance(
                     m_model->headerData(OrgTreeModel::MembersColumn, Qt::Horizontal).toString()),
            metrics.horizontalAdvance(QStringLiteral("000,000")))
            + padding);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMargin(6);
    m_summary->setMinimumHeight(metrics.lineSpacing() * 5);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    createActions();
    connect(m_model, &OrgTreeModel::readFailed, this, &OrganisationWidget::readFailed, Qt::QueuedConnection);
    // The organisation chosen is the selected one. The view also makes its first row current
    // by itself when it gets the focus (the Party Members tab shown, a dialog closed), without
    // selecting it: that must not narrow the roster behind the user's back.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_reloading)
            return;
        const RecordId chosen = currentOrgId();
        updateActions();
        showSummary();
        if (chosen != m_chosen) {
            m_chosen = chosen;
            emit currentOrgChanged(chosen);
        }
    });
    connect(m_tree, &QTreeView::doubleClicked, this, &OrganisationWidget::editCurrent);
    m_model->reload();
    // The top organisations and the level below them, as a community committee's branches.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    updateActions();
    showSummary();
}

OrganisationWidget::~OrganisationWidget() = default;

void OrganisationWidget::createActions()
{
    m_add
        = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add Organisation…"), this);
    m_add->setIconText(tr("Add Organisation…"));
    m_add->setToolTip(tr("Set up a party organisation below the selected one"));
    m_edit = new QAction(
        style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit Organisation…"), this);
    m_edit->setIconText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected organisation (Enter)"));
    m_delete = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete Organisation…"), this);
    m_delete->setIconText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete the selected organisation, if it holds no members (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_edit->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    for (QAction* action : editActions()) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_tree->addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &OrganisationWidget::addOrganisation);
    connect(m_edit, &QAction::triggered, this, &OrganisationWidget::editCurrent);
    connect(m_delete, &QAction::triggered, this, &OrganisationWidget::deleteCurrent);
}

QList<QAction*> OrganisationWidget::editActions() const
{
    return { m_add, m_edit, m_delete };
}

RecordId OrganisationWidget::currentOrgId() const
{
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    return selected.isEmpty() ? RecordId() : m_model->idAt(selected.first());
}

bool OrganisationWidget::selectOrg(const RecordId& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void OrganisationWidget::clearSelection()
{
    m_tree->setCurrentIndex({});
    m_tree->clearSelection();
}

void OrganisationWidget::reload()
{
    const RecordId current = currentOrgId();
    QSet<RecordId> expanded;
    for (const PartyOrg* org : m_model->inTreeOrder())
        if (m_tree->isExpanded(m_model->indexOf(org->id)))
            expanded.insert(org->id);
    m_reloading = true;  // the selection comes back to the same organisation: no news
    m_model->reload();
    for (const RecordId& id : std::as_const(expanded))
        m_tree->expand(m_model->indexOf(id));
    if (!current.isNull())
        selectOrg(current);
    m_reloading = false;
    updateActions();
    showSummary();
    if (currentOrgId() != m_chosen) {
        m_chosen = currentOrgId();
        emit currentOrgChanged(m_chosen);
    }
}

void OrganisationWidget::updateActions()
{
    const bool selected = !currentOrgId().isNull();
    // With none selected a new organisation would be a top-level one, which only an account
    // over the whole database may place (OrgEditor): the others add below their own.
    m_add->setEnabled(selected || security::Access(m_db).coversWholeDatabase());
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void OrganisationWidget::showSummary()
{
    const PartyOrg* org = m_model->org(currentOrgId());
    if (!org) {
        m_summary->setText(m_model->orgCount() == 0
                ? tr("No party organisations yet. Use <b>Add Organisation</b> to set up the community "
                     "party committee, then its branches.")
                : tr("Select an organisation to list its members; select none to list everyone."));
        return;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(org->name.toHtmlEscaped());
    QString kind = OrgLabels::kind(org->kind);
    if (!org->category.isEmpty())
        kind += QStringLiteral(" · ") + roster::CodeTable::orgCategory().labelFor(org->category);
    lines << QStringLiteral("%1 · %2").arg(kind.toHtmlEscaped(), org->code.toHtmlEscaped());
    lines << tr("%1 active members (%2 in the organisation itself)")
                 .arg(QLocale().toString(m_model->memberCount(org->id, true)),
                     QLocale().toString(m_model->memberCount(org->id, false)));
    QString secretary;
    if (!org->secretaryId.isNull()) {
        const auto failure = coreGuard(m_db.path(), [&] {
            if (const auto member = roster::MemberStore(m_db).member(org->secretaryId))
                secretary = member->name;
        });
        if (failure)
            emit readFailed(failure->toString());
    }
    if (!secretary.isEmpty())
        lines << tr("Secretary: %1").arg(secretary.toHtmlEscaped());
    if (org->termEnd.isValid())
        lines << tr("Term: %1 to %2")
                     .arg(org->termStart.toString(Qt::ISODate), org->termEnd.toString(Qt::ISODate));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void OrganisationWidget::addOrganisation()
{
    if (!m_add->isEnabled())
        return;
    RecordId parentId = currentOrgId();
    // Nothing may be set up inside a 党小组: a sibling group, then.
    if (const PartyOrg* current = m_model->org(parentId);
        current && current->kind == organisation::OrgKind::Group)
        parentId = current->parentId;
    OrgDialog dialog(m_db, parentId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    reload();
    selectOrg(dialog.saved()->id);
    emit organisationsChanged();
}

void OrganisationWidget::editCurrent()
{
    // Read afresh: the tree's listing leaves out the covered nodes, which the dialog edits.
    std::optional<PartyOrg> org;
    if (const auto failure
        = coreGuard(m_db.path(), [&] { org = organisation::OrgStore(m_db).org(currentOrgId()); }))
        emit readFailed(failure->toString());
    if (!org)
        return;
    OrgDialog dialog(m_db, *org, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    reload();
    selectOrg(dialog.saved()->id);
    emit organisationsChanged();
}

void OrganisationWidget::deleteCurrent()
{
    const PartyOrg* current = m_model->org(currentOrgId());
    if (!current)
        return;
    const PartyOrg org = *current;
    const auto answer = QMessageBox::question(this, tr("Delete %1").arg(org.name),
        tr("Delete the organisation %1 (%2, %3)?").arg(org.name, OrgLabels::kind(org.kind), org.code),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Status removed;
    if (const auto failure
        = coreGuard(m_db.path(), [&] { removed = organisation::OrgEditor(m_db).remove(org.id); }))
        removed = *failure;
    if (!removed) {
        QMessageBox::warning(this, tr("Not Deleted"), removed.error().toString());
        return;
    }
    const QModelIndex index = m_model->indexOf(org.id);
    const RecordId next = index.parent().isValid() ? m_model->idAt(index.parent()) : RecordId();
    m_tree->setCurrentIndex({});
    reload();
    if (!next.isNull())
        selectOrg(next);
    emit organisationsChanged();
}

}  // namespace redgrid::ui
