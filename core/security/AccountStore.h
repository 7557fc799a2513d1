#pragma once

#include "Account.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::security {

struct NewAccount
{
    QString username;
    QString displayName;
    Role role = Role::CommunitySecretary;
    RecordId scopeNodeId;  // null: the whole database
    QString password;
};

// Accounts and their passwords. Managing accounts needs an administrator signed in on the
// connection (Permission::ManageAccounts), acting on accounts inside their own scope;
// changing one's own password needs only the old one.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(storage::Connection& connection);

    bool hasAccounts();
    std::optional<Account> find(const RecordId& id);
    std::optional<Account> findByUsername(const QString& username);
    Result<QList<Account>> list();  // the accounts the signed-in administrator manages

    Result<Account> add(const NewAccount& account);
    Status resetPassword(const QString& username, const QString& newPassword);
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    Status lock(const QString& username);
    Status unlock(const QString& username);  // also ends a lockout after failed logins

    // Used by SignIn and SecuritySetup: no permission check.
    Account insert(const NewAccount& account);
    void recordFailedLogin(const RecordId& id, int failedLogins, qint64 lockedUntilMs);
    void recordSuccessfulLogin(const RecordId& id);

private:
    std::optional<QString> areaProblem(Role role, const RecordId& scopeNodeId);
    Result<Account> managed(const QString& username);  // found, and within the administrator's reach
    std::optional<QString> usernameProblem(const QString& username);
    static Account fromRow(const storage::Statement& row);

    storage::Connection& m_db;
};

}  // namespace redgrid::security
