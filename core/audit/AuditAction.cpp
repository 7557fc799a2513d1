#include "AuditAction.h"

#include <iterator>
#include <utility>

namespace redgrid::audit {

namespace {

// In the order of AuditAction.
const char* const Keys[] = { "login", "login_failed", "logout", "locked_out", "password_changed",
    "password_reset", "account_created", "account_changed", "account_locked", "account_unlocked", "created",
    "changed", "moved", "removed", "member_event", "viewed_unmasked", "exported", "imported", "printed",
    "recovery_used", "database_secured", "chain_acknowledged", "database_copied", "copy_begun",
    "database_restored" };
static_assert(std::size(Keys) == static_cast<size_t>(AuditAction::DatabaseRestored) + 1);

}  // namespace

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> actions;
    for (size_t i = 0; i < std::size(Keys); ++i)
        actions.append(static_cast<AuditAction>(i));
    return actions;
}

QString auditActionKey(AuditAction action)
{
    return QLatin1String(Keys[static_cast<size_t>(action)]);
}

std::optional<AuditAction> auditActionFromKey(QStringView key)
{
    for (size_t i = 0; i < std::size(Keys); ++i)
        if (key == QLatin1String(Keys[i]))
            return static_cast<AuditAction>(i);
    return std::nullopt;
}

QString AuditActionLabels::label(AuditAction action)
{
    switch (action) {
    case AuditAction::Login:
        return tr("Logged in");
    case AuditAction::LoginFailed:
        return tr("Login failed");
    case AuditAction::Logout:
        return tr("Logged out");
    case AuditAction::LockedOut:
        return tr("Locked out after failed logins");
    case AuditAction::PasswordChanged:
        return tr("Password changed");
    case AuditAction::PasswordReset:
        return tr("Password reset");
    case AuditAction::AccountCreated:
        return tr("Account created");
    case AuditAction::AccountChanged:
        return tr("Account changed");
    case AuditAction::AccountLocked:
        return tr("Account locked");
    case AuditAction::AccountUnlocked:
        return tr("Account unlocked");
    case AuditAction::Created:
        return tr("Created");
    case AuditAction::Changed:
        return tr("Changed");
    case AuditAction::Moved:
        return tr("Moved");
    case AuditAction::Removed:
        return tr("Removed");
    case AuditAction::MemberEvent:
        return tr("Member event");
    case AuditAction::ViewedUnmasked:
        return tr("Viewed unmasked");
    case AuditAction::Exported:
        return tr("Exported");
    case AuditAction::Imported:
        return tr("Imported");
    case AuditAction::Printed:
        return tr("Printed");
    case AuditAction::RecoveryUsed:
        return tr("Recovery key used");
    case AuditAction::DatabaseSecured:
        return tr("Database secured");
    case AuditAction::ChainAcknowledged:
        return tr("Audit log break acknowledged");
    case AuditAction::DatabaseCopied:
        return tr("Database copied");
    case AuditAction::CopyBegun:
        return tr("Copy of a database begun");
    case AuditAction::DatabaseRestored:
        return tr("Restored from a backup");
    }
    return {};
}

QString AuditActionLabels::labelForKey(const QString& key)
{
    const auto action = auditActionFromKey(key);
    return action ? label(*action) : key;
}

}  // namespace redgrid::audit
