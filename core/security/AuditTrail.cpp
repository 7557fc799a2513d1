#include "AuditTrail.h"

#include "Access.h"
#include "Session.h"
#include "audit/AuditIntegrity.h"
#include "audit/AuditLog.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace redgrid::security {
namespace {

audit::AuditIntegrity integrityOf(storage::Connection& db, const QByteArray& key)
{
    return audit::AuditIntegrity(db, key, installationIdOf(db));
}

audit::AuditEntry append(storage::Connection& db, const QByteArray& key, audit::AuditRecord record)
{
    audit::AuditLog log(db, key);
    // Only what RedGrid appended here without the key may be sealed now (asked only when
    // there is something unsealed, so an ordinary write reads no file).
    log.setSealable([&db] { return integrityOf(db, {}).sealable(); });
    const auto appended = log.append(record);
    // The entry belongs to the change it records: no entry, no change.
    if (!appended)
        throw storage::SqliteError(1 /* SQLITE_ERROR */, appended.error().message);
    return *appended;
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
    const audit::AuditEntry unsealed = append(db, {},
        { accountId, username, event.action, event.targetTable, event.targetId, event.details,
            event.succeeded });
    // Remembered before the transaction commits: an entry that never lands is only a
    // digest nothing will match.
    (void)integrityOf(db, {}).rememberPending(unsealed);
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
        return integrityOf(db, access.keys().auditKey().toByteArray()).verify();
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
}

Result<audit::VerifyReport> verifyAuditLogAs(storage::Connection& db, const Session& session)
{
    if (!session.allows(Permission::ReadAudit))
        return Error::plain(QCoreApplication::translate("Access", "%1 (%2) may not %3")
                                .arg(session.account().username, Roles::label(session.role()),
                                    Roles::permissionLabel(Permission::ReadAudit)));
    try {
        return integrityOf(db, session.keys().auditKey().toByteArray()).verify();
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
}

Result<std::optional<audit::AuditEntry>> acknowledgeAuditBreaks(storage::Connection& db)
{
    const Access access(db);
    if (Status allowed = access.require(Permission::ReadAudit); !allowed)
        return allowed.error();
    if (Status allowed = access.require(Permission::ManageAccounts); !allowed)
        return allowed.error();
    const Session* session = Session::of(db);
    return integrityOf(db, access.keys().auditKey().toByteArray())
        .acknowledge(session->account().id, session->account().username);
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

audit::VerifyReport checkRecentAudit(storage::Connection& db, const QByteArray& auditKey)
{
    try {
        return integrityOf(db, auditKey).checkRecent();
    } catch (const storage::SqliteError&) {
        return {};  // the file failing is reported by whatever reads it next
    }
}

void rememberChainHead(storage::Connection& db)
{
    const Session* session = Session::of(db);
    if (!session || db.inTransaction())
        return;
    checkRecentAudit(db, session->keys().auditKey().toByteArray());
}

}  // namespace redgrid::security
