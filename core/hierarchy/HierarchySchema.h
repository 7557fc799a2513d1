#pragma once

namespace redgrid::hierarchy {

// The administrative hierarchy (HierarchyStore, HierarchyEditor): the table of schema
// migration 1, and the search spellings migration 2 adds (HierarchySchema.cpp fills them in).
inline constexpr const char* HierarchyTablesV1 = R"sql(
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
)sql";

inline constexpr const char* HierarchySpellV2 = R"sql(
-- Search keys of hierarchy names in pinyin (full spellings and initials, space-separated),
-- filled by core (names/NameReadings) on every write; '' means not computed yet.
ALTER TABLE hierarchy_node ADD COLUMN spell TEXT NOT NULL DEFAULT '';
)sql";

// Registers the hierarchy's migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::hierarchy
