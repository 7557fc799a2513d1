#pragma once

namespace redgrid::storage {

class Connection;

// RedGrid's schema, versioned with PRAGMA user_version. Migrations are forward-only and
// numbered; migration N takes a database from version N-1 to N. They are listed in
// Migrations.cpp, the one place where tables are created or changed.
namespace Schema {

int latestVersion();

// Applies migrations (current version, target] in one transaction, or none of them.
// Throws SqliteError on failure (the transaction is rolled back).
void migrate(Connection& connection, int targetVersion);

}  // namespace Schema
}  // namespace redgrid::storage
