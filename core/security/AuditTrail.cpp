#include "AuditTrail.h"

#include "Session.h"
#include "audit/AuditLog.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"

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
        { accountId, username, event.action, event.targetTable, event.targetId, event.details, event.succeeded });
}

}  // namespace redgrid::security
