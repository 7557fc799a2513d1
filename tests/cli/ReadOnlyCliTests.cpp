// Issue 24 §4, a database RedGrid may not write to: a read-only file (a copy received
// read-only, a write-protected USB stick) and a read-only file system. Reading goes on (the
// sign-in writes nothing), a masked export works, every write is refused with exit status 2
// and words that say why and which file, and not a byte of the file changes nor is anything
// left beside it. The file system case mounts a tmpfs read-only in a mount namespace of its
// own; where none can be made here, that part says so and checks nothing.
#include "CliRun.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

namespace {

// What every command of both cases must show.
void checkReadOnly(const CliRun& info, const CliRun& members, const CliRun& exported, const CliRun& users,
    const CliRun& imported, const QString& why)
{
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(test::memberRecords(info) > 0);
    CHECK(info.err.contains(why));
    CHECK(info.err.contains(QStringLiteral("reading only")));
    CHECK(members.exitCode == 0);
    CHECK_FALSE(members.json().value(QStringLiteral("members")).toArray().isEmpty());
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    INFO(users.err.toStdString());
    CHECK(users.exitCode == 2);
    CHECK(users.err.contains(why));
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 2);
    CHECK(imported.err.contains(why));
}

}  // namespace

TEST_CASE("A read-only database file: reading goes on, every write is refused with exit 2, nothing changes",
    "[cli][readonly]")
{
    test::TempDir dir;
    const QHash<QString, QString> environment { { QStringLiteral("XDG_DATA_HOME"),
                                                    dir.path(QStringLiteral("data")) },
        { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Secret-2026x") } };
    QDir().mkpath(dir.path(QStringLiteral("office")));
    const QString db = dir.path(QStringLiteral("office/只读.redgrid"));
    REQUIRE(test::runCli({ QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") },
                environment)
                .exitCode
        == 0);
    const QString roster = dir.path(QStringLiteral("roster.csv"));
    REQUIRE(
        test::runCli({ QStringLiteral("export-members"), db, QStringLiteral("--out"), roster }, environment)
            .exitCode
        == 0);
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::readBytes(db);

    const auto run = [&](const QStringList& arguments) { return test::runCli(arguments, environment); };
    checkReadOnly(run({ QStringLiteral("info"), db, QStringLiteral("--json") }),
        run({ QStringLiteral("members"), db, QStringLiteral("--json") }),
        run({ QStringLiteral("export-members"), db, QStringLiteral("--out"),
            dir.path(QStringLiteral("out.csv")) }),
        run({ QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("shuji"),
            QStringLiteral("--role"), QStringLiteral("auditor") }),
        run({ QStringLiteral("import-members"), db, roster }),
        QDir::toNativeSeparators(db) + QStringLiteral(" is read-only"));

    CHECK(test::readBytes(db) == before);
    CHECK(QDir(dir.path(QStringLiteral("office"))).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("只读.redgrid") });
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    CHECK(run({ QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("shuji"),
                  QStringLiteral("--role"), QStringLiteral("auditor") })
              .exitCode
        == 0);
}

TEST_CASE("A database on a read-only file system: reading goes on, every write is refused with exit 2",
    "[cli][readonly]")
{
    test::TempDir dir;
    QHash<QString, QString> environment { { QStringLiteral("XDG_DATA_HOME"),
                                              dir.path(QStringLiteral("data")) },
        { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Secret-2026x") } };
    const QString source = dir.path(QStringLiteral("office.redgrid"));
    REQUIRE(
        test::runCli({ QStringLiteral("demo"), source, QStringLiteral("--scale"), QStringLiteral("small") },
            environment)
            .exitCode
        == 0);
    const QString roster = dir.path(QStringLiteral("roster.csv"));
    REQUIRE(test::runCli(
                { QStringLiteral("export-members"), source, QStringLiteral("--out"), roster }, environment)
                .exitCode
        == 0);
    environment.insert(QStringLiteral("SRC"), source);
    environment.insert(QStringLiteral("ROSTER"), roster);

    const int status = test::runInMountNamespace(dir, QStringLiteral(R"(
mount -t tmpfs -o size=64m tmpfs "$MNT" 2>/dev/null || exit 97
cp "$SRC" "$MNT/office.redgrid"
mount -o remount,ro "$MNT" 2>/dev/null || exit 97
step info info "$MNT/office.redgrid" --json
step members members "$MNT/office.redgrid" --json
step export export-members "$MNT/office.redgrid" --out "$OUT/members.csv"
step users users add "$MNT/office.redgrid" shuji --role auditor
step import import-members "$MNT/office.redgrid" "$ROSTER"
ls -a "$MNT" >"$OUT/files.txt"
cmp -s "$SRC" "$MNT/office.redgrid"; echo $? >"$OUT/cmp.rc"
)"),
        environment);
    if (status == test::NoMount) {
        WARN("no mount namespace here (unshare); the read-only file system was not tried");
        return;
    }
    REQUIRE(status == 0);
    const auto result
        = [&](const char* name) { return test::scenarioResult(dir, QString::fromLatin1(name)); };
    checkReadOnly(result("info"), result("members"), result("export"), result("users"), result("import"),
        QStringLiteral("is read-only"));
    CHECK(QString::fromUtf8(test::readBytes(dir.path(QStringLiteral("out/cmp.rc")))).trimmed()
        == QStringLiteral("0"));
    CHECK(QString::fromUtf8(test::readBytes(dir.path(QStringLiteral("out/files.txt"))))
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        == QStringList { QStringLiteral("."), QStringLiteral(".."), QStringLiteral("office.redgrid") });
}
