#pragma once

#include "AuditAction.h"
#include "common/RecordId.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace redgrid::audit {

// What a caller tells the audit log: who did what to which record, and how it went.
// `details` holds what else matters (the old and new values of changed fields, a file
// name, a row count); sensitive values in it are masked by the caller, as everywhere.
// AuditDetails builds the usual shapes.
struct AuditRecord
{
    RecordId accountId;  // null when unknown (a failed login of an unknown user)
    QString username;  // as typed or as the account is called
    AuditAction action = AuditAction::Changed;
    QString targetTable;  // e.g. "member"; empty when no record is involved
    RecordId targetId;
    QJsonObject details;
    bool succeeded = true;
};

// One row of audit_entry, as stored.
struct AuditEntry
{
    RecordId id;
    qint64 seq = 0;  // 1, 2, 3 … the chain order
    qint64 at = 0;  // ms since the epoch, UTC
    RecordId accountId;
    QString username;
    QString action;  // the key (auditActionKey); a newer version may store keys this one lacks
    QString targetTable;
    RecordId targetId;
    QString details;  // JSON, as stored
    bool succeeded = true;
    QByteArray mac;  // empty: not sealed yet
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;

    bool isSealed() const { return !mac.isEmpty(); }
};

}  // namespace redgrid::audit
