#include "AuditTrail.h"

#include "Access.h"
#include "Session.h"
#include "audit/AuditLog.h"
#include "audit/ChainHeadStore.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace redgrid::security {
namespace {

void append(storage::Connection& db, const QByteArray& key, audit::AuditRecord record)
{
    audit::AuditLog log(db, key);
    const auto appended = log.append(record);
    // The entry belongs to the change it records: no entry, no change.
    if (!appended)
        throw storage::SqliteError(1 /* SQLITE_ERROR */, appended.error().message);
}

}  // namespace

void recordAudit(storage::Connection& db, const AuditEvent& event)
{
    const Session* session = Session::of(db);
    if (!session) {
        recordAuditAsNobody(db, {}, {}, event);
        return;
    }
    append(db, session->keys().auditKey().toByteArray(),
        { session->account().id, session->account().username, event.action, event.targetTable, event.targetId,
            event.details, event.succeeded });
}

void recordAuditAsNobody(
    storage::Connection& db, const QString& username, const RecordId& accountId, const AuditEvent& event)
{
    append(db, {},
        { accountId, username, event.action, event.targetTable, event.targetId, event.details,
            event.succeeded });
}

QString installationIdOf(storage::Connection& db)
{
    return settings::SettingStore(db).value(settings::SettingKey::InstallationId).value_or(QString());
}

Result<std::unique_ptr<audit::AuditLog>> readAuditLog(storage::Connection& db)
{
    const Access access(db);
    if (Status allowed = access.require(Permission::ReadAudit); !allowed)
        return allowed.error();
    return std::make_unique<audit::AuditLog>(db, access.keys().auditKey().toByteArray());
}

Result<audit::VerifyReport> verifyAuditLog(storage::Connection& db)
{
    const Access access(db);
    if (Status allowed = access.require(Permission::ReadAudit); !allowed)
        return allowed.error();
    try {
        return audit::verifyChain(
            db, access.keys().auditKey().toByteArray(), audit::ChainHeadStore().recall(installationIdOf(db)));
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
}

Result<qint64> pruneAuditLog(storage::Connection& db, qint64 beforeMs)
{
    const Access access(db);
    if (Status allowed = access.require(Permission::ReadAudit); !allowed)
        return allowed.error();
    if (Status allowed = access.require(Permission::ManageAccounts); !allowed)
        return allowed.error();
    if (!access.coversWholeDatabase())
        return Error::plain(QCoreApplication::translate(
            "AuditTrail", "only an administrator of the whole database may remove audit entries"));
    // The removal and its own entry are one write: no removal goes unrecorded.
    const auto removed = storage::guardedWrite([&]() -> Result<qint64> {
        storage::Transaction transaction(db);
        audit::AuditLog log(db, access.keys().auditKey().toByteArray());
        const auto count = log.removeOlderThan(beforeMs);
        if (!count)
            return count.error();
        recordAudit(db,
            { audit::AuditAction::Removed, QStringLiteral("audit_entry"), {},
                { { QStringLiteral("removed"), *count },
                    { QStringLiteral("before"),
                        QDateTime::fromMSecsSinceEpoch(beforeMs).toString(
                            QStringLiteral("yyyy-MM-dd HH:mm")) } } });
        transaction.commit();
        return *count;
    });
    if (removed)
        rememberChainHead(db);
    return removed;
}

void rememberChainHead(storage::Connection& db)
{
    const Session* session = Session::of(db);
    if (!session || db.inTransaction())
        return;
    const auto head = audit::AuditLog(db, session->keys().auditKey().toByteArray()).head();
    if (head)
        (void)audit::ChainHeadStore().remember(installationIdOf(db), *head);
}

}  // namespace redgrid::security
