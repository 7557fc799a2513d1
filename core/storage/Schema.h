#pragma once

namespace redgrid::security {
struct FirstAdministrator;
struct SecuredDatabase;
}  // namespace redgrid::security

namespace redgrid::storage {

class Connection;

// RedGrid's schema, versioned with PRAGMA user_version. Migrations are forward-only and
// numbered; migration N takes a database from version N-1 to N. They are listed in
// Migrations.cpp, the one place where tables are created or changed.
namespace Schema {

int latestVersion();

// Version 3 seals ID numbers and phones under a master key that only accounts unlock: a
// database reaching it needs its first administrator.
constexpr int FirstSecuredVersion = 3;

// What migrations need that the file does not hold.
struct Upgrade
{
    const security::FirstAdministrator* firstAdministrator = nullptr;  // to reach version 3
    security::SecuredDatabase* secured = nullptr;  // receives the session and the recovery key
};

// Applies migrations (current version, target] in one transaction, or none of them.
// Throws SqliteError on failure (the transaction is rolled back), std::logic_error when
// version 3 is crossed without a first administrator.
void migrate(Connection& connection, int targetVersion, const Upgrade& upgrade = {});

}  // namespace Schema
}  // namespace redgrid::storage
