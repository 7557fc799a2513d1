#pragma once

#include "audit/AuditAction.h"
#include "common/RecordId.h"

#include <QJsonObject>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

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

}  // namespace redgrid::security
