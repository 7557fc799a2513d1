#pragma once

#include "audit/AuditAction.h"
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

class Session;

// One thing that happened, for the audit log (core/audit). Sensitive values in `details`
// are masked by the caller, as everywhere else.
struct AuditEvent
{
    audit::AuditAction action = audit::AuditAction::Changed;
    QString targetTable;
    RecordId targetId;
    QJsonObject details;
    bool succeeded = true;
};

// Appends the event in the name of the connection's signed-in account, sealed with the
// session's audit key.
void recordAudit(storage::Connection& connection, const AuditEvent& event);
// For what happens before anyone is signed in (a failed login): the entry is appended
// unsealed and sealed by the next successful sign-in.
void recordAuditAsNobody(storage::Connection& connection, const QString& username, const RecordId& accountId,
    const AuditEvent& event);

// The audit log for reading, with the session's key: for auditors and administrators only.
Result<std::unique_ptr<audit::AuditLog>> readAuditLog(storage::Connection& connection);
// Verifies the chain against what this computer remembers (audit::AuditIntegrity: a break
// found stays reported until acknowledged). ReadAudit needed.
Result<audit::VerifyReport> verifyAuditLog(storage::Connection& connection);
// The same for a session not attached yet: what `audit verify` runs before its sign-in
// writes anything.
Result<audit::VerifyReport> verifyAuditLogAs(storage::Connection& connection, const Session& session);
// Records that an administrator (ManageAccounts and ReadAudit) has seen every break of the
// audit log: afterwards the log verifies again, and later tampering is caught as before.
// Nothing (and nothing written) when the log is intact.
Result<std::optional<audit::AuditEntry>> acknowledgeAuditBreaks(storage::Connection& connection);
// Removes the entries older than `beforeMs`, never one younger than 6 months (audit::AuditLog::
// removeOlderThan), and records that it did: for an administrator of the whole database, who
// may also read the log. Returns how many entries went.
Result<qint64> pruneAuditLog(storage::Connection& connection, qint64 beforeMs);
// Checks the entries after the head this computer remembers and moves the head forward
// over them (audit::AuditIntegrity::checkRecent), so that a log cut short is caught; a
// break is remembered instead. Called after sign-in and at sign-out, outside any transaction.
void rememberChainHead(storage::Connection& connection);
// The same check for a sign-in before it writes, with the key it just unlocked.
audit::VerifyReport checkRecentAudit(storage::Connection& connection, const QByteArray& auditKey);
QString installationIdOf(storage::Connection& connection);

}  // namespace redgrid::security
