#include "SignIn.h"

#include "AccountStore.h"
#include "AuditTrail.h"
#include "KeySlots.h"
#include "PasswordPolicy.h"
#include "RecoveryKey.h"
#include "audit/AuditLog.h"
#include "storage/Connection.h"
#include "storage/DiskRoom.h"
#include "storage/GuardedWrite.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace redgrid::security {
namespace {

QString wrongCredentials()
{
    return SignIn::tr("wrong user name or password");
}

QString lockedNow(const QString& username)
{
    return SignIn::tr("%1 wrong passwords in a row: the account %2 is locked for %3 minutes")
        .arg(PasswordPolicy::FailuresBeforeLockout)
        .arg(username)
        .arg(PasswordPolicy::LockoutMs / 60000);
}

QString lockedUntil(const QString& username, qint64 untilMs)
{
    return SignIn::tr("too many wrong passwords: the account %1 is locked until %2")
        .arg(username, QDateTime::fromMSecsSinceEpoch(untilMs).toString(QStringLiteral("HH:mm")));
}

// Records a failed attempt, unless the file takes no writes (damaged, opened read-only) or the
// disk is full: the answer to the attempt is the same either way, and reading goes on.
template<class Record>
void recordIfWritable(storage::Connection& db, Record&& record)
{
    if (!db.writesRefused().isEmpty())
        return;
    try {
        record();
    } catch (const storage::SqliteError& e) {
        if (!e.isDiskFull())
            throw;
    }
}

// A name no account has is answered as an account would be (issue 24 §6: the lockout words
// must not tell which names exist): after FailuresBeforeLockout wrong attempts it is "locked"
// for LockoutMs, counted from the failed sign-ins the audit log holds under that name.
Error unknownAccount(storage::Connection& db, const QString& username, const QJsonObject& attempt, qint64 now)
{
    audit::AuditLog log(db, {});
    const auto newest = [&](audit::AuditAction action) -> std::optional<qint64> {
        const QList<audit::AuditEntry> found
            = log.list({ .username = username, .action = audit::auditActionKey(action), .limit = 1 });
        return found.isEmpty() ? std::nullopt : std::optional(found.front().at);
    };
    const std::optional<qint64> lockedAt = newest(audit::AuditAction::LockedOut);
    if (lockedAt && now < *lockedAt + PasswordPolicy::LockoutMs)
        return Error::denied(lockedUntil(username, *lockedAt + PasswordPolicy::LockoutMs));
    // The failures since the last lockout, this one included.
    audit::AuditFilter failed { .username = username,
        .action = audit::auditActionKey(audit::AuditAction::LoginFailed) };
    if (lockedAt)
        failed.fromMs = *lockedAt;
    const bool lockNow = log.count(failed) + 1 >= PasswordPolicy::FailuresBeforeLockout;
    recordIfWritable(db, [&] {
        storage::Transaction transaction(db);
        recordAuditAsNobody(db, username, {},
            { audit::AuditAction::LoginFailed, QStringLiteral("account"), {}, attempt, false });
        if (lockNow)
            recordAuditAsNobody(
                db, username, {}, { audit::AuditAction::LockedOut, QStringLiteral("account"), {}, {}, true });
        transaction.commit();
    });
    return Error::denied(lockNow ? lockedNow(username) : wrongCredentials());
}

}  // namespace

Result<std::shared_ptr<const Session>> SignIn::withPassword(storage::Connection& db, const QString& username,
    const QString& password, qint64 now, const BeforeWriting& beforeWriting)
{
    return storage::guardedWrite([&]() -> Result<std::shared_ptr<const Session>> {
        AccountStore accounts(db);
        const auto account = accounts.findByUsername(username);
        const QJsonObject attempt { { QStringLiteral("username"), username.trimmed() } };
        if (!account) {
            // Spend the same time as a real attempt, so timing does not tell which names exist.
            PasswordKdf::derive(
                password, QByteArray(PasswordKdf::SaltSize, '\0'), KeySlots::costOfNewSlots());
            return unknownAccount(db, username.trimmed(), attempt, now);
        }
        if (account->disabled) {
            recordIfWritable(db, [&] {
                storage::Transaction transaction(db);
                recordAuditAsNobody(db, account->username, account->id,
                    { audit::AuditAction::LoginFailed, QStringLiteral("account"), account->id,
                        { { QStringLiteral("reason"), QStringLiteral("locked by an administrator") } },
                        false });
                transaction.commit();
            });
            return Error::denied(
                tr("the account %1 is locked; ask an administrator to unlock it").arg(account->username));
        }
        if (account->isLockedOut(now))
            return Error::denied(lockedUntil(account->username, account->lockedUntilMs));

        auto keys = KeySlots(db).unwrapForAccount(account->id, password);
        if (!keys) {
            const int failures = account->failedLogins + 1;
            const bool lockNow = failures >= PasswordPolicy::FailuresBeforeLockout;
            recordIfWritable(db, [&] {
                storage::Transaction transaction(db);
                accounts.recordFailedLogin(
                    account->id, lockNow ? 0 : failures, lockNow ? now + PasswordPolicy::LockoutMs : 0);
                recordAuditAsNobody(db, account->username, account->id,
                    { audit::AuditAction::LoginFailed, QStringLiteral("account"), account->id, attempt,
                        false });
                if (lockNow)
                    recordAuditAsNobody(db, account->username, account->id,
                        { audit::AuditAction::LockedOut, QStringLiteral("account"), account->id, {}, true });
                transaction.commit();
            });
            if (lockNow)
                return Error::denied(lockedNow(account->username));
            return Error::denied(wrongCredentials());
        }
        Account signedIn = *account;
        signedIn.failedLogins = 0;
        signedIn.lockedUntilMs = 0;
        auto session = std::make_shared<const Session>(signedIn, std::move(*keys));
        // Checked before anything is written: the audit entries since the head this
        // computer remembers (a break is remembered and stays reported), then whatever the
        // caller must see first (`audit verify` checks the whole log).
        checkRecentAudit(db, session->keys().auditKey().toByteArray());
        if (beforeWriting)
            beforeWriting(db, *session);
        // Reading goes on where writing cannot (issue 24 §2): a damaged file opened read-only,
        // or a full disk, signs in without its entry in the log; every later write is refused
        // with the reason.
        if (!db.writesRefused().isEmpty()) {
            attachSession(db, session);
            return session;
        }
        try {
            storage::Transaction transaction(db);
            accounts.recordSuccessfulLogin(account->id);
            attachSession(db, session);
            recordAudit(db, { audit::AuditAction::Login, QStringLiteral("account"), account->id, {} });
            transaction.commit();
        } catch (const storage::SqliteError& e) {
            if (!e.isDiskFull())
                throw;
            db.refuseWrites(storage::DiskRoom::readOnlyReason(db.path()));
            attachSession(db, session);
            return session;
        }
        rememberChainHead(db);
        return session;
    });
}

Result<std::shared_ptr<const Session>> SignIn::withRecoveryKey(
    storage::Connection& db, const QString& username, const QString& recoveryKey, const QString& newPassword)
{
    const auto key = RecoveryKey::parse(recoveryKey);
    if (!key)
        return Error::plain(tr("this is not a recovery key: it has 13 groups of 4 letters and digits"));
    if (auto problem = PasswordPolicy::problem(newPassword))
        return Error::plain(*problem);
    return storage::guardedWrite([&]() -> Result<std::shared_ptr<const Session>> {
        AccountStore accounts(db);
        const auto account = accounts.findByUsername(username);
        if (!account || !Roles::allows(account->role, Permission::ManageAccounts))
            return Error::plain(tr("the recovery key gives a new password to an administrator's account; "
                                   "there is no administrator named %1")
                                    .arg(username));
        auto keys = KeySlots(db).unwrapForRecovery(*key);
        if (keys)
            checkRecentAudit(db, keys->auditKey().toByteArray());  // before writing, as withPassword
        storage::Transaction transaction(db);
        if (!keys) {
            recordAuditAsNobody(db, account->username, account->id,
                { audit::AuditAction::RecoveryUsed, QStringLiteral("account"), account->id, {}, false });
            transaction.commit();
            return Error::plain(tr("the recovery key is wrong"));
        }
        KeySlots(db).wrapForAccount(account->id, newPassword, *keys);
        db.cached("UPDATE account SET failed_logins = 0, locked_until = 0, disabled = 0, password_changed_at "
                  "= ?, "
                  "modified_at = ? WHERE id = ?")
            .bindAll(nowMs(), nowMs(), account->id)
            .run();
        Account signedIn = *account;
        signedIn.disabled = false;
        auto session = std::make_shared<const Session>(signedIn, std::move(*keys));
        attachSession(db, session);
        recordAudit(db, { audit::AuditAction::RecoveryUsed, QStringLiteral("account"), account->id, {} });
        transaction.commit();
        rememberChainHead(db);
        return std::shared_ptr<const Session>(session);
    });
}

}  // namespace redgrid::security
