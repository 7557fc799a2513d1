#include "organisation/OrgEditor.h"
#include "security/SecuredFile.h"
#include "storage/DatabaseFile.h"
#include "storage/FileIntegrity.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::storage;

namespace {

void requireRefusedUnchanged(const QString& path, const QString& expectedReason)
{
    const QByteArray before = test::readBytes(path);
    const auto permissions = QFile::permissions(path);
    auto opened = DatabaseFile::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toString().toStdString());
    CHECK(opened.error().message.contains(expectedReason));
    CHECK(opened.error().file.endsWith(QFileInfo(path).fileName()));
    CHECK(test::readBytes(path) == before);
    CHECK(QFile::permissions(path) == permissions);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

// A committee added through the editor, as any change is made: one outermost Transaction.
Result<organisation::PartyOrg> addCommittee(Connection& db, const QString& name)
{
    organisation::PartyOrg committee;
    committee.kind = organisation::OrgKind::Committee;
    committee.name = name;
    return organisation::OrgEditor(db).add(committee);
}

qint64 committeesNamed(const QString& path, const QString& name)
{
    // Immutable: the file as it is on the disk, without any log beside it.
    auto db = Connection::open(path, Connection::OpenMode::Immutable);
    return db->scalar("SELECT count(*) FROM party_org WHERE name = ?", name);
}

}  // namespace

TEST_CASE("A new database is a RedGrid file with the required settings", "[core][file]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.redgrid"));
    auto db = test::createJiangbeiDatabase(path);
    CHECK(static_cast<quint32>(db->pragmaInt("application_id")) == DatabaseFile::ApplicationId);
    CHECK(db->pragmaInt("user_version") == Schema::latestVersion());
    CHECK(db->pragmaInt("foreign_keys") == 1);
    CHECK(db->pragmaInt("synchronous") == 2);  // FULL
    CHECK(db->pragmaInt("page_size") == 16384);
    auto mode = db->prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".creating")));

    const auto header = DatabaseFile::readHeader(path);
    REQUIRE(header);
    CHECK(header->isSqlite);
    CHECK(header->applicationId == DatabaseFile::ApplicationId);
}

TEST_CASE("Creating over an existing file is refused and the file kept", "[core][file]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("taken.redgrid"));
    test::writeText(path, QStringLiteral("keep me"));
    auto created = security::SecuredFile::create(path, test::testAdministrator(), {});
    REQUIRE_FALSE(created.ok());
    CHECK(test::readBytes(path) == QByteArray("keep me"));
}

TEST_CASE("A failure while filling a new database leaves no file behind", "[core][file]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("never.redgrid"));
    auto created = security::SecuredFile::create(path, test::testAdministrator(),
        [](Connection&) -> Status { return Error::plain(QStringLiteral("boom")); });
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message == QStringLiteral("boom"));
    CHECK(dir.root() != QString());
    CHECK(QDir(dir.root()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Files that are not RedGrid databases are refused and left untouched", "[core][file]")
{
    test::TempDir dir;

    SECTION("missing file")
    {
        auto opened = DatabaseFile::open(dir.path(QStringLiteral("absent.redgrid")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("absent.redgrid"))));
    }
    SECTION("empty file")
    {
        const QString path = dir.path(QStringLiteral("empty.redgrid"));
        test::writeBytes(path, {});
        requireRefusedUnchanged(path, QStringLiteral("empty"));
    }
    SECTION("a spreadsheet exported as text")
    {
        const QString path = dir.path(QStringLiteral("roster.csv"));
        test::writeText(path, QStringLiteral("姓名,身份证号\n张三,500105199001011234\n"));
        requireRefusedUnchanged(path, QStringLiteral("not a SQLite database"));
    }
    SECTION("random bytes longer than a header")
    {
        const QString path = dir.path(QStringLiteral("noise.bin"));
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise.append(static_cast<char>((i * 7919) & 0xFF));
        test::writeBytes(path, noise);
        requireRefusedUnchanged(path, QStringLiteral("not a SQLite database"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.path(QStringLiteral("other.sqlite"));
        {
            auto other = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
            other->exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('李四')");
        }
        requireRefusedUnchanged(path, QStringLiteral("not made by RedGrid"));
    }
    SECTION("a RedGrid database from a newer version")
    {
        const QString path = dir.path(QStringLiteral("newer.redgrid"));
        test::createJiangbeiDatabase(path).reset();
        {
            auto raw = Connection::open(path, Connection::OpenMode::ReadWrite);
            raw->exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1));
        }
        requireRefusedUnchanged(path, QStringLiteral("newer version of RedGrid"));
    }
}

TEST_CASE("A read-only database file is opened for reading only and never written to", "[core][file][fault]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("只读.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::readBytes(path);
    {
        auto db = test::openSignedIn(path);  // the sign-in writes nothing
        CHECK(db->isReadOnly());
        CHECK(db->writesRefused().contains(QDir::toNativeSeparators(path) + QStringLiteral(" is read-only")));
        CHECK(db->scalar("SELECT count(*) FROM hierarchy_node") >= 1);
        const auto refused = addCommittee(*db, QStringLiteral("中共花园新村社区委员会"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("reading only")));
    }
    CHECK(test::readBytes(path) == before);
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("只读.redgrid") });
    // Writable again: opened as usual.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto db = test::openSignedIn(path);
    CHECK(db->writesRefused().isEmpty());
    CHECK(addCommittee(*db, QStringLiteral("中共花园新村社区委员会")).ok());
}

TEST_CASE("A database locked by another process is refused promptly", "[core][file]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.redgrid"));
    test::createJiangbeiDatabase(path).reset();

    QProcess holder;  // the sqlite3 shell, holding the write lock in an open transaction
    holder.start(QStringLiteral("sqlite3"), { path });
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nUPDATE hierarchy_node SET remarks = 'x';\nSELECT 'holding';\n");
    QElapsedTimer waited;
    waited.start();
    while (!holder.readAllStandardOutput().contains("holding") && waited.elapsed() < 10000)
        holder.waitForReadyRead(100);

    QElapsedTimer timer;
    timer.start();
    auto opened = DatabaseFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("locked by another program")));
    CHECK(timer.elapsed() < 5000);

    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished());
    CHECK(DatabaseFile::open(path).ok());  // free again once the other program lets go
}

TEST_CASE("A database moved, renamed or deleted while open takes no more changes and loses nothing",
    "[core][file][fault]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("社区.redgrid"));
    auto db = test::createJiangbeiDatabase(path);
    const QString saved = QStringLiteral("中共花园新村社区委员会");
    const QString late = QStringLiteral("中共望江社区委员会");
    REQUIRE(addCommittee(*db, saved).ok());  // in the log, not yet in the file
    const auto refusedWith = [&](const Result<organisation::PartyOrg>& added) {
        REQUIRE_FALSE(added.ok());
        INFO(added.error().toString().toStdString());
        CHECK(added.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(added.error().message.contains(QStringLiteral("moved, renamed or deleted")));
        CHECK(added.error().message.contains(QStringLiteral("nothing was changed")));
    };

    SECTION("moved: the file at its new place holds everything saved, at once")
    {
        const QString moved = dir.path(QStringLiteral("搬到这里.redgrid"));
        REQUIRE(QFile::rename(path, moved));
        refusedWith(addCommittee(*db, late));
        // The log went into the file: another program opening it there sees the change.
        CHECK(committeesNamed(moved, saved) == 1);
        refusedWith(addCommittee(*db, late));  // and every later change is refused too
        db.reset();
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(committeesNamed(moved, saved) == 1);
        CHECK(committeesNamed(moved, late) == 0);
        auto reopened = DatabaseFile::open(moved);
        REQUIRE(reopened.ok());
        CHECK(FileIntegrity::problems(**reopened, FileIntegrity::Depth::Full).isEmpty());
    }
    SECTION("deleted: refused, and the file is not made again")
    {
        REQUIRE(QFile::remove(path));
        refusedWith(addCommittee(*db, late));
        db.reset();
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("another file put in its place: nothing is written into either")
    {
        const QString other = dir.path(QStringLiteral("另一个.redgrid"));
        test::createJiangbeiDatabase(other).reset();
        REQUIRE(QFile::rename(path, dir.path(QStringLiteral("旧的.redgrid"))));
        REQUIRE(QFile::rename(other, path));
        refusedWith(addCommittee(*db, late));
        db.reset();
        CHECK(committeesNamed(path, late) == 0);
        CHECK(committeesNamed(path, saved) == 0);
        CHECK(committeesNamed(dir.path(QStringLiteral("旧的.redgrid")), saved) == 1);
    }
}

namespace {

// The small demo with the root page of `table` overwritten, as a failing disk sector would.
QString damagedDemo(const test::TempDir& dir, const char* table)
{
    const QString path = dir.path(QStringLiteral("damaged.redgrid"));
    {
        auto db = test::createJiangbeiDatabase(path);
        for (int i = 0; i < 400; ++i)
            db->exec(QStringLiteral(
                "INSERT INTO setting(key, value, created_at, modified_at) VALUES ('test.%1', '%2', 0, 0)")
                         .arg(i)
                         .arg(QString(200, QLatin1Char('x'))));
    }
    qint64 root = 0, pageSize = 0;
    {
        auto db = Connection::open(path, Connection::OpenMode::ReadOnly);
        root = db->scalar("SELECT rootpage FROM sqlite_schema WHERE name = ?", QString::fromUtf8(table));
        pageSize = db->scalar("PRAGMA page_size");
    }
    REQUIRE(root > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    REQUIRE(file.write(QByteArray(48, char(0x7F))) == 48);
    return path;
}

}  // namespace

TEST_CASE("The check on open finds damage, whole or table by table, and the file opens read-only",
    "[core][file][integrity]")
{
    test::TempDir dir;
    const QString path = damagedDemo(dir, "setting");
    {
        auto raw = Connection::open(path, Connection::OpenMode::ReadOnly);
        // Within the budget: the whole file at once.
        CHECK_FALSE(FileIntegrity::onOpen(*raw, 60000).problems.isEmpty());
        // No time for the whole file: each table within its share still finds it.
        const FileIntegrity::OpenCheck tableByTable = FileIntegrity::onOpen(*raw, 0);
        CHECK_FALSE(tableByTable.problems.isEmpty());
        CHECK(tableByTable.unchecked.isEmpty());
    }
    const QByteArray before = test::readBytes(path);
    {
        auto opened = DatabaseFile::open(path);
        REQUIRE(opened.ok());
        Connection& db = **opened;
        CHECK(db.isReadOnly());
        CHECK_FALSE(db.damage().isEmpty());
        CHECK(db.writesRefused().contains(QStringLiteral("damaged")));
        // Every write is refused with the reason; another connection for a worker is read-only too.
        CHECK_THROWS_WITH(Transaction(db), Catch::Contains("damaged"));
        auto another = DatabaseFile::openAnother(db);
        REQUIRE(another.ok());
        CHECK((*another)->isReadOnly());
        CHECK((*another)->writesRefused() == db.writesRefused());
        // The hierarchy, on pages of its own, is read.
        CHECK(db.scalar("SELECT count(*) FROM hierarchy_node") == 1);
    }
    CHECK(test::readBytes(path) == before);

    // A sound file passes and opens for writing.
    test::TempDir other;
    const QString sound = other.path(QStringLiteral("sound.redgrid"));
    test::createJiangbeiDatabase(sound);
    auto reopened = DatabaseFile::open(sound);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->writesRefused().isEmpty());
    CHECK_FALSE((*reopened)->isReadOnly());
}
