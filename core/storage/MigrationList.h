#pragma once

#include "Migration.h"

#include <vector>

namespace redgrid::storage {

// The migrations of a schema, kept in order of version and part. The program has one
// (storage::Schema::migrations(), filled by the domains at start-up); tests may make their own.
class MigrationList
{
public:
    // Throws std::logic_error when the version and part are registered already (two modules
    // claiming the same version number) or the version is below 1.
    void add(const Migration& migration);
    bool isEmpty() const { return m_migrations.empty(); }

    // The newest version. Throws std::logic_error when nothing is registered (the program did
    // not call registerCoreModules() at start-up) or a version between 1 and it is missing:
    // a database must never be opened with part of its migrations silently left out.
    int latestVersion() const;

    // The first reason a migration after `fromVersion` gives for not running with `upgrade`.
    std::optional<QString> refusal(int fromVersion, const Upgrade& upgrade) const;

    // Applies migrations (current version, target] in one transaction, or none of them.
    // Throws SqliteError on failure (the transaction is rolled back), std::logic_error on a
    // list that latestVersion() refuses or a step's own programming error.
    void migrate(Connection& connection, int targetVersion, const Upgrade& upgrade = {}) const;

private:
    std::vector<Migration> m_migrations;  // by version, then part
};

}  // namespace redgrid::storage
