#pragma once

namespace redgrid::roster {

// The member table and the members' life events (MemberStore, MemberEditor, MemberEvents),
// as every schema migration left them; RosterSchema.cpp registers them with the steps that
// compute what statements cannot (sealing, name keys).

// Migration 2: members and their history.
inline constexpr const char* MemberTablesV2 = R"sql(
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
)sql";

// Migration 3: the member table rebuilt with its ID number, phones and address sealed (the
// step copies and seals the rows, then replaces the table and builds these indexes again).
inline constexpr const char* MemberTableV3 = R"sql(
-- The member table of version 2 with its ID number, phones and address sealed
-- (roster/MemberSecrets): keyed hashes find the full values, the last 4 digits stay for search.
CREATE TABLE member_v3 (
    id                  BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    org_id              BLOB NOT NULL REFERENCES party_org (id),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex                 TEXT NOT NULL DEFAULT '',
    ethnicity           TEXT NOT NULL DEFAULT '',
    id_hash             BLOB NOT NULL UNIQUE,
    id_sealed           BLOB NOT NULL,
    id_last4            TEXT NOT NULL,
    birth_date          TEXT,
    education           TEXT NOT NULL DEFAULT '',
    degree              TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL CHECK (category IN ('1', '2')),   -- 1 正式, 2 预备
    joined_on           TEXT,
    converted_on        TEXT,
    probation_extension INTEGER NOT NULL DEFAULT 0 CHECK (probation_extension BETWEEN 0 AND 12),  -- months
    job_post            TEXT NOT NULL DEFAULT '',
    mobile_sealed       BLOB,                        -- NULL: no mobile
    mobile_hash         BLOB,
    mobile_last4        TEXT NOT NULL DEFAULT '',
    landline_sealed     BLOB,
    landline_hash       BLOB,
    landline_last4      TEXT NOT NULL DEFAULT '',
    address_sealed      BLOB,
    residence_node_id   BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,
    native_place        TEXT NOT NULL DEFAULT '',
    work_unit           TEXT NOT NULL DEFAULT '',
    work_post           TEXT NOT NULL DEFAULT '',
    standing            TEXT NOT NULL DEFAULT '1' CHECK (standing IN ('1', '2')),  -- 1 正常, 2 停止党籍
    status              TEXT NOT NULL DEFAULT 'active'
                            CHECK (status IN ('active', 'transferred_out', 'departed', 'deceased')),
    lost_contact_on     TEXT,
    lost_contact_reason TEXT NOT NULL DEFAULT '',
    is_mobile           INTEGER NOT NULL DEFAULT 0 CHECK (is_mobile IN (0, 1)),  -- 流动党员
    mobile_destination  TEXT NOT NULL DEFAULT '',
    dual_node_id        BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,  -- 双报到 community
    dual_registered_on  TEXT,
    skills              TEXT NOT NULL DEFAULT '',
    hardship            INTEGER NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1)),
    exempt              INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    remarks             TEXT NOT NULL DEFAULT '',
    sort_pinyin         TEXT NOT NULL,
    sort_stroke         BLOB NOT NULL,
    spell               TEXT NOT NULL,
    initials            TEXT NOT NULL,
    spell_alt           TEXT,
    initials_alt        TEXT,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL
);
)sql";

// The member indexes of version 3 (version 2's, over the table rebuilt with sealed columns).
inline constexpr const char* MemberIndexesV3 = R"sql(
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
)sql";

// Migration 4: the uniqueness of members' ID numbers as an index of its own.
inline constexpr const char* MemberTableV4 = R"sql(
-- Version 3 declared id_hash UNIQUE in the table, an index no one can drop: a first import
-- then inserted a million random hashes into it one by one, which took as long as the rest
-- of the import. As its own index, a bulk load drops it and builds it at the end (sorted).
CREATE TABLE member_v4 (
    id                  BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    org_id              BLOB NOT NULL REFERENCES party_org (id),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex                 TEXT NOT NULL DEFAULT '',
    ethnicity           TEXT NOT NULL DEFAULT '',
    id_hash             BLOB NOT NULL,             -- unique: member_id_hash
    id_sealed           BLOB NOT NULL,
    id_last4            TEXT NOT NULL,
    birth_date          TEXT,
    education           TEXT NOT NULL DEFAULT '',
    degree              TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL CHECK (category IN ('1', '2')),   -- 1 正式, 2 预备
    joined_on           TEXT,
    converted_on        TEXT,
    probation_extension INTEGER NOT NULL DEFAULT 0 CHECK (probation_extension BETWEEN 0 AND 12),  -- months
    job_post            TEXT NOT NULL DEFAULT '',
    mobile_sealed       BLOB,                        -- NULL: no mobile
    mobile_hash         BLOB,
    mobile_last4        TEXT NOT NULL DEFAULT '',
    landline_sealed     BLOB,
    landline_hash       BLOB,
    landline_last4      TEXT NOT NULL DEFAULT '',
    address_sealed      BLOB,
    residence_node_id   BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,
    native_place        TEXT NOT NULL DEFAULT '',
    work_unit           TEXT NOT NULL DEFAULT '',
    work_post           TEXT NOT NULL DEFAULT '',
    standing            TEXT NOT NULL DEFAULT '1' CHECK (standing IN ('1', '2')),  -- 1 正常, 2 停止党籍
    status              TEXT NOT NULL DEFAULT 'active'
                            CHECK (status IN ('active', 'transferred_out', 'departed', 'deceased')),
    lost_contact_on     TEXT,
    lost_contact_reason TEXT NOT NULL DEFAULT '',
    is_mobile           INTEGER NOT NULL DEFAULT 0 CHECK (is_mobile IN (0, 1)),  -- 流动党员
    mobile_destination  TEXT NOT NULL DEFAULT '',
    dual_node_id        BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,  -- 双报到 community
    dual_registered_on  TEXT,
    skills              TEXT NOT NULL DEFAULT '',
    hardship            INTEGER NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1)),
    exempt              INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    remarks             TEXT NOT NULL DEFAULT '',
    sort_pinyin         TEXT NOT NULL,
    sort_stroke         BLOB NOT NULL,
    spell               TEXT NOT NULL,
    initials            TEXT NOT NULL,
    spell_alt           TEXT,
    initials_alt        TEXT,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL
);
INSERT INTO member_v4 SELECT * FROM member;
DROP TABLE member;
ALTER TABLE member_v4 RENAME TO member;
CREATE UNIQUE INDEX member_id_hash ON member (id_hash);
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
)sql";

// Migration 5 (a step only): the status check as comparisons.

// Migration 6: one index for members' ID numbers.
inline constexpr const char* MemberIdIndexV6 = R"sql(
-- The full number is found by its last 4 digits and its keyed hash together (both derive
-- from the number, so the pair is unique exactly when the hash is); a search by the last 4
-- digits alone reads the few rows it finds for their status. A first import then sorts one
-- index fewer, a tenth of its time.
DROP INDEX member_id_hash;
DROP INDEX member_id_last4;
CREATE UNIQUE INDEX member_id_number ON member (id_last4, id_hash);
)sql";

// Migration 7: a member's ID number, phones and address sealed together.
inline constexpr const char* MemberSecretsV7 = R"sql(
-- One sealed value per member instead of one per item: each costs 40 bytes (nonce and tag)
-- and a first import of a million members a second. Rows of the older form (the ID number
-- alone in this column, the others in theirs) are read as they are: resealing needs the
-- key, which a migration does not have; each is rewritten in the new form when next changed.
ALTER TABLE member RENAME COLUMN id_sealed TO secrets_sealed;
)sql";

// Version 8's member columns, in its order (rowid kept: it orders members added together).
#define REDGRID_MEMBER_V8_COLUMNS                                                                            \
    "rowid, id, org_id, status, name, id_last4, id_hash, mobile_last4, landline_last4, sort_pinyin, spell, " \
    "initials, spell_alt, initials_alt, sex, ethnicity, secrets_sealed, birth_date, education, degree, "     \
    "category, joined_on, converted_on, probation_extension, job_post, mobile_sealed, mobile_hash, "         \
    "landline_sealed, landline_hash, address_sealed, residence_node_id, native_place, work_unit, "           \
    "work_post, standing, lost_contact_on, lost_contact_reason, is_mobile, mobile_destination, "             \
    "dual_node_id, dual_registered_on, skills, hardship, exempt, remarks, sort_stroke, created_at, "         \
    "modified_at"

// Migration 8: members' indexed columns first in the row. The member table as it is now.
inline constexpr const char* MemberTableV8 = R"sql(
-- SQLite finds a column by walking the types of every column before it in the row's
-- header: building an index over the last columns of a million rows read as much again as
-- over the first ones (a first import builds 7 such indexes, after dropping them). The
-- columns the indexes hold now come first; the others keep their order. Version 7's rows
-- are copied as they are (sealed values included: they are bound to the member's id).
CREATE TABLE member_v8 (
    id                  BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    org_id              BLOB NOT NULL REFERENCES party_org (id),
    status              TEXT NOT NULL DEFAULT 'active'
                            CHECK (status = 'active' OR status = 'transferred_out' OR status = 'departed' OR status = 'deceased'),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    id_last4            TEXT NOT NULL,
    id_hash             BLOB NOT NULL,             -- unique with id_last4: member_id_number
    mobile_last4        TEXT NOT NULL DEFAULT '',
    landline_last4      TEXT NOT NULL DEFAULT '',
    sort_pinyin         TEXT NOT NULL,
    spell               TEXT NOT NULL,
    initials            TEXT NOT NULL,
    spell_alt           TEXT,
    initials_alt        TEXT,
    sex                 TEXT NOT NULL DEFAULT '',
    ethnicity           TEXT NOT NULL DEFAULT '',
    secrets_sealed      BLOB NOT NULL,             -- ID number, phones, address (MemberSecrets)
    birth_date          TEXT,
    education           TEXT NOT NULL DEFAULT '',
    degree              TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL CHECK (category IN ('1', '2')),   -- 1 正式, 2 预备
    joined_on           TEXT,
    converted_on        TEXT,
    probation_extension INTEGER NOT NULL DEFAULT 0 CHECK (probation_extension BETWEEN 0 AND 12),  -- months
    job_post            TEXT NOT NULL DEFAULT '',
    mobile_sealed       BLOB,                        -- rows sealed before version 7 only
    mobile_hash         BLOB,                        -- NULL: no mobile
    landline_sealed     BLOB,                        -- rows sealed before version 7 only
    landline_hash       BLOB,
    address_sealed      BLOB,                        -- rows sealed before version 7 only
    residence_node_id   BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,
    native_place        TEXT NOT NULL DEFAULT '',
    work_unit           TEXT NOT NULL DEFAULT '',
    work_post           TEXT NOT NULL DEFAULT '',
    standing            TEXT NOT NULL DEFAULT '1' CHECK (standing IN ('1', '2')),  -- 1 正常, 2 停止党籍
    lost_contact_on     TEXT,
    lost_contact_reason TEXT NOT NULL DEFAULT '',
    is_mobile           INTEGER NOT NULL DEFAULT 0 CHECK (is_mobile IN (0, 1)),  -- 流动党员
    mobile_destination  TEXT NOT NULL DEFAULT '',
    dual_node_id        BLOB REFERENCES hierarchy_node (id) ON DELETE SET NULL,  -- 双报到 community
    dual_registered_on  TEXT,
    skills              TEXT NOT NULL DEFAULT '',
    hardship            INTEGER NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1)),
    exempt              INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    remarks             TEXT NOT NULL DEFAULT '',
    sort_stroke         BLOB NOT NULL,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL
);
)sql"
                                             "INSERT INTO member_v8 (" REDGRID_MEMBER_V8_COLUMNS
                                             ") SELECT " REDGRID_MEMBER_V8_COLUMNS " FROM member;"
                                             R"sql(
DROP TABLE member;
ALTER TABLE member_v8 RENAME TO member;
CREATE UNIQUE INDEX member_id_number ON member (id_last4, id_hash);
CREATE INDEX member_org ON member (org_id, status);
CREATE INDEX member_sort_pinyin ON member (sort_pinyin);
CREATE INDEX member_spell ON member (spell, status);
CREATE INDEX member_initials ON member (initials, spell, status);
CREATE INDEX member_name ON member (name, status);
CREATE INDEX member_spell_alt ON member (spell_alt, status) WHERE spell_alt IS NOT NULL;
CREATE INDEX member_initials_alt ON member (initials_alt, spell_alt, status) WHERE initials_alt IS NOT NULL;
CREATE INDEX member_mobile_last4 ON member (mobile_last4, status);
CREATE INDEX member_landline_last4 ON member (landline_last4) WHERE landline_last4 <> '';
)sql";
#undef REDGRID_MEMBER_V8_COLUMNS

// Migration 9 (a step): members' pinyin order with tones, as in the dictionary.
inline constexpr const char* MemberSortV9 = R"sql(
-- Nothing changes in the schema: resortMemberNames recomputes sort_pinyin for every member.
)sql";

// Migration 10.
inline constexpr const char* MemberKeysV10 = R"sql(
-- Nothing changes in the schema: rekeyMemberNames recomputes every member's name keys.
)sql";

// Registers the roster's migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::roster
