#include "AccountStore.h"

#include "Access.h"
#include "AuditTrail.h"
#include "KeySlots.h"
#include "PasswordPolicy.h"
#include "common/Clock.h"
#include "common/NodeKind.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Transaction.h"

namespace redgrid::security {
namespace {

#define ACCOUNT_COLUMNS                                                                                      \
    "id, username, display_name, role, scope_node_id, failed_logins, locked_until, disabled, "               \
    "password_changed_at, "                                                                                  \
    "created_at "

QJsonObject describe(const Account& account)
{
    return { { QStringLiteral("username"), account.username },
        { QStringLiteral("role"), Roles::code(account.role) },
        { QStringLiteral("scope"),
            account.scopeNodeId.isNull() ? QString() : account.scopeNodeId.toString() } };
}

}  // namespace

AccountStore::AccountStore(storage::Connection& connection)
    : m_db(connection)
{
}

Account AccountStore::fromRow(const storage::Statement& row)
{
    Account a;
    a.id = row.id(0);
    a.username = row.text(1);
    a.displayName = row.text(2);
    a.role = Roles::fromCode(row.text(3)).value_or(Role::GridWorker);
    a.scopeNodeId = row.id(4);
    a.failedLogins = static_cast<int>(row.int64(5));
    a.lockedUntilMs = row.int64(6);
    a.disabled = row.int64(7) != 0;
    a.passwordChangedAt = row.int64(8);
    a.createdAt = row.int64(9);
    return a;
}

bool AccountStore::hasAccounts()
{
    return m_db.scalar("SELECT count(*) FROM account") > 0;
}

std::optional<Account> AccountStore::find(const RecordId& id)
{
    auto st = m_db.cached("SELECT " ACCOUNT_COLUMNS "FROM account WHERE id = ?");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return fromRow(st);
}

std::optional<Account> AccountStore::findByUsername(const QString& username)
{
    auto st = m_db.cached("SELECT " ACCOUNT_COLUMNS "FROM account WHERE username = ?");
    st.bindAll(username.trimmed());
    if (!st.step())
        return std::nullopt;
    return fromRow(st);
}

Result<QList<Account>> AccountStore::list()
{
    const Access access(m_db);
    if (Status allowed = access.require(Permission::ManageAccounts); !allowed)
        return allowed.error();
    QList<Account> accounts;
    auto st = m_db.prepare("SELECT " ACCOUNT_COLUMNS "FROM account ORDER BY username");
    while (st.step()) {
        Account a = fromRow(st);
        if (access.coversWholeDatabase() || (!a.scopeNodeId.isNull() && access.nodeInScope(a.scopeNodeId)))
            accounts.append(a);
    }
    return accounts;
}

std::optional<QString> AccountStore::usernameProblem(const QString& username)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return tr("the user name is empty");
    if (name.size() > 64)
        return tr("the user name is longer than 64 characters");
    if (findByUsername(name))
        return tr("there is already an account named %1").arg(name);
    return std::nullopt;
}

Account AccountStore::insert(const NewAccount& account)
{
    Account a;
    a.id = RecordId::generate();
    a.username = account.username.trimmed();
    a.displayName = account.displayName.trimmed();
    a.role = account.role;
    a.scopeNodeId = account.scopeNodeId;
    a.createdAt = a.passwordChangedAt = nowMs();
    m_db.cached("INSERT INTO account (id, username, display_name, role, scope_node_id, failed_logins, "
                "locked_until, "
                "disabled, password_changed_at, created_at, modified_at) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, "
                "?, ?)")
        .bindAll(a.id, a.username, a.displayName, Roles::code(a.role), a.scopeNodeId, a.passwordChangedAt,
            a.createdAt, a.createdAt)
        .run();
    return a;
}

// The area must be of a level the role works at (Roles::areaLevels).
std::optional<QString> AccountStore::areaProblem(Role role, const RecordId& scopeNodeId)
{
    const QString wanted = Roles::areaLevelsText(role);
    if (scopeNodeId.isNull()) {
        if (Roles::mayHaveNoArea(role))
            return std::nullopt;
        return tr("a %1 account needs an area: a %2").arg(Roles::label(role), wanted);
    }
    const qint64 level = m_db.scalar("SELECT level FROM hierarchy_node WHERE id = ?", scopeNodeId);
    if (!Roles::areaLevels(role).contains(hierarchy::NodeLevel(level)))
        return tr("the area of a %1 account must be a %2").arg(Roles::label(role), wanted);
    return std::nullopt;
}

Result<Account> AccountStore::add(const NewAccount& account)
{
    const Access access(m_db);
    if (Status allowed = access.require(Permission::ManageAccounts); !allowed)
        return allowed.error();
    if (!Roles::mayGrant(access.session()->role(), account.role))
        return Error::denied(tr("a %1 may not create a %2 account")
                                 .arg(Roles::label(access.session()->role()), Roles::label(account.role)));
    if (!access.coversWholeDatabase()
        && (account.scopeNodeId.isNull() || !access.nodeInScope(account.scopeNodeId)))
        return Error::denied(tr("the new account's area must lie within your own"));
    if (!account.scopeNodeId.isNull()
        && m_db.scalar("SELECT count(*) FROM hierarchy_node WHERE id = ?", account.scopeNodeId) == 0)
        return Error::plain(tr("the account's area is not in the hierarchy"));
    if (auto problem = areaProblem(account.role, account.scopeNodeId))
        return Error::plain(*problem);
    if (auto problem = usernameProblem(account.username))
        return Error::plain(*problem);
    if (auto problem = PasswordPolicy::problem(account.password))
        return Error::plain(*problem);
    return storage::guardedWrite([&]() -> Result<Account> {
        storage::Transaction transaction(m_db);
        Account created = insert(account);
        KeySlots(m_db).wrapForAccount(created.id, account.password, access.keys());
        recordAudit(m_db,
            { audit::AuditAction::AccountCreated, QStringLiteral("account"), created.id, describe(created) });
        transaction.commit();
        return created;
    });
}

Result<Account> AccountStore::managed(const QString& username)
{
    const Access access(m_db);
    if (Status allowed = access.require(Permission::ManageAccounts); !allowed)
        return allowed.error();
    auto account = findByUsername(username);
    if (!account)
        return Error::plain(tr("there is no account named %1").arg(username));
    if (!access.coversWholeDatabase()
        && (account->scopeNodeId.isNull() || !access.nodeInScope(account->scopeNodeId)
            || !Roles::mayGrant(access.session()->role(), account->role)))
        return Error::denied(tr("the account %1 lies outside your area").arg(username));
    return *account;
}

Status AccountStore::resetPassword(const QString& username, const QString& newPassword)
{
    auto account = managed(username);
    if (!account)
        return account.error();
    if (auto problem = PasswordPolicy::problem(newPassword))
        return Error::plain(*problem);
    const Access access(m_db);
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        KeySlots(m_db).wrapForAccount(account->id, newPassword, access.keys());
        m_db.cached("UPDATE account SET failed_logins = 0, locked_until = 0, password_changed_at = ?, "
                    "modified_at = ? "
                    "WHERE id = ?")
            .bindAll(nowMs(), nowMs(), account->id)
            .run();
        recordAudit(m_db,
            { audit::AuditAction::PasswordReset, QStringLiteral("account"), account->id,
                describe(*account) });
        transaction.commit();
        return Status::success();
    });
}

Status AccountStore::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    const Session* session = Session::of(m_db);
    if (!session)
        return Error::denied(tr("nobody is signed in"));
    if (!KeySlots(m_db).unwrapForAccount(session->account().id, oldPassword))
        return Error::denied(tr("the current password is wrong"));
    if (auto problem = PasswordPolicy::problem(newPassword))
        return Error::plain(*problem);
    if (newPassword == oldPassword)
        return Error::plain(tr("the new password is the same as the old one"));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        KeySlots(m_db).wrapForAccount(session->account().id, newPassword, session->keys());
        m_db.cached("UPDATE account SET password_changed_at = ?, modified_at = ? WHERE id = ?")
            .bindAll(nowMs(), nowMs(), session->account().id)
            .run();
        recordAudit(m_db,
            { audit::AuditAction::PasswordChanged, QStringLiteral("account"), session->account().id, {} });
        transaction.commit();
        return Status::success();
    });
}

Status AccountStore::lock(const QString& username)
{
    auto account = managed(username);
    if (!account)
        return account.error();
    if (account->id == Session::of(m_db)->account().id)
        return Error::plain(tr("you cannot lock your own account"));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE account SET disabled = 1, modified_at = ? WHERE id = ?")
            .bindAll(nowMs(), account->id)
            .run();
        recordAudit(m_db,
            { audit::AuditAction::AccountLocked, QStringLiteral("account"), account->id,
                describe(*account) });
        transaction.commit();
        return Status::success();
    });
}

Status AccountStore::unlock(const QString& username)
{
    auto account = managed(username);
    if (!account)
        return account.error();
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE account SET disabled = 0, failed_logins = 0, locked_until = 0, modified_at = ? "
                    "WHERE id = ?")
            .bindAll(nowMs(), account->id)
            .run();
        recordAudit(m_db,
            { audit::AuditAction::AccountUnlocked, QStringLiteral("account"), account->id,
                describe(*account) });
        transaction.commit();
        return Status::success();
    });
}

void AccountStore::recordFailedLogin(const RecordId& id, int failedLogins, qint64 lockedUntilMs)
{
    m_db.cached("UPDATE account SET failed_logins = ?, locked_until = ?, modified_at = ? WHERE id = ?")
        .bindAll(failedLogins, lockedUntilMs, nowMs(), id)
        .run();
}

void AccountStore::recordSuccessfulLogin(const RecordId& id)
{
    m_db.cached("UPDATE account SET failed_logins = 0, locked_until = 0 WHERE id = ? AND failed_logins <> 0")
        .bindAll(id)
        .run();
}

}  // namespace redgrid::security
