#include "Connection.h"
#include "ForeignKeysOff.h"
#include "Schema.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "audit/AuditSchema.h"
#include "names/NameReadings.h"
#include "names/UserReadings.h"
#include "roster/Masking.h"
#include "roster/MemberSecrets.h"
#include "security/SecuritySetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <array>
#include <stdexcept>

namespace redgrid::storage {
namespace {

struct Migration
{
    int version;
    const char* description;
    const char* sql;
    // Data a statement cannot compute (pinyin, encryption).
    void (*afterSql)(Connection&, const Schema::Upgrade&) = nullptr;
};

// Migration 2: the pinyin search spellings of the names already in the hierarchy.
void spellHierarchyNames(Connection& db, const Schema::Upgrade&)
{
    const auto readings = names::loadReadings(db);
    auto read = db.prepare("SELECT id, name FROM hierarchy_node WHERE spell = ''");
    auto write = db.prepare("UPDATE hierarchy_node SET spell = ? WHERE id = ?");
    while (read.step()) {
        write.bindAll(names::searchSpell(*readings, read.text(1), names::NameKind::Place), read.id(0));
        write.run();
    }
}

// Migration 9: members' pinyin sort keys in the dictionary's order, tones included
// (names::NameKeys::sortKey); the keys stored before it ignored tones and mixed 王 and 汪.
void resortMemberNames(Connection& db, const Schema::Upgrade&)
{
    const auto readings = names::loadReadings(db);
    auto read = db.prepare("SELECT rowid, name FROM member");
    auto write = db.prepare("UPDATE member SET sort_pinyin = ? WHERE rowid = ?");
    while (read.step()) {
        const QString name = read.text(1);
        // As roster::MemberEncoder writes it: ties fall to the characters.
        write.bindAll(
            readings->keysFor(name, names::NameKind::Person).sortKey + QChar(1) + name, read.int64(0));
        write.run();
    }
}

// The member indexes of version 3 (version 2's, over the table rebuilt with sealed columns).
constexpr const char* MemberIndexesV3 = R"sql(
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

// Columns version 2 and 3 of the member table share.
#define MEMBER_V2_V3_COLUMNS                                                                                 \
    "id, org_id, name, sex, ethnicity, birth_date, education, degree, category, joined_on, converted_on, "   \
    "probation_extension, job_post, residence_node_id, native_place, work_unit, work_post, standing, "       \
    "status, lost_contact_on, lost_contact_reason, is_mobile, mobile_destination, dual_node_id, "            \
    "dual_registered_on, skills, hardship, exempt, remarks, sort_pinyin, sort_stroke, spell, initials, "     \
    "spell_alt, initials_alt, created_at, modified_at"

// Migration 3, after its SQL: the first administrator and the master key, then every
// member's ID number, phones and address sealed into the rebuilt table. The plain table is
// dropped; secure_delete (DatabaseFile::configure) zeroes the pages it leaves behind.
void secureDatabase(Connection& db, const Schema::Upgrade& upgrade)
{
    if (!upgrade.firstAdministrator)
        throw std::logic_error("schema version 3 needs the first administrator");
    db.exec(audit::AuditSchemaSql);
    security::SecuredDatabase secured = security::SecuritySetup::secure(db, *upgrade.firstAdministrator);
    const security::DatabaseKeys& keys = secured.session->keys();

    auto read = db.prepare("SELECT id, id_number, mobile, landline, address FROM member");
    auto write = db.prepare("INSERT INTO member_v3 (" MEMBER_V2_V3_COLUMNS ", id_hash, id_sealed, id_last4, "
                            "mobile_sealed, mobile_hash, mobile_last4, landline_sealed, landline_hash, "
                            "landline_last4, address_sealed) SELECT " MEMBER_V2_V3_COLUMNS
                            ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM member WHERE id = ?");
    const auto nullIfEmpty
        = [](const QByteArray& b) { return b.isEmpty() ? std::nullopt : std::optional(b); };
    while (read.step()) {
        const RecordId id = read.id(0);
        const auto sealed = roster::MemberSecrets::seal(
            keys, id, { read.text(1), read.text(2), read.text(3), read.text(4) });
        // In the form of version 7 (all four sealed together in id_sealed, which version 7
        // renames), which the roster reads as well as version 3's.
        write.bindAll(sealed.idHash, sealed.sealed, sealed.idLast4, std::optional<QByteArray>(),
            nullIfEmpty(sealed.mobileHash), sealed.mobileLast4, std::optional<QByteArray>(),
            nullIfEmpty(sealed.landlineHash), sealed.landlineLast4, std::optional<QByteArray>(), id);
        write.run();
    }
    read.reset();
    db.exec("DROP TABLE member; ALTER TABLE member_v3 RENAME TO member;");
    db.exec(MemberIndexesV3);

    // Version 2 kept an address change's old and new text in the member's history.
    auto events = db.prepare(
        "SELECT id, details FROM member_event WHERE json_type(details, '$.fields.address') = 'object'");
    auto rewrite = db.prepare("UPDATE member_event SET details = ? WHERE id = ?");
    while (events.step()) {
        QJsonObject details = QJsonDocument::fromJson(events.text(1).toUtf8()).object();
        QJsonObject fields = details.value(QStringLiteral("fields")).toObject();
        const QString after
            = fields.value(QStringLiteral("address")).toObject().value(QStringLiteral("to")).toString();
        fields.insert(QStringLiteral("address"),
            QJsonObject { { QStringLiteral("masked"), roster::maskAddress(after) } });
        details.insert(QStringLiteral("fields"), fields);
        rewrite.bindAll(
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), events.id(0));
        rewrite.run();
    }
    if (upgrade.secured)
        *upgrade.secured = secured;
}

// Migration 5: the member table's status check without an IN list. SQLite checks
// `x IN (a, b, c, …)` of three or more values by building a temporary b-tree of the values,
// each time the check runs: on every insert and update of a member, a quarter of the cost of
// writing one (measured: a 1,000,000-member import spent 1.5 s on it). The equivalent chain
// of comparisons costs nothing. Every row satisfies both, so the table's text is changed
// in place, as SQLite documents for changes that leave the stored rows as they are
// (https://sqlite.org/lang_altertable.html, "otherwise … writable_schema").
void checkMemberStatusWithoutInList(Connection& db, const Schema::Upgrade&)
{
    const QString before
        = QStringLiteral("CHECK (status IN ('active', 'transferred_out', 'departed', 'deceased'))");
    const QString after = QStringLiteral("CHECK (status = 'active' OR status = 'transferred_out' "
                                         "OR status = 'departed' OR status = 'deceased')");
    auto read = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'member'");
    if (!read.step())
        throw std::logic_error("schema version 5 needs the member table");
    const QString sql = read.text(0);
    read.reset();
    if (sql.count(before) != 1)
        throw std::logic_error("the member table's status check is not version 4's");
    const qint64 schemaVersion = db.pragmaInt("schema_version");
    db.exec("PRAGMA writable_schema = ON");
    struct WritableSchemaOff  // also when a statement below throws
    {
        Connection& db;
        ~WritableSchemaOff()
        {
            try {
                db.exec("PRAGMA writable_schema = OFF");
            } catch (const SqliteError&) {  // nothing to add to the failure being reported
            }
        }
    } off { db };
    auto write = db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'member'");
    write.bindAll(QString(sql).replace(before, after));
    write.run();
    // The new text is read when the schema is next loaded: with the version changed, now.
    db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
}

// Version 8's member columns, in its order (rowid kept: it orders members added together).
#define MEMBER_V8_COLUMNS                                                                                    \
    "rowid, id, org_id, status, name, id_last4, id_hash, mobile_last4, landline_last4, sort_pinyin, spell, " \
    "initials, spell_alt, initials_alt, sex, ethnicity, secrets_sealed, birth_date, education, degree, "     \
    "category, joined_on, converted_on, probation_extension, job_post, mobile_sealed, mobile_hash, "         \
    "landline_sealed, landline_hash, address_sealed, residence_node_id, native_place, work_unit, "           \
    "work_post, standing, lost_contact_on, lost_contact_reason, is_mobile, mobile_destination, "             \
    "dual_node_id, dual_registered_on, skills, hardship, exempt, remarks, sort_stroke, created_at, "         \
    "modified_at"

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
    Migration { 3, "accounts, key slots, the audit log; ID numbers, phones and addresses sealed",
        R"sql(
-- People who sign in. scope_node_id NULL: the whole database (the first administrator).
CREATE TABLE account (
    id                  BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    username            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    display_name        TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL CHECK (role IN ('district_admin', 'street_admin',
                            'community_secretary', 'grid_worker', 'auditor')),
    scope_node_id       BLOB REFERENCES hierarchy_node (id),
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER NOT NULL DEFAULT 0,      -- ms; after too many wrong passwords
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),  -- locked by an administrator
    password_changed_at INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL
);

-- The master key wrapped under each account's password (Argon2id) and under the recovery key.
CREATE TABLE key_slot (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    account_id  BLOB UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('password', 'recovery')),
    salt        BLOB NOT NULL,
    ops_limit   INTEGER NOT NULL,
    mem_limit   INTEGER NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    CHECK ((kind = 'recovery') = (account_id IS NULL))
);
CREATE UNIQUE INDEX key_slot_one_recovery ON key_slot (kind) WHERE kind = 'recovery';

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
)sql",
        secureDatabase },
    Migration { 4, "the uniqueness of members' ID numbers as an index of its own",
        R"sql(
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
)sql",
        nullptr },
    Migration { 5, "the member status check as comparisons (no temporary b-tree per write)", "",
        checkMemberStatusWithoutInList },
    Migration { 6, "one index for members' ID numbers: unique, and searched by the last 4 digits",
        R"sql(
-- The full number is found by its last 4 digits and its keyed hash together (both derive
-- from the number, so the pair is unique exactly when the hash is); a search by the last 4
-- digits alone reads the few rows it finds for their status. A first import then sorts one
-- index fewer, a tenth of its time.
DROP INDEX member_id_hash;
DROP INDEX member_id_last4;
CREATE UNIQUE INDEX member_id_number ON member (id_last4, id_hash);
)sql",
        nullptr },
    Migration { 7, "a member's ID number, phones and address sealed together",
        R"sql(
-- One sealed value per member instead of one per item: each costs 40 bytes (nonce and tag)
-- and a first import of a million members a second. Rows of the older form (the ID number
-- alone in this column, the others in theirs) are read as they are: resealing needs the
-- key, which a migration does not have; each is rewritten in the new form when next changed.
ALTER TABLE member RENAME COLUMN id_sealed TO secrets_sealed;
)sql",
        nullptr },
    Migration { 8, "members' indexed columns first in the row",
        R"sql(
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
        "INSERT INTO member_v8 (" MEMBER_V8_COLUMNS ") SELECT " MEMBER_V8_COLUMNS " FROM member;"
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
)sql",
        nullptr },
    Migration { 9, "members' pinyin order with tones, as in the dictionary",
        R"sql(
-- Nothing changes in the schema: resortMemberNames recomputes sort_pinyin for every member.
)sql",
        resortMemberNames },
};

}  // namespace

int Schema::latestVersion()
{
    return migrations.back().version;
}

void Schema::migrate(Connection& connection, int targetVersion, const Upgrade& upgrade)
{
    // Rebuilding a table that others reference needs foreign keys off (SQLite's documented
    // procedure); the check at the end proves nothing was broken. The pragma is a no-op inside
    // a transaction: a caller's transaction is on a new, empty file, where nothing references.
    const ForeignKeysOff foreignKeysOff(connection);
    Transaction transaction(connection);
    const int current = connection.pragmaInt("user_version");
    for (const Migration& migration : migrations) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        connection.exec(migration.sql);
        if (migration.afterSql)
            migration.afterSql(connection, upgrade);
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
