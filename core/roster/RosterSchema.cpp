#include "RosterSchema.h"

#include "Masking.h"
#include "MemberSecrets.h"
#include "names/NameReadings.h"
#include "names/UserReadings.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/SqliteError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace redgrid::roster {
namespace {

// Columns version 2 and 3 of the member table share.
#define MEMBER_V2_V3_COLUMNS                                                                                 \
    "id, org_id, name, sex, ethnicity, birth_date, education, degree, category, joined_on, converted_on, "   \
    "probation_extension, job_post, residence_node_id, native_place, work_unit, work_post, standing, "       \
    "status, lost_contact_on, lost_contact_reason, is_mobile, mobile_destination, dual_node_id, "            \
    "dual_registered_on, skills, hardship, exempt, remarks, sort_pinyin, sort_stroke, spell, initials, "     \
    "spell_alt, initials_alt, created_at, modified_at"

// Migration 3, after security's part has made the master key and signed the first
// administrator in: every member's ID number, phones and address sealed into the rebuilt
// table. The plain table is dropped; secure_delete (DatabaseFile::configure) zeroes the pages
// it leaves behind.
void sealMembers(storage::Connection& db, const storage::Upgrade&)
{
    const security::Session* session = security::Session::of(db);
    if (!session)
        throw std::logic_error("schema version 3 seals members under the key of its first administrator, "
                               "who is not signed in (security's part of the version has not run)");
    const security::DatabaseKeys& keys = session->keys();

    auto read = db.prepare("SELECT id, id_number, mobile, landline, address FROM member");
    auto write = db.prepare("INSERT INTO member_v3 (" MEMBER_V2_V3_COLUMNS ", id_hash, id_sealed, id_last4, "
                            "mobile_sealed, mobile_hash, mobile_last4, landline_sealed, landline_hash, "
                            "landline_last4, address_sealed) SELECT " MEMBER_V2_V3_COLUMNS
                            ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM member WHERE id = ?");
    const auto nullIfEmpty
        = [](const QByteArray& b) { return b.isEmpty() ? std::nullopt : std::optional(b); };
    while (read.step()) {
        const RecordId id = read.id(0);
        const auto sealed
            = MemberSecrets::seal(keys, id, { read.text(1), read.text(2), read.text(3), read.text(4) });
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
        fields.insert(
            QStringLiteral("address"), QJsonObject { { QStringLiteral("masked"), maskAddress(after) } });
        details.insert(QStringLiteral("fields"), fields);
        rewrite.bindAll(
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), events.id(0));
        rewrite.run();
    }
}

// Migration 5: the member table's status check without an IN list. SQLite checks
// `x IN (a, b, c, …)` of three or more values by building a temporary b-tree of the values,
// each time the check runs: on every insert and update of a member, a quarter of the cost of
// writing one (measured: a 1,000,000-member import spent 1.5 s on it). The equivalent chain
// of comparisons costs nothing. Every row satisfies both, so the table's text is changed
// in place, as SQLite documents for changes that leave the stored rows as they are
// (https://sqlite.org/lang_altertable.html, "otherwise … writable_schema").
void checkMemberStatusWithoutInList(storage::Connection& db, const storage::Upgrade&)
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
        storage::Connection& db;
        ~WritableSchemaOff()
        {
            try {
                db.exec("PRAGMA writable_schema = OFF");
            } catch (const storage::SqliteError&) {  // nothing to add to the failure being reported
            }
        }
    } off { db };
    auto write = db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'member'");
    write.bindAll(QString(sql).replace(before, after));
    write.run();
    // The new text is read when the schema is next loaded: with the version changed, now.
    db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
}

// Migration 9: members' pinyin sort keys in the dictionary's order, tones included
// (names::NameKeys::sortKey); the keys stored before it ignored tones and mixed 王 and 汪.
void resortMemberNames(storage::Connection& db, const storage::Upgrade&)
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

// Version 10: the readings table now holds every surname the dictionaries read apart from the
// character (肖 xiāo, 长 cháng, 中行 zhōng háng …): every member's sort and search keys are
// computed again, as MemberEncoder writes them, so old and new members sort and are found alike.
void rekeyMemberNames(storage::Connection& db, const storage::Upgrade&)
{
    const auto readings = names::loadReadings(db);
    auto read = db.prepare("SELECT rowid, name FROM member");
    auto write = db.prepare("UPDATE member SET sort_pinyin = ?, sort_stroke = ?, spell = ?, initials = ?, "
                            "spell_alt = ?, initials_alt = ? WHERE rowid = ?");
    const auto second = [](const QStringList& list) {
        return list.size() > 1 ? std::optional<QString>(list.at(1)) : std::nullopt;
    };
    while (read.step()) {
        const QString name = read.text(1);
        const names::NameKeys keys = readings->keysFor(name, names::NameKind::Person);
        write.bindAll(keys.sortKey + QChar(1) + name, keys.strokeKey, keys.spellings.value(0),
            keys.initials.value(0), second(keys.spellings), second(keys.initials), read.int64(0));
        write.run();
    }
}

}  // namespace

void registerMigrations()
{
    using storage::Schema::add;
    add({ .version = 2,
        .part = 3,
        .domain = "roster",
        .description = "members and their history",
        .sql = MemberTablesV2 });
    add({ .version = 3,
        .part = 2,
        .domain = "roster",
        .description = "members' ID numbers, phones and addresses sealed",
        .sql = MemberTableV3,
        .step = sealMembers });
    add({ .version = 4,
        .domain = "roster",
        .description = "the uniqueness of members' ID numbers as an index of its own",
        .sql = MemberTableV4 });
    add({ .version = 5,
        .domain = "roster",
        .description = "the member status check as comparisons (no temporary b-tree per write)",
        .step = checkMemberStatusWithoutInList });
    add({ .version = 6,
        .domain = "roster",
        .description = "one index for members' ID numbers: unique, and searched by the last 4 digits",
        .sql = MemberIdIndexV6 });
    add({ .version = 7,
        .domain = "roster",
        .description = "a member's ID number, phones and address sealed together",
        .sql = MemberSecretsV7 });
    add({ .version = 8,
        .domain = "roster",
        .description = "members' indexed columns first in the row",
        .sql = MemberTableV8 });
    add({ .version = 9,
        .domain = "roster",
        .description = "members' pinyin order with tones, as in the dictionary",
        .sql = MemberSortV9,
        .step = resortMemberNames });
    add({ .version = 10,
        .domain = "roster",
        .description = "members' name keys with the completed surname readings",
        .sql = MemberKeysV10,
        .step = rekeyMemberNames });
}

}  // namespace redgrid::roster
