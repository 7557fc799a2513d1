#include "MemberEventDialog.h"

#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "roster/MemberEvents.h"
#include "storage/Connection.h"
#include "ui/common/CodeComboBox.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/DateField.h"
#include "ui/common/RefusalLabel.h"
#include "ui/organisation/OrgComboBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

using roster::MemberStatus;

namespace {
// A transfer letter (介绍信) is valid for at most 3 months (domain rules 1.6).
constexpr int LetterMonths = 3;
}  // namespace

QString MemberEventDialog::title(Event event)
{
    switch (event) {
    case Event::TransferOut:
        return tr("Transfer Out…");
    case Event::TransferIn:
        return tr("Transfer In…");
    case Event::Suspend:
        return tr("Suspend Membership…");
    case Event::Restore:
        return tr("Restore Membership…");
    case Event::Depart:
        return tr("Leave the Party…");
    case Event::Death:
        return tr("Record Death…");
    }
    return {};
}

bool MemberEventDialog::appliesTo(Event event, const roster::Member& m)
{
    const bool active = m.status == MemberStatus::Active;
    switch (event) {
    case Event::TransferOut:
        return active;
    case Event::TransferIn:
        return m.status == MemberStatus::TransferredOut;
    case Event::Suspend:
        return active && m.standing != QLatin1String("2");
    case Event::Restore:
        return active && m.standing == QLatin1String("2");
    case Event::Depart:
        return active;
    case Event::Death:
        return m.status != MemberStatus::Deceased;
    }
    return false;
}

MemberEventDialog::MemberEventDialog(
    storage::Connection& connection, const roster::Member& member, Event event, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_member(member)
    , m_event(event)
    , m_date(new DateField)
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(QStringLiteral("%1 — %2").arg(title(event).remove(QChar(0x2026)), member.name));
    m_date->setDate(QDate::currentDate());
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    switch (event) {
    case Event::TransferOut:
        m_text = new QLineEdit;
        m_text->setPlaceholderText(tr("the receiving party organisation"));
        m_letter = new DateField;
        m_letter->setDate(QDate::currentDate().addMonths(LetterMonths));
        m_letter->setToolTip(tr("At most %1 months after the date of the letter").arg(LetterMonths));
        m_dues = new DateField;
        m_dues->setMonthPrecision(true);
        m_dues->setDate(QDate::currentDate());
        form->addRow(tr("&To:"), m_text);
        form->addRow(tr("&Letter valid until:"), m_letter);
        form->addRow(tr("D&ues paid to:"), m_dues);
        break;
    case Event::TransferIn: {
        m_text = new QLineEdit;
        m_text->setPlaceholderText(tr("the organisation the letter comes from"));
        m_org = new OrgComboBox;
        QList<organisation::PartyOrg> orgs;
        if (const auto failure = coreGuard(m_db.path(), [&] { orgs = organisation::OrgStore(m_db).all(); }))
            m_refusal->setText(failure->toString());
        m_org->setOrgs(orgs, OrgComboBox::Choice::MemberHome, tr("(choose the branch)"));
        m_org->setOrgId(member.orgId);
        form->addRow(tr("&From:"), m_text);
        form->addRow(tr("&Into:"), m_org);
        break;
    }
    case Event::Suspend:
        m_text = new QLineEdit;
        m_text->setPlaceholderText(tr("e.g. abroad for more than 6 months without contact"));
        form->addRow(tr("&Reason:"), m_text);
        break;
    case Event::Depart:
        m_departure = new CodeComboBox(roster::CodeTable::departureKind(), false);
        form->addRow(tr("&Kind:"), m_departure);
        break;
    case Event::Restore:
    case Event::Death:
        break;
    }
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(!m_refusal->text().isEmpty());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberEventDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void MemberEventDialog::accept()
{
    const auto refuse = [this](const QString& message) {
        m_refusal->setText(message);
        m_refusal->show();
    };
    for (const DateField* field : { m_date, m_letter, m_dues })
        if (field && !field->problem().isEmpty())
            return refuse(field->problem());
    if (!m_date->date().isValid())
        return refuse(tr("Enter the date."));
    Status recorded;
    const auto failure = coreGuard(m_db.path(), [&] {
        roster::MemberEvents events(m_db);
        const QDate on = m_date->date();
        switch (m_event) {
        case Event::TransferOut:
            recorded = events.transferOut(m_member.id, on, m_text->text(), m_letter->date(), m_dues->date());
            break;
        case Event::TransferIn:
            if (m_org->orgId().isNull()) {
                recorded = Error::plain(tr("choose the branch the member joins"));
                break;
            }
            recorded = events.transferIn(m_member.id, on, m_org->orgId(), m_text->text());
            break;
        case Event::Suspend:
            recorded = events.suspend(m_member.id, on, m_text->text());
            break;
        case Event::Restore:
            recorded = events.restore(m_member.id, on);
            break;
        case Event::Depart:
            recorded = events.depart(m_member.id, on, m_departure->code());
            break;
        case Event::Death:
            recorded = events.death(m_member.id, on);
            break;
        }
    });
    if (failure)
        recorded = *failure;
    if (!recorded)
        return refuse(tr("Not recorded: %1").arg(recorded.error().toString()));
    QDialog::accept();
}

}  // namespace redgrid::ui
