// The tamper-evident audit log (core/audit): appending and sealing the chain, verifying it
// against the attacks of someone with the sqlite3 shell but without a password (edited,
// deleted, swapped, forged and cut-off entries), the triggers that keep the table
// append-only and its young entries, the remembered chain head, removing old entries from
// the start, the viewer's filters, and exports read back as CSV and XLSX.
#include "audit/AuditChain.h"
#include "audit/AuditDetails.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "audit/AuditMac.h"
#include "audit/AuditSchema.h"
#include "audit/AuditWording.h"
#include "audit/ChainHeadStore.h"
#include "common/Utf16.h"
#include "format/CsvReader.h"
#include "format/TextDecoder.h"
#include "format/XlsxReader.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::audit;
using Problem = VerifyReport::Problem;

namespace {

const QByteArray Key(AuditMac::KeySize, '\x5a');
const QByteArray OtherKey(AuditMac::KeySize, '\x33');

qint64 monthsAgo(int months)
{
    return QDateTime::currentDateTimeUtc().addMonths(-months).toMSecsSinceEpoch();
}

// A fresh audit table in a real SQLite file, as migration 3 creates it.
struct AuditDb
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db;

    AuditDb()
        : db(storage::Connection::open(
            dir.path(QStringLiteral("audit.redgrid")), storage::Connection::OpenMode::ReadWriteCreate))
    {
        db->exec(AuditSchemaSql);
    }

    // What someone with the sqlite3 shell does first.
    void dropTriggers()
    {
        db->exec("DROP TRIGGER audit_entry_keep_young; DROP TRIGGER audit_entry_sealed; "
                 "DROP TRIGGER audit_entry_removed;");
    }
    // What this computer remembers: the entries it appended without the key.
    ChainMemory memory;

    // A failed sign-in: appended unsealed, and remembered as RedGrid's own.
    AuditEntry appendWithoutKey(const AuditRecord& record)
    {
        const auto added = AuditLog(*db, {}).append(record);
        REQUIRE(added.ok());
        memory.pending.append({ added->seq, AuditMac::digest(*added) });
        return *added;
    }
    // A log with the key that may seal what this computer appended without it.
    std::unique_ptr<AuditLog> keyedLog(const QByteArray& key = Key)
    {
        auto log = std::make_unique<AuditLog>(*db, key);
        log->setSealable([this] { return memory.pending; });
        return log;
    }
    VerifyReport verify(const QByteArray& key = Key, std::optional<ChainHead> remembered = std::nullopt)
    {
        ChainMemory known = memory;
        known.head = remembered;
        return verifyChain(*db, key, known);
    }
};

// A change of a member's name: real Chinese text in the details.
AuditRecord memberChanged(const QString& user, const QString& oldName, const QString& newName)
{
    AuditRecord record;
    record.accountId = RecordId::generate();
    record.username = user;
    record.action = AuditAction::Changed;
    record.targetTable = QStringLiteral("member");
    record.targetId = RecordId::generate();
    record.details = AuditDetails::changes({ { QStringLiteral("name"), oldName, newName },
        { QStringLiteral("id_number"), QStringLiteral("500105********1234"),
            QStringLiteral("500105********1234") } });
    return record;
}

AuditRecord loginOf(const QString& user, bool succeeded = true)
{
    AuditRecord record;
    record.username = user;
    record.action = succeeded ? AuditAction::Login : AuditAction::LoginFailed;
    record.succeeded = succeeded;
    return record;
}

// Entries 1..count: logins and name changes by 张三 and 李四.
void fill(AuditLog& log, int count)
{
    for (int i = 0; i < count; ++i) {
        const auto added = (i % 2 == 0)
            ? log.append(loginOf(i % 4 == 0 ? s(u"张三") : s(u"李四")))
            : log.append(memberChanged(s(u"张三"), s(u"王小明"), s(u"王晓明%1").arg(i)));
        REQUIRE(added.ok());
    }
}

void requireBroken(const VerifyReport& report, Problem problem, qint64 seq)
{
    INFO(report.message().toStdString());
    REQUIRE(report.outcome == VerifyReport::Outcome::Broken);
    CHECK(report.problem == problem);
    CHECK(report.brokenSeq == seq);
}

QList<QStringList> readXlsx(const QString& path)
{
    auto reader = format::XlsxReader::open(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->sheets() == QStringList { QStringLiteral("Audit log") });
    auto sheet = (*reader)->openSheet();
    REQUIRE(sheet.ok());
    QList<QStringList> rows;
    format::SheetRow row;
    for (;;) {
        const auto more = (*sheet)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            return rows;
        QStringList cells;
        for (const auto& cell : row.cells)
            cells << cell.text;
        rows << cells;
    }
}

std::string refusal(storage::Connection& db, const char* sql)
{
    try {
        db.exec(sql);
    } catch (const storage::SqliteError& e) {
        return e.message().toStdString();
    }
    return {};
}

}  // namespace

TEST_CASE("Appended entries form a sealed chain that verifies as intact", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 6);

    const auto entries = log.list({});
    REQUIRE(entries.size() == 6);
    CHECK(entries.front().seq == 6);  // newest first
    for (const AuditEntry& entry : entries) {
        CHECK(entry.isSealed());
        CHECK(entry.mac.size() == AuditMac::Size);
        CHECK(!entry.id.isNull());
    }
    // Stored as UTF-8 text, not \u escapes: the viewer's search finds Chinese names.
    const auto changed = log.entry(2);
    REQUIRE(changed);
    CHECK(changed->details.contains(s(u"王晓明1")));
    CHECK(!changed->details.contains(QStringLiteral("id_number")));  // unchanged fields are left out
    CHECK(changed->action == QStringLiteral("changed"));
    CHECK(changed->targetTable == QStringLiteral("member"));

    const VerifyReport report = a.verify();
    INFO(report.message().toStdString());
    CHECK(report.isIntact());
    CHECK(report.verified == 6);
    CHECK(report.entries == 6);
    REQUIRE(report.head);
    CHECK(report.head->seq == 6);
    CHECK(report.head->mac == log.entry(6)->mac);
    CHECK(*log.head() == *report.head);
    CHECK(macStatus(*log.entry(3), &report) == MacStatus::Verified);

    // A MAC covers every column it should: each serialised field changes it.
    AuditEntry entry = *log.entry(3);
    const QByteArray mac = AuditMac::compute(Key, entry, log.entry(2)->mac);
    CHECK(mac == entry.mac);
    entry.succeeded = !entry.succeeded;
    CHECK(AuditMac::compute(Key, entry, log.entry(2)->mac) != mac);
    entry = *log.entry(3);
    entry.accountId = RecordId::generate();
    CHECK(AuditMac::compute(Key, entry, log.entry(2)->mac) != mac);
    CHECK(AuditMac::compute(Key, *log.entry(3), log.entry(1)->mac) != mac);
}

TEST_CASE("An edited entry is caught at its seq", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 6);
    a.dropTriggers();

    SECTION("its details")
    {
        a.db->exec(R"(UPDATE audit_entry SET details = '{"changes":{"name":{"new":"赵六","old":"王小明"}}}'
                      WHERE seq = 4)");
        const VerifyReport report = a.verify();
        requireBroken(report, Problem::Edited, 4);
        CHECK(report.verified == 3);
        CHECK(macStatus(*log.entry(3), &report) == MacStatus::Verified);
        CHECK(macStatus(*log.entry(4), &report) == MacStatus::Broken);
        CHECK(macStatus(*log.entry(5), &report) == MacStatus::AfterBreak);
        CHECK(report.message().contains(QStringLiteral("Entry 4 has been altered")));
    }
    SECTION("who did it")
    {
        a.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 2");
        requireBroken(a.verify(), Problem::Edited, 2);
    }
    SECTION("when, by a millisecond")
    {
        a.db->exec("UPDATE audit_entry SET at = at + 1 WHERE seq = 6");
        requireBroken(a.verify(), Problem::Edited, 6);
    }
    SECTION("whether it succeeded")
    {
        a.db->exec("UPDATE audit_entry SET succeeded = 0 WHERE seq = 1");
        requireBroken(a.verify(), Problem::Edited, 1);
    }
    SECTION("its MAC taken away, to pass it off as not sealed yet")
    {
        a.db->exec("UPDATE audit_entry SET mac = NULL WHERE seq = 3");
        requireBroken(a.verify(), Problem::SealRemoved, 3);
    }
    CHECK(a.verify().protectionMissing);
}

TEST_CASE("A deleted entry is caught", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 6);
    // With the triggers, a young entry cannot be deleted at all.
    CHECK_THAT(refusal(*a.db, "DELETE FROM audit_entry WHERE seq = 3"), Catch::Contains("6 months"));
    CHECK(a.verify().isIntact());

    a.dropTriggers();
    SECTION("one")
    {
        a.db->exec("DELETE FROM audit_entry WHERE seq = 3");
        const VerifyReport report = a.verify();
        requireBroken(report, Problem::Deleted, 3);
        CHECK(report.otherSeq == 3);
        CHECK(report.verified == 2);
        CHECK(report.message().contains(QStringLiteral("Entry 3 has been deleted")));
    }
    SECTION("several")
    {
        a.db->exec("DELETE FROM audit_entry WHERE seq IN (4, 5)");
        const VerifyReport report = a.verify();
        requireBroken(report, Problem::Deleted, 4);
        CHECK(report.otherSeq == 5);
    }
    SECTION("one, with the later entries renumbered to close the gap")
    {
        a.db->exec(
            "DELETE FROM audit_entry WHERE seq = 3; UPDATE audit_entry SET seq = seq - 1 WHERE seq > 3");
        requireBroken(a.verify(), Problem::Edited, 3);
    }
    SECTION("the first ones, which are not old enough to go")
    {
        a.db->exec("DELETE FROM audit_entry WHERE seq <= 2");
        const VerifyReport report = a.verify();
        requireBroken(report, Problem::Deleted, 1);
        CHECK(report.otherSeq == 2);
    }
}

TEST_CASE("A swapped pair of entries is caught", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 6);
    a.dropTriggers();
    // seq is UNIQUE: through a free number, as one would in the sqlite3 shell.
    const auto swap = [&](int x, int y) {
        const QString sql = QStringLiteral("UPDATE audit_entry SET seq = 1000 WHERE seq = %1; "
                                           "UPDATE audit_entry SET seq = %1 WHERE seq = %2; "
                                           "UPDATE audit_entry SET seq = %2 WHERE seq = 1000;")
                                .arg(x)
                                .arg(y);
        a.db->exec(sql);
    };

    SECTION("next to each other")
    {
        swap(3, 4);
        const VerifyReport report = a.verify();
        requireBroken(report, Problem::Swapped, 3);
        CHECK(report.otherSeq == 4);
        CHECK(report.message().contains(QStringLiteral("Entries 3 and 4 have been swapped")));
        CHECK(macStatus(*log.entry(4), &report) == MacStatus::Broken);
    }
    SECTION("apart")
    {
        swap(2, 5);
        const VerifyReport report = a.verify();
        requireBroken(report, Problem::Swapped, 2);
        CHECK(report.otherSeq == 5);
    }
    SECTION("their times swapped as well, so the order looks right")
    {
        swap(3, 4);
        a.db->exec(
            "UPDATE audit_entry SET at = 1000 WHERE seq = 3; UPDATE audit_entry SET at = 2000 WHERE seq = 4");
        CHECK(a.verify().isBroken());
        CHECK(a.verify().brokenSeq == 3);
    }
}

TEST_CASE("A cut-off tail is caught with the remembered head, and only with it", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 6);
    const QString installation = RecordId::generate().toString();
    ChainHeadStore heads(a.dir.path(QStringLiteral("profile")));
    REQUIRE(heads.remember(installation, *log.head()).ok());
    const auto remembered = heads.recall(installation);
    REQUIRE(remembered);
    CHECK(remembered->seq == 6);
    CHECK(a.verify(Key, remembered).isIntact());

    a.dropTriggers();
    a.db->exec("DELETE FROM audit_entry WHERE seq >= 5");

    // Without the head the shorter chain is a perfectly good chain: this is why the head
    // is kept outside the database.
    CHECK(a.verify(Key, std::nullopt).isIntact());

    const VerifyReport report = a.verify(Key, remembered);
    requireBroken(report, Problem::Truncated, 5);
    CHECK(report.otherSeq == 6);
    CHECK(report.verified == 4);
    CHECK(report.message().contains(QStringLiteral("Entries from 5 on are missing")));
    // No key is needed to see that the end is gone.
    requireBroken(a.verify(QByteArray(), remembered), Problem::Truncated, 5);

    SECTION("also when only the age rule was dropped, so the delete trigger kept the last one")
    {
        AuditDb b;
        AuditLog other(*b.db, Key);
        fill(other, 6);
        const ChainHead head = *other.head();
        b.db->exec("DROP TRIGGER audit_entry_keep_young; DELETE FROM audit_entry WHERE seq >= 5");
        CHECK(b.db->scalar("SELECT seq FROM audit_chain_start") == 6);
        CHECK(b.verify(Key, std::nullopt).isIntact());
        requireBroken(b.verify(Key, head), Problem::Truncated, 5);
        // And all of them: the kept entry is too young to have gone.
        b.db->exec("DELETE FROM audit_entry");
        requireBroken(b.verify(Key, std::nullopt), Problem::StartRemoved, 7);
    }
    SECTION("and refilled with new unsealed entries")
    {
        a.appendWithoutKey(loginOf(QStringLiteral("x")));
        a.appendWithoutKey(loginOf(QStringLiteral("x")));
        CHECK(a.verify(Key, std::nullopt).isIntact());
        requireBroken(a.verify(Key, remembered), Problem::Rewritten, 6);
    }
}

TEST_CASE("Entries forged without the right key are caught", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 4);

    SECTION("appended with another key")
    {
        AuditLog forger(*a.db, OtherKey);
        REQUIRE(forger.append(loginOf(QStringLiteral("admin"))).ok());
        requireBroken(a.verify(), Problem::Edited, 5);
        requireBroken(a.verify(OtherKey), Problem::Edited, 1);
    }
    SECTION("edited and the chain re-sealed with another key")
    {
        a.dropTriggers();
        a.db->exec("UPDATE audit_entry SET details = '{}', mac = NULL WHERE seq >= 3");
        // The forger's own program seals whatever it finds.
        AuditLog forger(*a.db, OtherKey);
        forger.setSealable([&] {
            QList<PendingEntry> all;
            for (qint64 seq = 3; seq <= 4; ++seq)
                all.append({ seq, AuditMac::digest(*log.entry(seq)) });
            return all;
        });
        REQUIRE(forger.sealPending().ok());
        requireBroken(a.verify(), Problem::Edited, 3);
    }
    SECTION("the key must have the right size")
    {
        CHECK_THROWS_AS(AuditLog(*a.db, QByteArray(16, 'k')), std::invalid_argument);
        CHECK_THROWS_AS(verifyChain(*a.db, QByteArray(31, 'k'), std::nullopt), std::invalid_argument);
    }
}

TEST_CASE("Entries appended without a key are sealed by the next append with one", "[audit]")
{
    AuditDb a;
    auto log = a.keyedLog();
    fill(*log, 2);

    // A failed login: no password opened the master key.
    const AuditEntry failed = a.appendWithoutKey(loginOf(s(u"陌生人"), false));
    CHECK(!failed.isSealed());
    CHECK(failed.seq == 3);
    CHECK(failed.accountId.isNull());
    a.appendWithoutKey(loginOf(s(u"陌生人"), false));
    CHECK(!AuditLog(*a.db, {}).sealPending().ok());

    VerifyReport report = a.verify();
    INFO(report.message().toStdString());
    CHECK(report.isIntact());  // not broken: only not sealed yet
    CHECK(report.unsealed == 2);
    CHECK(report.verified == 2);
    CHECK(report.head->seq == 2);
    CHECK(report.message().contains(QStringLiteral("not sealed yet")));
    CHECK(macStatus(*log->entry(3), &report) == MacStatus::NotSealed);
    CHECK(*log->head() == ChainHead { 2, log->entry(2)->mac });

    // Without a key nothing can be vouched for, but missing entries still show.
    const VerifyReport keyless = a.verify(QByteArray());
    CHECK(keyless.outcome == VerifyReport::Outcome::Unverified);
    CHECK(keyless.verified == 0);
    CHECK(macStatus(*log->entry(1), &keyless) == MacStatus::Sealed);

    SECTION("when this computer remembers appending them")
    {
        const auto login = log->append(loginOf(s(u"张三")));
        REQUIRE(login.ok());
        CHECK(login->seq == 5);
        for (qint64 seq = 1; seq <= 5; ++seq)
            CHECK(log->entry(seq)->isSealed());
        report = a.verify();
        CHECK(report.isIntact());
        CHECK(report.verified == 5);
        CHECK(report.unsealed == 0);
    }
    SECTION("but never one this computer did not append, nor one changed since")
    {
        a.dropTriggers();
        // Inserted with the sqlite3 shell: a failed login of someone else, unsealed.
        a.db->exec("INSERT INTO audit_entry (id, seq, at, username, action, details, succeeded, created_at, "
                   "modified_at) VALUES (randomblob(16), 5, 0, 'x', 'login_failed', '{}', 0, 0, 0)");
        a.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 4");
        requireBroken(a.verify(), Problem::Unsealed, 4);

        const auto login = log->append(loginOf(s(u"张三")));
        REQUIRE(login.ok());
        CHECK(login->isSealed());
        CHECK(log->entry(3)->isSealed());  // remembered as appended
        CHECK(!log->entry(4)->isSealed());  // changed since
        CHECK(!log->entry(5)->isSealed());  // never appended here
        // The new entry's MAC does not vouch for them: the chain shows where they are.
        requireBroken(a.verify(), Problem::SealRemoved, 4);
    }
}

TEST_CASE("Entries younger than 6 months cannot be deleted, older ones can", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    log.setClock([] { return monthsAgo(8); });
    fill(log, 1);
    log.setClock([] { return monthsAgo(5); });
    fill(log, 1);
    log.setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    fill(log, 1);

    CHECK_THAT(refusal(*a.db, "DELETE FROM audit_entry WHERE seq = 3"), Catch::Contains("6 months"));
    CHECK_THAT(refusal(*a.db, "DELETE FROM audit_entry WHERE seq = 2"), Catch::Contains("6 months"));
    CHECK(a.db->scalar("SELECT count(*) FROM audit_entry") == 3);
    CHECK(refusal(*a.db, "DELETE FROM audit_entry WHERE seq = 1").empty());
    CHECK(a.db->scalar("SELECT count(*) FROM audit_entry") == 2);
    CHECK(a.verify().isIntact());
}

TEST_CASE("Entries cannot be changed, only sealed once", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 2);
    AuditLog nobody(*a.db, {});
    REQUIRE(nobody.append(loginOf(QStringLiteral("guest"), false)).ok());

    const char* const refused[] = {
        "UPDATE audit_entry SET details = '{}' WHERE seq = 2",
        "UPDATE audit_entry SET username = 'admin' WHERE seq = 1",
        "UPDATE audit_entry SET mac = NULL WHERE seq = 1",
        "UPDATE audit_entry SET mac = zeroblob(32) WHERE seq = 2",
        "UPDATE audit_entry SET modified_at = 0 WHERE seq = 2",
        "UPDATE audit_entry SET username = 'admin' WHERE seq = 3",  // unsealed, but not its mac
        "UPDATE audit_entry SET seq = 9 WHERE seq = 3",
        "UPDATE audit_entry SET at = 0 WHERE seq = 3",
    };
    for (const char* sql : refused) {
        INFO(sql);
        CHECK_THAT(refusal(*a.db, sql), Catch::Contains("only sealed once"));
    }
    // Sealing an unsealed entry is the one change allowed.
    CHECK(refusal(*a.db, "UPDATE audit_entry SET mac = zeroblob(32), modified_at = 1 WHERE seq = 3").empty());
    CHECK_THAT(refusal(*a.db, "UPDATE audit_entry SET mac = NULL WHERE seq = 3"),
        Catch::Contains("only sealed once"));
    // That MAC was not made with the key.
    requireBroken(a.verify(), Problem::Edited, 3);
}

TEST_CASE("Old entries removed from the start leave a chain that verifies", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    log.setClock([] { return monthsAgo(9); });
    fill(log, 3);
    log.setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    fill(log, 4);
    const ChainHead seen = *log.head();

    const auto removed = log.removeOlderThan(QDateTime::currentMSecsSinceEpoch());
    REQUIRE(removed.ok());
    CHECK(*removed == 3);  // never the young ones
    VerifyReport report = a.verify(Key, seen);
    INFO(report.message().toStdString());
    CHECK(report.isIntact());
    CHECK(report.firstSeq == 4);
    CHECK(report.removedAtStart == 3);
    CHECK(report.verified == 4);
    CHECK(report.message().contains(QStringLiteral("Entries 1 to 3 were removed")));
    // The chain goes on where it was.
    const auto next = log.append(loginOf(s(u"张三")));
    REQUIRE(next.ok());
    CHECK(next->seq == 8);
    CHECK(a.verify(Key, seen).isIntact());

    SECTION("the first remaining entry is still checked")
    {
        a.dropTriggers();
        a.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 4");
        requireBroken(a.verify(), Problem::Edited, 4);
    }
    SECTION("young entries removed from the start are caught")
    {
        a.dropTriggers();
        a.db->exec("DELETE FROM audit_entry WHERE seq = 4");
        requireBroken(a.verify(), Problem::Deleted, 4);
    }
    SECTION("also when the record of the removed entries is forged to match")
    {
        a.dropTriggers();
        a.db->exec(
            "INSERT OR REPLACE INTO audit_chain_start SELECT 1, seq, id, at, account_id, username, action, "
            "target_table, target_id, details, succeeded, mac, (SELECT mac FROM audit_chain_start), "
            "created_at, modified_at FROM audit_entry WHERE seq = 4; "
            "DELETE FROM audit_entry WHERE seq = 4;");
        requireBroken(a.verify(), Problem::StartRemoved, 5);
    }
    SECTION("and when its time is made older")
    {
        a.dropTriggers();
        a.db->exec("UPDATE audit_chain_start SET at = 0");
        requireBroken(a.verify(), Problem::StartRemoved, 4);
    }
}

TEST_CASE("A log whose every entry was removed as old still knows its head", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    log.setSealable([&] { return a.memory.pending; });
    log.setClock([] { return monthsAgo(7); });
    fill(log, 3);
    const ChainHead seen = *log.head();
    REQUIRE(log.removeOlderThan(monthsAgo(6)).ok());
    CHECK(a.db->scalar("SELECT count(*) FROM audit_entry") == 0);
    CHECK(*log.head() == seen);
    const VerifyReport report = a.verify(Key, seen);
    INFO(report.message().toStdString());
    CHECK(report.isIntact());
    CHECK(report.removedAtStart == 3);
    // A failed login appends unsealed: the head is still the removed entry.
    a.appendWithoutKey(loginOf(s(u"陌生人"), false));
    CHECK(*log.head() == seen);
    const VerifyReport unsealed = a.verify(Key, seen);
    CHECK(unsealed.isIntact());
    CHECK(unsealed.unsealed == 1);
    CHECK(unsealed.head == seen);
    log.setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    REQUIRE(log.append(loginOf(s(u"张三"))).ok());
    CHECK(log.head()->seq == 5);
    CHECK(a.verify(Key, seen).isIntact());
    CHECK(a.verify(Key, seen).verified == 2);
}

TEST_CASE("The chain head store remembers per database and only moves forward", "[audit]")
{
    test::TempDir dir;
    ChainHeadStore store(dir.path(QStringLiteral("data")));
    const QString one = RecordId::generate().toString();
    const QString two = RecordId::generate().toString();
    CHECK(!store.recall(one));

    REQUIRE(store.remember(one, { 5, QByteArray(32, 'a') }).ok());
    REQUIRE(store.remember(two, { 2, QByteArray(32, 'b') }).ok());
    REQUIRE(store.remember(one, { 4, QByteArray(32, 'c') }).ok());  // older: ignored
    CHECK(
        ChainHeadStore(dir.path(QStringLiteral("data"))).recall(one) == ChainHead { 5, QByteArray(32, 'a') });
    CHECK(store.recall(two) == ChainHead { 2, QByteArray(32, 'b') });
    REQUIRE(store.remember(one, { 7, QByteArray(32, 'd') }).ok());
    CHECK(store.recall(one)->seq == 7);
    CHECK(QFileInfo(store.filePath()).fileName() == QStringLiteral("audit-heads.json"));

    // The default lives in the application's data folder (the test one here).
    CHECK(ChainHeadStore().filePath().endsWith(QStringLiteral("/audit-heads.json")));
}

TEST_CASE("The chain head store notices the file changed by another program", "[audit]")
{
    // The parsed file is kept between reads (every audit entry reads it): a change made
    // behind its back, in place and of the same size, must still be seen.
    test::TempDir dir;
    ChainHeadStore store(dir.path(QStringLiteral("data")));
    const QString one = RecordId::generate().toString();
    REQUIRE(store.remember(one, { 5, QByteArray(32, 'a') }).ok());
    CHECK(store.recall(one)->seq == 5);

    QFile file(store.filePath());
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("\"seq\": 5");
    REQUIRE(at > 0);
    bytes[at + 7] = '9';
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    CHECK(store.recall(one)->seq == 9);

    test::writeBytes(store.filePath(), QByteArray(bytes.size(), 'x'));
    CHECK(!store.recall(one));
    CHECK_FALSE(store.recallMemory(one).problem.isEmpty());
}

TEST_CASE("The viewer's filters select entries newest first", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    log.setClock([] { return QDateTime(QDate(2024, 3, 1), QTime(9, 0)).toMSecsSinceEpoch(); });
    fill(log, 4);
    log.setClock([] { return QDateTime(QDate(2024, 3, 2), QTime(23, 59)).toMSecsSinceEpoch(); });
    fill(log, 4);
    AuditLog nobody(*a.db, {});
    REQUIRE(nobody.append(loginOf(s(u"陌生人"), false)).ok());

    CHECK(log.count({}) == 9);
    CHECK(log.usernames() == QStringList { s(u"张三"), s(u"李四"), s(u"陌生人") });

    AuditFilter byUser;
    byUser.username = s(u"李四");
    CHECK(log.count(byUser) == 2);
    for (const AuditEntry& entry : log.list(byUser))
        CHECK(entry.username == s(u"李四"));

    AuditFilter byAction;
    byAction.action = auditActionKey(AuditAction::Changed);
    const auto changes = log.list(byAction);
    REQUIRE(changes.size() == 4);
    CHECK(changes.front().seq == 8);
    CHECK(changes.back().seq == 2);

    AuditFilter failed;
    failed.succeeded = false;
    CHECK(log.count(failed) == 1);

    AuditFilter text;
    text.text = s(u"王晓明3");
    REQUIRE(log.count(text) == 2);  // seq 4 and 8 (the 4th entry of each fill)
    text.text = QStringLiteral("MEMBER");
    CHECK(log.count(text) == 4);
    text.text = log.entry(2)->targetId.toString().toUpper();
    REQUIRE(log.list(text).size() == 1);
    CHECK(log.list(text).front().seq == 2);

    AuditFilter days;
    days.setDays(QDate(2024, 3, 2), QDate(2024, 3, 2));
    CHECK(log.count(days) == 4);
    days.setDays(QDate(2024, 3, 1), QDate(2024, 3, 1));
    CHECK(log.count(days) == 4);
    days.setDays(QDate(2024, 3, 3), QDate());
    CHECK(log.count(days) == 1);

    AuditFilter page;
    page.limit = 3;
    page.offset = 2;
    const auto paged = log.list(page);
    REQUIRE(paged.size() == 3);
    CHECK(paged.front().seq == 7);
    CHECK(paged.back().seq == 5);

    qint64 visited = 0;
    log.visit({}, [&](const AuditEntry&) { return ++visited < 5; });
    CHECK(visited == 5);
}

TEST_CASE("Details read as text: changed fields with their old and new values", "[audit]")
{
    AuditDb a;
    audit::AuditWording wording(*a.db);
    AuditEntry entry;
    entry.details = QString::fromUtf8(QJsonDocument(
        AuditDetails::changes(
            { { QStringLiteral("name"), s(u"张三"), s(u"张叁") },
                { QStringLiteral("mobile"), QJsonValue::Null, QStringLiteral("138****5678") },
                { QStringLiteral("sex"), QStringLiteral("1"), QStringLiteral("1") } },
            { { QStringLiteral("reason"),
                s(u"更正错字") } })).toJson(QJsonDocument::Compact));
    CHECK(wording.details(entry).toStdString()
        == s(u"mobile: — → 138****5678; name: 张三 → 张叁; reason: 更正错字").toStdString());
    entry.details = QStringLiteral("{\"rows\":42,\"file\":\"a.xlsx\"}");
    CHECK(wording.details(entry) == QStringLiteral("file: a.xlsx; rows: 42"));
    entry.details = QStringLiteral("not json");
    CHECK(wording.details(entry) == QStringLiteral("not json"));
}

TEST_CASE("Audit entries export to CSV and XLSX and read back", "[audit]")
{
    AuditDb a;
    AuditLog log(*a.db, Key);
    fill(log, 5);
    AuditLog nobody(*a.db, {});
    REQUIRE(nobody.append(loginOf(s(u"陌生人"), false)).ok());
    AuditFilter filter;
    filter.limit = 1;  // ignored by the export
    const auto at = [&](qint64 seq) { return AuditExport::timeText(log.entry(seq)->at); };

    SECTION("CSV")
    {
        const QString path = a.dir.path(QStringLiteral("审计日志.csv"));
        const auto written = AuditExport(*a.db, Key).write(path, filter);
        REQUIRE(written.ok());
        CHECK(*written == 6);
        const auto decoded = format::TextDecoder::decode(test::readBytes(path));
        REQUIRE(decoded.ok());
        const auto table = format::CsvReader::read(decoded->text);
        REQUIRE(table.ok());
        REQUIRE(table->records.size() == 7);
        CHECK(table->records[0].fields == AuditExport::header());
        const QStringList newest = table->records[1].fields;
        CHECK(newest
            == QStringList { QStringLiteral("6"), at(6), s(u"陌生人"), QStringLiteral("Login failed"),
                QString(), QString(), QStringLiteral("Failed"), QStringLiteral("Not sealed yet") });
        const QStringList change = table->records[5].fields;
        CHECK(change[0] == QStringLiteral("2"));
        CHECK(change[2] == s(u"张三"));
        CHECK(change[3] == QStringLiteral("Changed"));
        CHECK(change[4] == QStringLiteral("member ") + log.entry(2)->targetId.toString());
        CHECK(change[5] == s(u"name: 王小明 → 王晓明1"));
        CHECK(change[6] == QStringLiteral("Succeeded"));
        CHECK(change[7] == QStringLiteral("Verified"));
        CHECK(at(2).size() == 19);
    }
    SECTION("XLSX, with a broken chain")
    {
        a.dropTriggers();
        a.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 3");
        const QString path = a.dir.path(QStringLiteral("audit.xlsx"));
        filter.username = QStringLiteral("admin");
        REQUIRE(AuditExport(*a.db, Key).write(path, {}).ok());
        const QList<QStringList> rows = readXlsx(path);
        REQUIRE(rows.size() == 7);
        CHECK(rows[0] == AuditExport::header());
        CHECK(rows[1][7] == QStringLiteral("Not sealed yet"));  // 6
        CHECK(rows[2][7] == QStringLiteral("Not verifiable"));  // 5
        CHECK(rows[4][7] == QStringLiteral("Broken"));  // 3
        CHECK(rows[4][2] == QStringLiteral("admin"));
        CHECK(rows[5][7] == QStringLiteral("Verified"));  // 2
        CHECK(rows[5][5] == s(u"name: 王小明 → 王晓明1"));
        CHECK(rows[6][1] == at(1));

        // Only the filtered entries.
        REQUIRE(AuditExport(*a.db, Key).write(path, filter).ok());
        const QList<QStringList> filtered = readXlsx(path);
        REQUIRE(filtered.size() == 2);
        CHECK(filtered[1][0] == QStringLiteral("3"));
    }
    SECTION("a file that cannot be written leaves nothing behind")
    {
        const QString path = a.dir.path(QStringLiteral("missing/folder/audit.csv"));
        CHECK(!AuditExport(*a.db, Key).write(path, {}).ok());
        CHECK(!QFile::exists(path));
    }
}
