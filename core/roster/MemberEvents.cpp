#include "MemberEvents.h"

#include "CodeTable.h"
#include "MemberAccess.h"
#include "common/Clock.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace redgrid::roster {

namespace {
const std::pair<MemberEvent::Kind, const char*> eventKeys[] = {
    { MemberEvent::Kind::Created, "created" },
    { MemberEvent::Kind::Changed, "changed" },
    { MemberEvent::Kind::Moved, "moved" },
    { MemberEvent::Kind::TransferOut, "transfer_out" },
    { MemberEvent::Kind::TransferIn, "transfer_in" },
    { MemberEvent::Kind::Suspended, "suspended" },
    { MemberEvent::Kind::Restored, "restored" },
    { MemberEvent::Kind::Departed, "departed" },
    { MemberEvent::Kind::Deceased, "deceased" },
};
// A transfer letter is valid for at most 3 months (domain rules 1.6, 介绍信).
constexpr int MaxLetterMonths = 3;
}  // namespace

QString eventKindKey(MemberEvent::Kind kind)
{
    for (const auto& [k, key] : eventKeys)
        if (k == kind)
            return QLatin1String(key);
    return {};
}

MemberEvent::Kind eventKindFromKey(QStringView key)
{
    for (const auto& [k, name] : eventKeys)
        if (key == QLatin1String(name))
            return k;
    return MemberEvent::Kind::Changed;
}

MemberEvents::MemberEvents(storage::Connection& connection)
    : m_db(connection)
{
}

void MemberEvents::record(storage::Connection& db, const RecordId& memberId, MemberEvent::Kind kind,
    const QDate& on, const QJsonObject& details)
{
    const qint64 now = nowMs();
    db.cached("INSERT INTO member_event (id, member_id, kind, occurred_on, details, created_at, modified_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bindAll(RecordId::generate(), memberId, eventKindKey(kind), on.toString(Qt::ISODate),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), now, now)
        .run();
}

Status MemberEvents::change(const RecordId& memberId, const QDate& on, MemberEvent::Kind kind,
    const char* updateSql, const QString& value, const QJsonObject& details)
{
    if (Status allowed
        = requireMember(security::Access(m_db), m_db, security::Permission::EditRoster, memberId);
        !allowed)
        return allowed;
    if (!on.isValid())
        return Error::plain(tr("the date is missing"));
    if (on > QDate::currentDate())
        return Error::plain(tr("the date %1 is in the future").arg(on.toString(Qt::ISODate)));
    if (m_db.scalar("SELECT count(*) FROM member WHERE id = ?", memberId) == 0)
        return Error::plain(tr("the member no longer exists"));
    // A member who has left the roster (transferred out, departed, deceased) stays as
    // recorded; these events happen only on the active roster (domain rules 1.6).
    if (m_db.scalar("SELECT count(*) FROM member WHERE id = ? AND status = 'active'", memberId) == 0)
        return Error::plain(tr("the member is no longer on the active roster"));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached(updateSql).bindAll(memberId, value, nowMs()).run();
        record(m_db, memberId, kind, on, details);
        auditEvent(memberId, kind, on, details);
        transaction.commit();
        return Status::success();
    });
}

Status MemberEvents::transferOut(const RecordId& memberId, const QDate& on, const QString& destination,
    const QDate& letterValidUntil, const QDate& duesPaidTo)
{
    if (destination.trimmed().isEmpty())
        return Error::plain(tr("the destination organisation is missing"));
    if (letterValidUntil.isValid()
        && (letterValidUntil < on || letterValidUntil > on.addMonths(MaxLetterMonths)))
        return Error::plain(
            tr("a transfer letter is valid for at most %1 months from its date").arg(MaxLetterMonths));
    QJsonObject details { { QStringLiteral("destination"), destination.trimmed() } };
    if (letterValidUntil.isValid())
        details.insert(QStringLiteral("letter_valid_until"), letterValidUntil.toString(Qt::ISODate));
    if (duesPaidTo.isValid())
        details.insert(QStringLiteral("dues_paid_to"), duesPaidTo.toString(QStringLiteral("yyyy-MM")));
    return change(memberId, on, MemberEvent::Kind::TransferOut,
        "UPDATE member SET status = ?2, modified_at = ?3 WHERE id = ?1", QStringLiteral("transferred_out"),
        details);
}

Status MemberEvents::transferIn(
    const RecordId& memberId, const QDate& on, const RecordId& orgId, const QString& from)
{
    if (Status allowed = security::Access(m_db).requireOrg(security::Permission::EditRoster, orgId); !allowed)
        return allowed;
    if (m_db.scalar("SELECT count(*) FROM party_org WHERE id = ?", orgId) == 0)
        return Error::plain(tr("the receiving organisation does not exist"));
    const QJsonObject details { { QStringLiteral("from"), from.trimmed() },
        { QStringLiteral("org"), orgId.toString() } };
    if (!on.isValid() || on > QDate::currentDate())
        return Error::plain(tr("the date is missing or in the future"));
    if (m_db.scalar("SELECT count(*) FROM member WHERE id = ? AND status = 'deceased'", memberId) > 0)
        return Error::plain(tr("a deceased member cannot be transferred in"));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE member SET status = 'active', org_id = ?2, modified_at = ?3 WHERE id = ?1")
            .bindAll(memberId, orgId, nowMs())
            .run();
        if (m_db.changes() == 0)
            return Error::plain(tr("the member no longer exists"));
        record(m_db, memberId, MemberEvent::Kind::TransferIn, on, details);
        auditEvent(memberId, MemberEvent::Kind::TransferIn, on, details);
        transaction.commit();
        return Status::success();
    });
}

Status MemberEvents::suspend(const RecordId& memberId, const QDate& on, const QString& reason)
{
    return change(memberId, on, MemberEvent::Kind::Suspended,
        "UPDATE member SET standing = ?2, modified_at = ?3 WHERE id = ?1", QStringLiteral("2"),
        { { QStringLiteral("reason"), reason.trimmed() } });
}

Status MemberEvents::restore(const RecordId& memberId, const QDate& on)
{
    if (m_db.scalar("SELECT count(*) FROM member WHERE id = ? AND standing = '2'", memberId) == 0)
        return Error::plain(tr("only a suspended member's standing can be restored"));
    return change(memberId, on, MemberEvent::Kind::Restored,
        "UPDATE member SET standing = ?2, modified_at = ?3 WHERE id = ?1", QStringLiteral("1"), {});
}

Status MemberEvents::depart(const RecordId& memberId, const QDate& on, const QString& departureKind)
{
    const auto code = CodeTable::departureKind().codeFor(departureKind);
    if (!code)
        return Error::plain(
            tr("\"%1\" is not one of the categories of leaving the Party").arg(departureKind));
    return change(memberId, on, MemberEvent::Kind::Departed,
        "UPDATE member SET status = ?2, modified_at = ?3 WHERE id = ?1", QStringLiteral("departed"),
        { { QStringLiteral("category"), *code } });
}

Status MemberEvents::death(const RecordId& memberId, const QDate& on)
{
    return change(memberId, on, MemberEvent::Kind::Deceased,
        "UPDATE member SET status = ?2, modified_at = ?3 WHERE id = ?1", QStringLiteral("deceased"), {});
}

void MemberEvents::auditEvent(
    const RecordId& memberId, MemberEvent::Kind kind, const QDate& on, QJsonObject details)
{
    details.insert(QStringLiteral("event"), eventKindKey(kind));
    details.insert(QStringLiteral("on"), on.toString(Qt::ISODate));
    security::recordAudit(
        m_db, { audit::AuditAction::MemberEvent, QStringLiteral("member"), memberId, details });
}

QList<MemberEvent> MemberEvents::history(const RecordId& memberId)
{
    if (!requireMember(security::Access(m_db), m_db, security::Permission::ReadRoster, memberId))
        return {};
    auto st = m_db.cached("SELECT id, member_id, kind, occurred_on, details, created_at FROM member_event "
                          "WHERE member_id = ? ORDER BY occurred_on, created_at");
    st.bind(1, memberId);
    QList<MemberEvent> events;
    while (st.step()) {
        MemberEvent event;
        event.id = st.id(0);
        event.memberId = st.id(1);
        event.kind = eventKindFromKey(st.text(2));
        event.occurredOn = QDate::fromString(st.text(3), Qt::ISODate);
        event.details = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
        event.createdAt = st.int64(5);
        events.append(event);
    }
    return events;
}

}  // namespace redgrid::roster
