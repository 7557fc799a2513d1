#include "Connection.h"
#include "Schema.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "names/NameReadings.h"
#include "names/UserReadings.h"

#include <QString>

#include <array>

namespace redgrid::storage {
namespace {

struct Migration
{
    int version;
    const char* description;
    const char* sql;
    void (*afterSql)(Connection&) = nullptr;  // data a statement cannot compute (pinyin)
};

// Migration 2: the pinyin search spellings of the names already in the hierarchy.
void spellHierarchyNames(Connection& db)
{
    const auto readings = names::loadReadings(db);
    auto read = db.prepare("SELECT id, name FROM hierarchy_node WHERE spell = ''");
    auto write = db.prepare("UPDATE hierarchy_node SET spell = ? WHERE id = ?");
    while (read.step()) {
        write.bindAll(names::searchSpell(*readings, read.text(1), names::NameKind::Place), read.id(0));
        write.run();
    }
}

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
    Migration { 2, "party organisations, members and their history, name readings",
        R"sql(
-- Search keys of hierarchy names in pinyin (full spellings and initials, space-separated),
-- filled by core (names/NameReadings) on every write; '' means not computed yet.
ALTER TABLE hierarchy_node ADD COLUMN spell TEXT NOT NULL DEFAULT '';

-- 党委 / 党工委 / 党总支 / 党支部 / 联合党支部 / 功能型党支部 / 临时党支部 / 党小组
CREATE TABLE party_org (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    parent_id       BLOB REFERENCES party_org (id),
    kind            TEXT NOT NULL CHECK (kind IN ('committee', 'working_committee', 'general_branch',
                        'branch', 'joint_branch', 'functional_branch', 'temporary_branch', 'group')),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),  -- full name, as on the seal
    short_name      TEXT NOT NULL DEFAULT '',
    code            TEXT NOT NULL UNIQUE,                          -- for the CLI and exchange
    category        TEXT NOT NULL DEFAULT '',                      -- 组织类别 ①-⑨ (CodeTable::orgCategory)
    unit_situation  TEXT NOT NULL DEFAULT '',                      -- 所在单位情况 (CodeTable::unitSituation)
    founded_on      TEXT,                                          -- yyyy-MM-dd
    secretary_id    BLOB REFERENCES member (id),
    contact_id      BLOB REFERENCES member (id),
    phone           TEXT NOT NULL DEFAULT '',
    term_start      TEXT,
    term_end        TEXT,
    has_committee   INTEGER NOT NULL DEFAULT 0 CHECK (has_committee IN (0, 1)),  -- 支部委员会
    sort_order      INTEGER NOT NULL DEFAULT 0,
    spell           TEXT NOT NULL DEFAULT '',
    remarks         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    modified_at     INTEGER NOT NULL,
    CHECK (kind <> 'group' OR parent_id IS NOT NULL)
);
CREATE INDEX party_org_children ON party_org (parent_id, sort_order, code);

-- The hierarchy nodes an organisation covers (双网融合): a 社区党委 its community, a
-- 网格党支部 its grid, a 楼栋党小组 its buildings.
CREATE TABLE party_org_node (
    org_id      BLOB NOT NULL REFERENCES party_org (id) ON DELETE CASCADE,
    node_id     BLOB NOT NULL REFERENCES hierarchy_node (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    PRIMARY KEY (org_id, node_id)
) WITHOUT ROWID;
CREATE INDEX party_org_node_by_node ON party_org_node (node_id);

-- One row per party member, also after they leave the active roster (status): a member
-- with history is never deleted. Codes follow core/roster/CodeTable. ID numbers and phones
-- are read and written only by core/roster/MemberStore (a later issue encrypts them).
CREATE TABLE member (
    id                  BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    org_id              BLOB NOT NULL REFERENCES party_org (id),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex                 TEXT NOT NULL DEFAULT '',
    ethnicity           TEXT NOT NULL DEFAULT '',
    id_number           TEXT NOT NULL UNIQUE,
    id_last4            TEXT NOT NULL,
    birth_date          TEXT,
    education           TEXT NOT NULL DEFAULT '',
    degree              TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL CHECK (category IN ('1', '2')),   -- 1 正式, 2 预备
    joined_on           TEXT,
    converted_on        TEXT,
    probation_extension INTEGER NOT NULL DEFAULT 0 CHECK (probation_extension BETWEEN 0 AND 12),  -- months
    job_post            TEXT NOT NULL DEFAULT '',
    mobile              TEXT NOT NULL DEFAULT '',
    mobile_last4        TEXT NOT NULL DEFAULT '',
    landline            TEXT NOT NULL DEFAULT '',
    landline_last4      TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    residence_node_id   BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,
    native_place        TEXT NOT NULL DEFAULT '',
    work_unit           TEXT NOT NULL DEFAULT '',
    work_post           TEXT NOT NULL DEFAULT '',
    standing            TEXT NOT NULL DEFAULT '1' CHECK (standing IN ('1', '2')),  -- 1 正常, 2 停止党籍
    status              TEXT NOT NULL DEFAULT 'active'
                            CHECK (status IN ('active', 'transferred_out', 'departed', 'deceased')),
    lost_contact_on     TEXT,                        -- yyyy-MM-dd; NULL = in contact
    lost_contact_reason TEXT NOT NULL DEFAULT '',
    is_mobile           INTEGER NOT NULL DEFAULT 0 CHECK (is_mobile IN (0, 1)),  -- 流动党员
    mobile_destination  TEXT NOT NULL DEFAULT '',
    dual_node_id        BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,  -- 双报到 community
    dual_registered_on  TEXT,
    skills              TEXT NOT NULL DEFAULT '',    -- tags separated by '、'
    hardship            INTEGER NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1)),
    exempt              INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),  -- elderly or ill
    remarks             TEXT NOT NULL DEFAULT '',
    sort_pinyin         TEXT NOT NULL,               -- names/NameReadings sort keys
    sort_stroke         BLOB NOT NULL,
    spell               TEXT NOT NULL,               -- full pinyin, for prefix search
    initials            TEXT NOT NULL,
    spell_alt           TEXT,                        -- second reading (乐 yue/le …), else NULL
    initials_alt        TEXT,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL
);
-- Search and filter indexes carry the status, so counting the active matches of a keystroke
-- reads the index alone, never the rows. Every index costs about as much as the rest of a
-- first import, so there are no more than the roster needs: stroke order (an option) sorts
-- its stored keys without one.
CREATE INDEX member_org ON member (org_id, status);
CREATE INDEX member_sort_pinyin ON member (sort_pinyin);
CREATE INDEX member_spell ON member (spell, status);
CREATE INDEX member_initials ON member (initials, spell, status);
CREATE INDEX member_name ON member (name, status);
CREATE INDEX member_spell_alt ON member (spell_alt, status) WHERE spell_alt IS NOT NULL;
CREATE INDEX member_initials_alt ON member (initials_alt, spell_alt, status) WHERE initials_alt IS NOT NULL;
CREATE INDEX member_id_last4 ON member (id_last4, status);
CREATE INDEX member_mobile_last4 ON member (mobile_last4, status);
CREATE INDEX member_landline_last4 ON member (landline_last4) WHERE landline_last4 <> '';

-- Life events, never silent overwrites: transfers, suspension and restoration, 出党,
-- death, moves between organisations, and field changes made by re-imports.
CREATE TABLE member_event (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    member_id   BLOB NOT NULL REFERENCES member (id),
    kind        TEXT NOT NULL CHECK (kind IN ('created', 'changed', 'moved', 'transfer_out',
                    'transfer_in', 'suspended', 'restored', 'departed', 'deceased')),
    occurred_on TEXT NOT NULL,                       -- yyyy-MM-dd
    details     TEXT NOT NULL DEFAULT '{}',          -- JSON: destination, letter validity, dues paid to, changed fields …
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);
CREATE INDEX member_event_by_member ON member_event (member_id, occurred_on);

-- Readings of surnames and place names added by the user (the shipped ones are in the program).
CREATE TABLE name_reading (
    text        TEXT PRIMARY KEY NOT NULL CHECK (length(text) > 0),
    reading     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'place')),
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);
)sql",
        spellHierarchyNames },
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
        if (migration.afterSql)
            migration.afterSql(connection);
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
