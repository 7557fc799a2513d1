#include "MemberDialog.h"

#include "MemberForm.h"
#include "MemberLabels.h"
#include "organisation/OrgStore.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"
#include "ui/security/UnmaskedValues.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace redgrid::ui {

using Event = MemberEventDialog::Event;

MemberDialog::MemberDialog(
    storage::Connection& connection, const RecordId& memberId, const RecordId& defaultOrgId, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_form(new MemberForm(connection))
    , m_scroll(new QScrollArea)
    , m_tabs(new QTabWidget)
    , m_history(new QTreeWidget)
    , m_refusal(new RefusalLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_fullNumbers(new QPushButton(tr("Show &Full Numbers")))
{
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* events = new QHBoxLayout;
    for (Event event : { Event::TransferOut, Event::TransferIn, Event::Suspend, Event::Restore, Event::Depart,
             Event::Death }) {
        auto* button = new QPushButton(MemberEventDialog::title(event));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, event] { recordEvent(event); });
        events->addWidget(button);
        m_eventButtons[event] = button;
    }
    events->addStretch();
    m_fullNumbers->setAutoDefault(false);
    m_fullNumbers->setToolTip(
        tr("Show this member's ID number and phones in full; this is written to the audit log"));
    const security::Session* session = security::Session::of(connection);
    m_fullNumbers->setVisible(session && session->allows(security::Permission::ViewUnmasked));
    connect(m_fullNumbers, &QPushButton::clicked, this, [this] {
        if (m_form->showsFullNumbers())
            maskNumbers();
        else
            showFullNumbers();
    });
    connect(UnmaskedValues::instance(), &UnmaskedValues::maskRequested, this, &MemberDialog::maskNumbers);
    events->addWidget(m_fullNumbers);
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_scroll, 1);
    detailsLayout->addLayout(events);

    m_history->setHeaderLabels({ tr("Date"), tr("Event"), tr("Details") });
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->header()->resizeSection(0, fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    m_history->header()->resizeSection(1, fontMetrics().averageCharWidth() * 24);
    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(m_history, tr("&History"));

    m_refusal->setWordWrap(true);
    m_refusal->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    QList<organisation::PartyOrg> orgs;
    const auto failure = coreGuard(m_db.path(), [&] {
        orgs = organisation::OrgStore(m_db).all();
        if (!memberId.isNull())
            m_member = roster::MemberStore(m_db).member(memberId);
    });
    if (failure)
        showRefusal(failure->toString());
    m_form->setOrganisations(orgs);
    if (m_member) {
        m_form->setMember(*m_member);
        setWindowTitle(tr("Member %1").arg(m_member->name));
    } else {
        roster::Member fresh;
        fresh.orgId = defaultOrgId;
        m_form->setMember(fresh);
        setWindowTitle(tr("New Member"));
    }
    connect(m_form, &MemberForm::edited, this, &MemberDialog::updateButtons);
    showHistory();
    updateButtons();
    resize(sizeHint());
}

QSize MemberDialog::sizeHint() const
{
    // Wide enough for the fields to read well, tall enough for the whole form: the scroll
    // area's own hint stops at 24 lines.
    constexpr int ReadableWidth = 1040;
    QSize size = QDialog::sizeHint();
    const int formHeight = m_form->sizeHint().height() + 2 * m_scroll->frameWidth();
    size.rheight() += std::max(0, formHeight - m_scroll->sizeHint().height());
    size.setWidth(std::max(size.width(), ReadableWidth));
    // Within the screen, whose available area leaves out the taskbar but not the window's
    // own title bar and frame.
    constexpr int TitleBarAndFrame = 40;
    if (const QScreen* shownOn = screen())
        size = size.boundedTo(shownOn->availableSize() - QSize(TitleBarAndFrame / 4, TitleBarAndFrame));
    return size.expandedTo(minimumSizeHint());
}

QPushButton* MemberDialog::eventButton(Event event) const
{
    const auto it = m_eventButtons.find(event);
    return it == m_eventButtons.end() ? nullptr : it->second;
}

bool MemberDialog::showFullNumbers()
{
    if (!m_member)
        return false;
    std::optional<roster::Member> plain;
    const auto failure = coreGuard(m_db.path(),
        [&] { plain = roster::MemberStore(m_db).member(m_member->id, roster::Exposure::Unmasked); });
    if (failure || !plain) {
        showRefusal(failure ? failure->toString() : tr("The member cannot be read."));
        return false;
    }
    m_form->showFullNumbers(*plain);
    updateButtons();
    return m_form->showsFullNumbers();
}

void MemberDialog::maskNumbers()
{
    m_form->maskNumbers();
    updateButtons();
}

void MemberDialog::updateButtons()
{
    m_fullNumbers->setEnabled(m_member.has_value());
    m_fullNumbers->setText(m_form->showsFullNumbers() ? tr("Hide &Full Numbers") : tr("Show &Full Numbers"));
    for (const auto& [event, button] : m_eventButtons) {
        button->setEnabled(m_member && MemberEventDialog::appliesTo(event, *m_member));
        button->setToolTip(m_member ? QString() : tr("Save the new member first"));
    }
    m_tabs->setTabEnabled(1, m_member.has_value());
}

void MemberDialog::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

bool MemberDialog::save()
{
    m_form->showProblems();
    if (m_form->hasErrors()) {
        showRefusal(tr("Not saved: correct the fields marked in red."));
        return false;
    }
    const roster::Member edited = m_form->member();
    std::optional<Error> refused;
    const auto failure = coreGuard(m_db.path(), [&] {
        roster::MemberStore store(m_db);
        roster::MemberEditor editor(m_db);
        if (!m_member) {
            auto added = editor.add(edited);
            if (!added)
                refused = added.error();
            else
                m_member = added.value();
            return;
        }
        auto updated = editor.update(edited);
        if (!updated)
            refused = updated.error();
        else if (auto reread = store.member(edited.id))
            m_member = *reread;
    });
    if (failure)
        refused = *failure;
    if (refused) {
        showRefusal(tr("Not saved: %1").arg(refused->toString()));
        return false;
    }
    m_wrote = true;
    showRefusal({});
    m_form->markSaved(*m_member);
    setWindowTitle(tr("Member %1").arg(m_member->name));
    showHistory();
    updateButtons();
    return true;
}

void MemberDialog::accept()
{
    if (!m_form->hasChanges() && m_member) {
        QDialog::accept();
        return;
    }
    if (save())
        QDialog::accept();
}

void MemberDialog::reject()
{
    if (m_form->hasChanges()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
            tr("Save your changes to %1?").arg(m_form->member().name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    if (m_wrote)
        QDialog::accept();  // the roster must read again either way
    else
        QDialog::reject();
}

void MemberDialog::recordEvent(Event event)
{
    if (!m_member)
        return;
    MemberEventDialog dialog(m_db, *m_member, event, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_wrote = true;
    reloadMember();
}

void MemberDialog::reloadMember()
{
    if (!m_member)
        return;
    const auto failure = coreGuard(m_db.path(), [&] {
        if (auto reread = roster::MemberStore(m_db).member(m_member->id))
            m_member = *reread;
    });
    if (failure)
        showRefusal(failure->toString());
    m_form->takeEventChanges(*m_member);
    showHistory();
    updateButtons();
}

void MemberDialog::showHistory()
{
    m_history->clear();
    if (!m_member)
        return;
    QList<roster::MemberEvent> events;
    QHash<QString, QString> orgNames;
    const auto failure = coreGuard(m_db.path(), [&] {
        events = roster::MemberEvents(m_db).history(m_member->id);
        for (const organisation::PartyOrg& org : organisation::OrgStore(m_db).all())
            orgNames.insert(org.id.toString(), org.name);
    });
    if (failure) {
        showRefusal(failure->toString());
        return;
    }
    const auto orgName = [&](const QString& id) { return orgNames.value(id, id); };
    for (const roster::MemberEvent& event : std::as_const(events)) {
        const QString details = MemberLabels::eventDetails(event, orgName);
        auto* item = new QTreeWidgetItem(m_history,
            { MemberLabels::date(event.occurredOn), MemberLabels::eventKind(event.kind), details });
        item->setToolTip(2, details);
    }
    m_tabs->setTabText(1, tr("&History (%1)").arg(events.size()));
}

}  // namespace redgrid::ui
