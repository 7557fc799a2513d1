#pragma once

#include "Migration.h"
#include "MigrationList.h"

namespace redgrid::storage {

class Connection;

// RedGrid's schema, versioned with PRAGMA user_version. Migrations are forward-only and
// numbered; migration N takes a database from version N-1 to N. Storage knows no table:
// each domain owns its tables in its …Schema.h and registers its migrations at start-up
// (redgrid::registerCoreModules(), one line a domain). Rules of every migration:
// - never edit a migration that has been released; add a new one;
// - every record table has a PRIMARY KEY whose values are unique across installations
//   (a 16-byte RecordId), plus created_at/modified_at (ms since the Unix epoch, UTC);
// - tests/core/MigrationTests.cpp builds a database at every earlier version and migrates it.
namespace Schema {

using Upgrade = storage::Upgrade;

// The program's migrations.
MigrationList& migrations();
inline void add(const Migration& migration)
{
    migrations().add(migration);
}

inline int latestVersion()
{
    return migrations().latestVersion();
}

inline std::optional<QString> refusal(int fromVersion, const Upgrade& upgrade)
{
    return migrations().refusal(fromVersion, upgrade);
}

// Applies migrations (current version, target] in one transaction, or none of them.
// Throws SqliteError on failure (the transaction is rolled back), std::logic_error when a
// migration lacks what it needs (version 3 without its first administrator) or none is registered.
inline void migrate(Connection& connection, int targetVersion, const Upgrade& upgrade = {})
{
    migrations().migrate(connection, targetVersion, upgrade);
}

}  // namespace Schema
}  // namespace redgrid::storage
