#include "Connection.h"
#include "Schema.h"
#include "SqliteError.h"
#include "Transaction.h"

#include <QString>

#include <array>

namespace redgrid::storage {
namespace {

struct Migration
{
    int version;
    const char* description;
    const char* sql;
};

// Rules of this list:
// - never edit a migration that has been released; add a new one;
// - every record table has a PRIMARY KEY whose values are unique across installations
//   (a 16-byte RecordId), plus created_at/modified_at (ms since the Unix epoch, UTC);
// - tests/core/MigrationTests.cpp builds a database at every earlier version and migrates it.
const std::array migrations {
    Migration { 1, "settings and the administrative hierarchy",
        R"sql(
CREATE TABLE setting (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);

-- district (1) > street/town (2) > community/village (3) > grid (4) > building/courtyard (5)
CREATE TABLE hierarchy_node (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    parent_id   BLOB REFERENCES hierarchy_node (id),
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    kind        TEXT NOT NULL CHECK (
                    (level = 1 AND kind IN ('district', 'county')) OR
                    (level = 2 AND kind IN ('street', 'town', 'township')) OR
                    (level = 3 AND kind IN ('community', 'village')) OR
                    (level = 4 AND kind IN ('grid', 'dedicated_grid')) OR
                    (level = 5 AND kind IN ('building', 'courtyard'))),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    code        TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    households  INTEGER CHECK (households IS NULL OR (level = 5 AND households >= 0)),  -- buildings only
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE UNIQUE INDEX hierarchy_node_single_root ON hierarchy_node (level) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX hierarchy_node_sibling_name ON hierarchy_node (parent_id, name);
CREATE INDEX hierarchy_node_children ON hierarchy_node (parent_id, sort_order, code);
CREATE INDEX hierarchy_node_level ON hierarchy_node (level);

-- A node sits exactly one level below its parent. Core checks this with a readable
-- message; the triggers keep other writers (sqlite3 shell, merged changesets) honest.
CREATE TRIGGER hierarchy_node_level_on_insert BEFORE INSERT ON hierarchy_node
WHEN NEW.parent_id IS NOT NULL
     AND (SELECT level FROM hierarchy_node WHERE id = NEW.parent_id) IS NOT NEW.level - 1
BEGIN
    SELECT RAISE(ABORT, 'hierarchy_node: a node must be exactly one level below its parent');
END;
CREATE TRIGGER hierarchy_node_level_on_update BEFORE UPDATE OF parent_id, level ON hierarchy_node
WHEN NEW.parent_id IS NOT NULL
     AND (SELECT level FROM hierarchy_node WHERE id = NEW.parent_id) IS NOT NEW.level - 1
BEGIN
    SELECT RAISE(ABORT, 'hierarchy_node: a node must be exactly one level below its parent');
END;
)sql" },
};

}  // namespace

int Schema::latestVersion()
{
    return migrations.back().version;
}

void Schema::migrate(Connection& connection, int targetVersion)
{
    Transaction transaction(connection);
    const int current = connection.pragmaInt("user_version");
    for (const Migration& migration : migrations) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        connection.exec(migration.sql);
        connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    }
    // A migration must leave no dangling reference behind.
    Statement check = connection.prepare("PRAGMA foreign_key_check");
    if (check.step())
        throw SqliteError(787 /* SQLITE_CONSTRAINT_FOREIGNKEY */,
            QStringLiteral("migration left a broken reference in table %1").arg(check.text(0)));
    transaction.commit();
}

}  // namespace redgrid::storage
