#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

// The administrator a new (or a not yet secured, older) database asks for.
struct FirstAdministrator
{
    QString username;
    QString displayName;
    QString password;
};

// What securing a database gives back: the administrator's session, and the recovery key
// to show them once (it is stored nowhere in the clear).
struct SecuredDatabase
{
    std::shared_ptr<const Session> session;
    QString recoveryKey;
};

class SecuritySetup
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySetup)

public:
    // Why these details cannot make the first administrator, or nothing if they can.
    static std::optional<QString> problemWith(const FirstAdministrator& administrator);
    // Why a database from before accounts cannot be secured with these details (none given:
    // null), or nothing if it can.
    static std::optional<QString> problemSecuring(const FirstAdministrator* administrator);

    // Makes the master key, the administrator (a district administrator over the whole
    // database), their key slot and the recovery slot, and signs them in on `connection`.
    // Runs inside the caller's transaction (schema migration 3, SecuritySchema.cpp).
    static SecuredDatabase secure(storage::Connection& connection, const FirstAdministrator& administrator);
};

}  // namespace redgrid::security
