// Backups and restore as an office uses them, through the real redgrid-cli: a backup is a
// checked copy of the whole file with an installation id of its own; restoring one keeps the
// current file aside, needs an administrator of the backup, refuses a damaged backup, and
// leaves an audit log that verifies as restored, not as cut off.
#include "CliRun.h"
#include "storage/Connection.h"
#include "storage/FileIntegrity.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

namespace {

// A small demo district and a data folder of its own (backups, audit-heads.json).
struct Office
{
    test::TempDir dir;
    QString db = dir.path(QStringLiteral("街道党建.redgrid"));
    QString data = dir.path(QStringLiteral("data"));

    Office()
    {
        const CliRun made
            = cli({ QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") });
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    CliRun cli(const QStringList& arguments, QHash<QString, QString> environment = {}) const
    {
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        return test::runCli(arguments, environment);
    }
    // The default backup folder of the database, as the programs see it.
    QString backupFolder() const { return data + QStringLiteral("/RedGrid/RedGrid/backups/街道党建"); }

    QString backUp() const
    {
        const CliRun run = cli({ QStringLiteral("backup"), db, QStringLiteral("--json") });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json().value(QStringLiteral("file")).toString();
    }
    qint64 scalar(const QString& path, const char* sql) const
    {
        auto connection = storage::Connection::open(path, storage::Connection::OpenMode::ReadOnly);
        return connection->scalar(sql);
    }
    QString text(const QString& path, const char* sql) const
    {
        auto connection = storage::Connection::open(path, storage::Connection::OpenMode::ReadOnly);
        auto st = connection->prepare(sql);
        return st.step() ? st.text(0) : QString();
    }
    CliRun verify(const QString& path) const
    {
        return cli({ QStringLiteral("audit"), QStringLiteral("verify"), path, QStringLiteral("--json") });
    }
};

const char* const InstallationSql = "SELECT value FROM setting WHERE key = 'installation.id'";
const char* const MembersSql = "SELECT count(*) FROM member WHERE status = 'active'";

}  // namespace

TEST_CASE("A backup is a checked copy with counts, an id of its own, and a first entry saying what it is",
    "[cli][backup]")
{
    Office f;
    const QString backup = f.backUp();
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(f.backupFolder()).absoluteFilePath());
    CHECK(QFileInfo(backup).fileName().startsWith(QStringLiteral("街道党建_backup_")));

    auto copy = storage::Connection::open(backup, storage::Connection::OpenMode::ReadOnly);
    CHECK(storage::FileIntegrity::problems(*copy, storage::FileIntegrity::Depth::Full).isEmpty());
    CHECK(f.text(backup, InstallationSql) != f.text(f.db, InstallationSql));
    CHECK(f.text(backup, "SELECT value FROM setting WHERE key = 'copy.of'") == f.text(f.db, InstallationSql));
    CHECK(f.text(backup, "SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 1")
        == QStringLiteral("copy_begun"));
    CHECK(f.scalar(f.db, "SELECT count(*) FROM audit_entry WHERE action = 'database_copied'") == 1);

    const CliRun listed = f.cli({ QStringLiteral("backups"), f.db, QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray backups = listed.json().value(QStringLiteral("backups")).toArray();
    REQUIRE(backups.size() == 1);
    const QJsonObject one = backups.first().toObject();
    CHECK(one.value(QStringLiteral("file")).toString() == QDir::toNativeSeparators(backup));
    CHECK(one.value(QStringLiteral("members")).toInteger() == f.scalar(f.db, MembersSql));
    CHECK(one.value(QStringLiteral("members")).toInteger() > 100);
    CHECK(one.value(QStringLiteral("organisations")).toInteger()
        == f.scalar(f.db, "SELECT count(*) FROM party_org"));
    CHECK(one.value(QStringLiteral("bytes")).toInteger() == QFileInfo(backup).size());

    // The list works without the database (the disk it was on is lost), and names what it reads.
    QFile::remove(f.db);
    const CliRun withoutDatabase = f.cli({ QStringLiteral("backups"), f.db });
    CHECK(withoutDatabase.exitCode == 0);
    CHECK(withoutDatabase.out.contains(QStringLiteral("members")));
    CHECK(withoutDatabase.out.contains(QStringLiteral("1 backup")));
}

TEST_CASE("Working on a backup never makes the original's audit log look cut off", "[cli][backup][audit]")
{
    Office f;
    const QString backup = f.backUp();
    // Someone opens the backup and works on it: its log grows under its own id.
    REQUIRE(f.cli({ QStringLiteral("info"), backup }).exitCode == 0);
    REQUIRE(f.cli({ QStringLiteral("info"), backup }).exitCode == 0);
    const CliRun original = f.verify(f.db);
    INFO(original.out.toStdString());
    CHECK(original.exitCode == 0);
    CHECK(original.json().value(QStringLiteral("intact")).toBool());
    const CliRun ofBackup = f.verify(backup);
    CHECK(ofBackup.exitCode == 0);
    CHECK(ofBackup.json()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("is a backup of 街道党建.redgrid")));
}

TEST_CASE("Restore keeps the current file aside, puts the backup back, and the log verifies as restored",
    "[cli][backup][restore]")
{
    Office f;
    const QString backup = f.backUp();
    const qint64 membersBefore = f.scalar(f.db, MembersSql);
    // A change after the backup: an account added.
    REQUIRE(f.cli({ QStringLiteral("users"), QStringLiteral("add"), f.db, QStringLiteral("auditor1"),
                      QStringLiteral("--role"), QStringLiteral("auditor") },
                 { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Auditor-2026x") } })
                .exitCode
        == 0);
    REQUIRE(f.scalar(f.db, "SELECT count(*) FROM account WHERE username = 'auditor1'") == 1);
    const QString installation = f.text(f.db, InstallationSql);

    const CliRun restored = f.cli({ QStringLiteral("restore"), backup, f.db, QStringLiteral("--json") });
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QString keptAside = restored.json().value(QStringLiteral("keptAside")).toString();
    CHECK(QFileInfo(keptAside).fileName().startsWith(QStringLiteral("街道党建.before-restore-")));
    // The file replaced, with the change, is kept whole; the database is the backup again.
    CHECK(f.scalar(keptAside, "SELECT count(*) FROM account WHERE username = 'auditor1'") == 1);
    CHECK(f.scalar(f.db, "SELECT count(*) FROM account WHERE username = 'auditor1'") == 0);
    CHECK(f.scalar(f.db, MembersSql) == membersBefore);
    CHECK(f.text(f.db, InstallationSql) == installation);
    CHECK(f.scalar(f.db, "SELECT count(*) FROM setting WHERE key LIKE 'copy.%'") == 0);
    CHECK(f.text(f.db, "SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 1")
        == QStringLiteral("database_restored"));

    // The log now ends before entries this computer has seen: restored, not cut off.
    const CliRun verified = f.verify(f.db);
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.json().value(QStringLiteral("intact")).toBool());
    CHECK(verified.json()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("was restored from the backup")));
}

TEST_CASE(
    "A copy put in place by hand over a newer file is reported as a log cut off", "[cli][backup][audit]")
{
    Office f;
    // An old copy of the file taken by hand (cp), then more work, then the old copy put back.
    const QString byHand = f.dir.path(QStringLiteral("手工副本.redgrid"));
    REQUIRE(QFile::copy(f.db, byHand));
    REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    QFile::remove(f.db);
    REQUIRE(QFile::copy(byHand, f.db));
    const CliRun verified = f.verify(f.db);
    CHECK(verified.exitCode == 2);
    CHECK(verified.json().value(QStringLiteral("problem")).toString() == QStringLiteral("truncated"));
}

TEST_CASE("Restore refuses a wrong password, a secretary, a damaged backup and another database's backup",
    "[cli][backup][restore]")
{
    Office f;
    const QString backup = f.backUp();

    const CliRun wrongPassword = f.cli({ QStringLiteral("restore"), backup, f.db },
        { { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("not-the-password") } });
    CHECK(wrongPassword.exitCode == 4);
    CHECK(wrongPassword.err.startsWith(QDir::toNativeSeparators(backup) + QStringLiteral(": ")));

    REQUIRE(f.cli({ QStringLiteral("users"), QStringLiteral("add"), f.db, QStringLiteral("shuji"),
                      QStringLiteral("--role"), QStringLiteral("auditor") },
                 { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Auditor-2026x") } })
                .exitCode
        == 0);
    const QString backupWithAuditor = f.backUp();
    const CliRun notAdministrator = f.cli({ QStringLiteral("restore"), backupWithAuditor, f.db },
        { { QStringLiteral("REDGRID_USER"), QStringLiteral("shuji") },
            { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Auditor-2026x") } });
    INFO(notAdministrator.err.toStdString());
    CHECK(notAdministrator.exitCode == 4);
    CHECK(notAdministrator.err.contains(QStringLiteral("administrator of the backup")));

    // Damaged pages in the middle of a backup (the first was rotated out: the newest of a day stays).
    CHECK_FALSE(QFileInfo::exists(backup));
    QByteArray bytes = test::readBytes(backupWithAuditor);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 40000 && i < bytes.size(); ++i)
        bytes[i] = char(0x5A);
    const QString damaged = f.dir.path(QStringLiteral("damaged.redgrid"));
    test::writeBytes(damaged, bytes);
    const QByteArray current = test::readBytes(f.db);
    const CliRun refusedDamaged = f.cli({ QStringLiteral("restore"), damaged, f.db });
    CHECK(refusedDamaged.exitCode == 2);
    CHECK(refusedDamaged.err.startsWith(QDir::toNativeSeparators(damaged) + QStringLiteral(": ")));
    CHECK(test::readBytes(f.db) == current);

    // A backup of another database.
    Office other;
    const QString otherBackup = other.backUp();
    const CliRun refusedOther = f.cli({ QStringLiteral("restore"), otherBackup, f.db });
    CHECK(refusedOther.exitCode == 2);
    CHECK(refusedOther.err.contains(QStringLiteral("backup of another database")));
    CHECK(test::readBytes(f.db) == current);
    // Nothing left beside the database by the refusals.
    CHECK(QDir(f.dir.path(QStringLiteral(".")))
              .entryList({ QStringLiteral(".*restoring*") }, QDir::Files | QDir::Hidden)
              .isEmpty());
    CHECK(QDir(f.dir.path(QStringLiteral(".")))
              .entryList({ QStringLiteral("*before-restore*") }, QDir::Files)
              .isEmpty());
}

TEST_CASE(
    "A backup folder chosen for the database and missing is said, and nothing is written", "[cli][backup]")
{
    Office f;
    const QString usb = f.dir.path(QStringLiteral("U盘/备份"));
    {
        auto connection = storage::Connection::open(f.db, storage::Connection::OpenMode::ReadWrite);
        connection->exec(QStringLiteral("INSERT INTO setting (key, value, created_at, modified_at) VALUES "
                                        "('backup.folder', '%1', 0, 0)")
                             .arg(usb));
    }
    const CliRun run = f.cli({ QStringLiteral("backup"), f.db });
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QDir::toNativeSeparators(usb) + QStringLiteral(": ")));
    CHECK(run.err.contains(QStringLiteral("missing")));
    CHECK_FALSE(QFileInfo::exists(usb));
}

TEST_CASE(
    "A garbage memory of audit chains is reported, set aside and never written over", "[cli][backup][audit]")
{
    Office f;
    REQUIRE(f.verify(f.db).exitCode == 0);
    const QString heads = f.data + QStringLiteral("/RedGrid/RedGrid/audit-heads.json");
    REQUIRE(QFileInfo::exists(heads));
    test::writeBytes(heads, QByteArrayLiteral("\x00\x01garbage{"));
    const CliRun first = f.verify(f.db);
    INFO(first.out.toStdString());
    CHECK(first.exitCode == 2);
    CHECK(first.json()
              .value(QStringLiteral("memoryProblem"))
              .toString()
              .contains(QStringLiteral("audit-heads.json")));
    // Kept for whoever looks into it.
    CHECK(QDir(QFileInfo(heads).absolutePath())
              .entryList({ QStringLiteral("audit-heads.json.unreadable-*") })
              .size()
        == 1);
    // Still reported on the next run, until an administrator acknowledges it.
    CHECK(f.verify(f.db).exitCode == 2);
    REQUIRE(f.cli({ QStringLiteral("audit"), QStringLiteral("acknowledge"), f.db }).exitCode == 0);
    const CliRun after = f.verify(f.db);
    INFO(after.out.toStdString());
    CHECK(after.exitCode == 0);
}
