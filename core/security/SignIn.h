#pragma once

#include "Session.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

// Signing in: the password unwraps the master key (one Argon2id derivation), and the
// session is attached to the connection. Five failures in a row lock the account for
// 15 minutes; every attempt is written to the audit log.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)

public:
    // Called once the password is right, before the sign-in writes anything (its audit
    // entry, sealing): a check that must see the file as it was.
    using BeforeWriting = std::function<void(storage::Connection&, const Session&)>;

    static Result<std::shared_ptr<const Session>> withPassword(storage::Connection& connection,
        const QString& username, const QString& password, qint64 now = nowMs(),
        const BeforeWriting& beforeWriting = {});

    // When every password is lost: the recovery key unlocks the database and gives the
    // administrator `username` the new password.
    static Result<std::shared_ptr<const Session>> withRecoveryKey(storage::Connection& connection,
        const QString& username, const QString& recoveryKey, const QString& newPassword);
};

}  // namespace redgrid::security
