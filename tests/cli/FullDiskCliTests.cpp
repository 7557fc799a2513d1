// Issue 24 §2, a full disk, on a real small file system: a tmpfs mounted for the commands in a
// mount namespace of their own (`unshare -m` as root, `unshare -rm` otherwise). Reading goes on
// with the disk full (the sign-in writes nothing), every write says that the disk holding the
// database is full with exit status 2, and an import that the disk could not take twice (log
// and file) is refused before it commits instead of leaving a log that cannot be checkpointed.
// Where no namespace can be made here the test says so and checks nothing.
#include "CliRun.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

TEST_CASE("A full disk: reading goes on, writes say the disk is full, an import is refused before it commits",
    "[cli][fulldisk]")
{
    test::TempDir dir;
    QHash<QString, QString> environment { { QStringLiteral("XDG_DATA_HOME"),
                                              dir.path(QStringLiteral("data")) },
        { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Secret-2026x") } };
    QHash<QString, QString> cliEnvironment { { QStringLiteral("XDG_DATA_HOME"),
        dir.path(QStringLiteral("data")) } };

    // Two demo offices: the roster of the first (full ID numbers) is new to the second.
    const QString first = dir.path(QStringLiteral("first.redgrid"));
    const QString second = dir.path(QStringLiteral("second.redgrid"));
    REQUIRE(
        test::runCli({ QStringLiteral("demo"), first, QStringLiteral("--scale"), QStringLiteral("small") },
            cliEnvironment)
            .exitCode
        == 0);
    REQUIRE(test::runCli({ QStringLiteral("demo"), second, QStringLiteral("--scale"), QStringLiteral("small"),
                             QStringLiteral("--seed"), QStringLiteral("2") },
                cliEnvironment)
                .exitCode
        == 0);
    const QString roster = dir.path(QStringLiteral("roster.csv"));
    REQUIRE(test::runCli({ QStringLiteral("export-members"), first, QStringLiteral("--unmasked"),
                             QStringLiteral("--out"), roster },
                cliEnvironment)
                .exitCode
        == 0);
    const CliRun orgs = test::runCli(
        { QStringLiteral("orgs"), QStringLiteral("list"), second, QStringLiteral("--json") }, cliEnvironment);
    REQUIRE(orgs.exitCode == 0);
    const QString parent = orgs.json()
                               .value(QStringLiteral("orgs"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("code"))
                               .toString();
    REQUIRE_FALSE(parent.isEmpty());
    const CliRun before
        = test::runCli({ QStringLiteral("info"), second, QStringLiteral("--json") }, cliEnvironment);
    REQUIRE(test::memberRecords(before) > 0);
    environment.insert(QStringLiteral("SRC"), second);
    environment.insert(QStringLiteral("ROSTER"), roster);
    environment.insert(QStringLiteral("PARENT"), parent);

    // Each step: `step NAME ARGS…` runs redgrid-cli and keeps its status and output.
    const int status = test::runInMountNamespace(dir, QStringLiteral(R"(
mount -t tmpfs -o size=8m tmpfs "$MNT" 2>/dev/null || exit 97
avail() { df -B1 --output=avail "$MNT" | tail -1; }
cp "$SRC" "$MNT/office.redgrid"
# About 1 MB free: the import's pages do not fit twice.
head -c $(( $(avail) - 1100000 )) /dev/zero >"$MNT/filler"
step import-tight import-members "$MNT/office.redgrid" "$ROSTER" --create-orgs "$PARENT" --json
step info-after-refusal info "$MNT/office.redgrid" --json
ls -a "$MNT" >"$OUT/files-after-refusal.txt"
# Not one byte free.
rm -f "$MNT/filler"; cat /dev/zero >"$MNT/filler" 2>/dev/null
step info-full info "$MNT/office.redgrid" --json
step members-full members "$MNT/office.redgrid" --json
step users-full users add "$MNT/office.redgrid" shuji --role auditor
# Room again: the same import goes through.
rm -f "$MNT/filler"
step import-room import-members "$MNT/office.redgrid" "$ROSTER" --create-orgs "$PARENT" --json
step info-room info "$MNT/office.redgrid" --json
step integrity check "$MNT/office.redgrid" --integrity
)"),
        environment);
    if (status == test::NoMount) {
        WARN("no mount namespace can be made here (unshare -m / -rm refused): the full-disk test checked "
             "nothing");
        return;
    }
    REQUIRE(status == 0);

    const CliRun tight = test::scenarioResult(dir, QStringLiteral("import-tight"));
    INFO(tight.err.toStdString());
    CHECK(tight.exitCode == 2);
    CHECK(tight.err.contains(QStringLiteral("is full")));
    CHECK(tight.err.contains(QStringLiteral("office.redgrid")));
    CHECK(test::memberRecords(test::scenarioResult(dir, QStringLiteral("info-after-refusal")))
        == test::memberRecords(before));
    CHECK_FALSE(QString::fromUtf8(test::readBytes(dir.path(QStringLiteral("out/files-after-refusal.txt"))))
                    .contains(QStringLiteral(".part")));

    // The disk full: reading goes on, said on the error output.
    const CliRun info = test::scenarioResult(dir, QStringLiteral("info-full"));
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(test::memberRecords(info) == test::memberRecords(before));
    CHECK(info.err.contains(QStringLiteral("is full")));
    const CliRun members = test::scenarioResult(dir, QStringLiteral("members-full"));
    CHECK(members.exitCode == 0);
    CHECK_FALSE(members.json().value(QStringLiteral("members")).toArray().isEmpty());
    const CliRun users = test::scenarioResult(dir, QStringLiteral("users-full"));
    INFO(users.err.toStdString());
    CHECK(users.exitCode == 2);
    CHECK(users.err.contains(QStringLiteral("is full")));

    const CliRun imported = test::scenarioResult(dir, QStringLiteral("import-room"));
    INFO(imported.err.toStdString());
    CHECK((imported.exitCode == 0 || imported.exitCode == 3));
    CHECK(test::memberRecords(test::scenarioResult(dir, QStringLiteral("info-room")))
        > test::memberRecords(before));
    CHECK(test::scenarioResult(dir, QStringLiteral("integrity")).exitCode == 0);
}
