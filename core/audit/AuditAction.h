#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::audit {

// What an audit entry records. The keys are stored in audit_entry.action and never
// change; the labels are what the viewer and the exports show.
enum class AuditAction {
    Login,
    LoginFailed,
    Logout,
    LockedOut,  // too many failed logins
    PasswordChanged,
    PasswordReset,
    AccountCreated,
    AccountChanged,
    AccountLocked,
    AccountUnlocked,
    Created,  // a record: hierarchy node, organisation, member …
    Changed,
    Moved,
    Removed,
    MemberEvent,  // transfer, suspension, 出党, death …
    ViewedUnmasked,  // ID numbers or phones shown in full
    Exported,
    Imported,
    Printed,
    RecoveryUsed,  // the recovery key unlocked the database
    DatabaseSecured,  // encryption and accounts switched on
    ChainAcknowledged,  // an administrator acknowledged breaks of the audit chain (AuditChain)
    DatabaseCopied,  // a backup or a copy of the whole file was written (in the file copied)
    CopyBegun,  // the first entry of a backup or copy: what it is a copy of (in the copy)
    DatabaseRestored,  // the file was replaced by a backup (in the file restored)
};

QList<AuditAction> allAuditActions();
QString auditActionKey(AuditAction action);
std::optional<AuditAction> auditActionFromKey(QStringView key);

class AuditActionLabels
{
    Q_DECLARE_TR_FUNCTIONS(AuditActionLabels)

public:
    static QString label(AuditAction action);
    // The label of a stored key; a key this version does not know is shown as it is.
    static QString labelForKey(const QString& key);
};

}  // namespace redgrid::audit
