#pragma once

#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::roster {

// What happened to a member, kept for good: the roster never overwrites silently.
struct MemberEvent
{
    enum class Kind {
        Created,
        Changed,
        Moved,
        TransferOut,
        TransferIn,
        Suspended,
        Restored,
        Departed,
        Deceased
    };
    RecordId id;
    RecordId memberId;
    Kind kind = Kind::Changed;
    QDate occurredOn;
    QJsonObject details;  // destination, letter validity, dues paid to, changed fields …
    qint64 createdAt = 0;
};

QString eventKindKey(MemberEvent::Kind kind);
MemberEvent::Kind eventKindFromKey(QStringView key);

// The personnel events of domain rules 1.6, each one transaction that changes the member
// and records the event.
class MemberEvents
{
    Q_DECLARE_TR_FUNCTIONS(MemberEvents)

public:
    explicit MemberEvents(storage::Connection& connection);

    // 组织关系转出: leaves the active roster. `letterValidUntil` is the 介绍信's validity
    // (at most 3 months), `duesPaidTo` the month dues are paid to (党费交至年月).
    Status transferOut(const RecordId& memberId, const QDate& on, const QString& destination,
        const QDate& letterValidUntil, const QDate& duesPaidTo);
    // 组织关系转入 of a member who had been transferred out (or is returning): active again.
    Status transferIn(const RecordId& memberId, const QDate& on, const RecordId& orgId, const QString& from);
    Status suspend(const RecordId& memberId, const QDate& on, const QString& reason);  // 停止党籍
    Status restore(const RecordId& memberId, const QDate& on);  // 恢复党籍
    // 出党, with its category (CodeTable::departureKind: 开除党籍, 退党除名 …).
    Status depart(const RecordId& memberId, const QDate& on, const QString& departureKind);
    Status death(const RecordId& memberId, const QDate& on);

    QList<MemberEvent> history(const RecordId& memberId);

    // Used by MemberEditor inside its own transactions.
    static void record(storage::Connection& db, const RecordId& memberId, MemberEvent::Kind kind,
        const QDate& on, const QJsonObject& details);

private:
    Status change(const RecordId& memberId, const QDate& on, MemberEvent::Kind kind, const char* updateSql,
        const QString& value, const QJsonObject& details);
    void auditEvent(const RecordId& memberId, MemberEvent::Kind kind, const QDate& on, QJsonObject details);

    storage::Connection& m_db;
};

}  // namespace redgrid::roster
