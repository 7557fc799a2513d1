// redgrid-cli signing in, managing accounts and checking the audit log, run as a user would.
#include "cli/CliRun.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::runCli;

namespace {

QString makeDatabase(const test::TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("s.redgrid"));
    auto db = test::createJiangbeiDatabase(path);
    auto street = hierarchy::HierarchyEditor(*db).add(hierarchy::HierarchyStore(*db).root()->id,
        { hierarchy::NodeKind::Street, QStringLiteral("观音桥街道") });
    REQUIRE(street.ok());
    return path;
}

}  // namespace

TEST_CASE(
    "redgrid-cli signs in from the environment or standard input, and refuses otherwise", "[cli][security]")
{
    test::TempDir dir;
    const QString db = makeDatabase(dir);
    CHECK(runCli({ QStringLiteral("info"), db }).exitCode == 0);
    // The password on standard input, the user as an option.
    const auto piped
        = runCli({ QStringLiteral("info"), db, QStringLiteral("--user"), QStringLiteral("admin") },
            { { QStringLiteral("REDGRID_PASSWORD"), {} }, { QStringLiteral("REDGRID_USER"), {} } },
            test::TestPassword.toUtf8() + '\n');
    CHECK(piped.exitCode == 0);
    const auto wrong = runCli({ QStringLiteral("info"), db },
        { { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Wrong-2026") } });
    CHECK(wrong.exitCode == 4);
    CHECK(wrong.err.contains(QStringLiteral("wrong user name or password")));
    CHECK(wrong.out.isEmpty());
    const auto nobody = runCli({ QStringLiteral("info"), db }, { { QStringLiteral("REDGRID_USER"), {} } });
    CHECK(nobody.exitCode == 4);
    CHECK(nobody.err.contains(QStringLiteral("--user")));
}

TEST_CASE("redgrid-cli users adds, lists, locks and resets accounts", "[cli][security]")
{
    test::TempDir dir;
    const QString db = makeDatabase(dir);
    const QHash<QString, QString> newPassword { { QStringLiteral("REDGRID_NEW_PASSWORD"),
        QStringLiteral("Street-2026") } };
    const auto added = runCli({ QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("wang"),
                                  QStringLiteral("--role"), QStringLiteral("street_admin"),
                                  QStringLiteral("--area"), QStringLiteral("500105001000") },
        newPassword);
    INFO(added.err.toStdString());
    // The street the test made has the first free code under 500105.
    if (added.exitCode != 0) {
        const auto tree = runCli({ QStringLiteral("tree"), db });
        FAIL(tree.out.toStdString());
    }
    const auto weak = runCli({ QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("li"),
                                 QStringLiteral("--role"), QStringLiteral("auditor") },
        { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("password") } });
    CHECK(weak.exitCode != 0);
    CHECK(weak.err.contains(QStringLiteral("at least")));
    const auto list
        = runCli({ QStringLiteral("users"), QStringLiteral("list"), db, QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray accounts = list.json().value(QStringLiteral("accounts")).toArray();
    REQUIRE(accounts.size() == 2);
    CHECK(
        accounts.at(1).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("street_admin"));
    CHECK(accounts.at(1).toObject().value(QStringLiteral("areaCode")).toString()
        == QStringLiteral("500105001000"));

    const QHash<QString, QString> asWang { { QStringLiteral("REDGRID_USER"), QStringLiteral("wang") },
        { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Street-2026") } };
    CHECK(runCli({ QStringLiteral("info"), db }, asWang).exitCode == 0);
    // A street administrator may not make a district administrator.
    auto env = asWang;
    env.insert(QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("District-2026"));
    CHECK(runCli({ QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("zhao"),
                     QStringLiteral("--role"), QStringLiteral("district_admin") },
              env)
              .exitCode
        == 4);
    REQUIRE(runCli({ QStringLiteral("users"), QStringLiteral("lock"), db, QStringLiteral("wang") }).exitCode
        == 0);
    CHECK(runCli({ QStringLiteral("info"), db }, asWang).exitCode == 4);
    REQUIRE(runCli({ QStringLiteral("users"), QStringLiteral("unlock"), db, QStringLiteral("wang") }).exitCode
        == 0);
    REQUIRE(runCli({ QStringLiteral("users"), QStringLiteral("reset-password"), db, QStringLiteral("wang") },
                { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Reset-2026x") } })
                .exitCode
        == 0);
    CHECK(runCli({ QStringLiteral("info"), db }, asWang).exitCode == 4);
    CHECK(runCli({ QStringLiteral("info"), db },
              { { QStringLiteral("REDGRID_USER"), QStringLiteral("wang") },
                  { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Reset-2026x") } })
              .exitCode
        == 0);
}

TEST_CASE("redgrid-cli audit verify finds the chain intact, then an edited entry", "[cli][security][audit]")
{
    test::TempDir dir;
    const QString db = makeDatabase(dir);
    runCli({ QStringLiteral("info"), db },
        { { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Wrong-2026") } });
    const auto intact
        = runCli({ QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--json") });
    INFO(intact.out.toStdString() << intact.err.toStdString());
    REQUIRE(intact.exitCode == 0);
    CHECK(intact.json().value(QStringLiteral("intact")).toBool());
    const auto failed = runCli({ QStringLiteral("audit"), QStringLiteral("list"), db,
        QStringLiteral("--action"), QStringLiteral("login_failed"), QStringLiteral("--json") });
    REQUIRE(failed.exitCode == 0);
    CHECK(failed.json().value(QStringLiteral("entries")).toArray().size() == 1);
    {
        // Someone with the sqlite3 shell and no password rewrites an entry.
        auto raw = storage::Connection::open(db, storage::Connection::OpenMode::ReadWrite);
        raw->exec("DROP TRIGGER IF EXISTS audit_entry_no_update");
        auto triggers = raw->prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_entry'");
        QStringList names;
        while (triggers.step())
            names << triggers.text(0);
        triggers.reset();
        for (const QString& name : names)
            raw->exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
        raw->exec("UPDATE audit_entry SET username = 'someone' WHERE seq = 2");
    }
    const auto broken
        = runCli({ QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--json") });
    CHECK(broken.exitCode == 2);
    CHECK_FALSE(broken.json().value(QStringLiteral("intact")).toBool());
    CHECK(broken.json().value(QStringLiteral("brokenSeq")).toInt() == 2);
    // Not for a community secretary… nor anyone without an account.
    CHECK(runCli({ QStringLiteral("audit"), QStringLiteral("verify"), db },
              { { QStringLiteral("REDGRID_USER"), QStringLiteral("nobody") } })
              .exitCode
        == 4);
}

TEST_CASE(
    "redgrid-cli init makes the first administrator with the standard key-derivation cost", "[cli][security]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("new.redgrid"));
    const auto init = runCli({ QStringLiteral("init"), db, QStringLiteral("--district-code"),
        QStringLiteral("500105"), QStringLiteral("--district-name"), QStringLiteral("江北区") });
    REQUIRE(init.exitCode == 0);
    // The recovery key is printed once: 13 groups of 4.
    CHECK(init.out.contains(QRegularExpression(QStringLiteral("([A-Z2-7]{4}-){12}[A-Z2-7]{4}"))));
    auto raw = storage::Connection::open(db, storage::Connection::OpenMode::ReadOnly);
    CHECK(raw->scalar("SELECT ops_limit FROM key_slot WHERE kind = 'password'") == 6);
    CHECK(raw->scalar("SELECT mem_limit FROM key_slot WHERE kind = 'password'") == 64 * 1024 * 1024);
    CHECK(raw->scalar("SELECT count(*) FROM account WHERE role = 'district_admin'") == 1);
}

TEST_CASE(
    "redgrid-cli audit verify catches a log cut short after this computer saw it", "[cli][security][audit]")
{
    test::TempDir dir;
    const QString db = makeDatabase(dir);
    for (int i = 0; i < 3; ++i)
        REQUIRE(runCli({ QStringLiteral("info"), db }).exitCode == 0);  // each sign-in adds an entry
    qint64 before = 0;
    {
        // Without a password, the last entries are cut off (and the guarding triggers dropped).
        auto raw = storage::Connection::open(db, storage::Connection::OpenMode::ReadWrite);
        auto triggers = raw->prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_entry'");
        QStringList names;
        while (triggers.step())
            names << triggers.text(0);
        triggers.reset();
        for (const QString& name : names)
            raw->exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
        before = raw->scalar("SELECT max(seq) FROM audit_entry");
        raw->exec("DELETE FROM audit_entry WHERE seq >= (SELECT max(seq) - 1 FROM audit_entry)");
    }
    REQUIRE(before > 3);
    const auto verified
        = runCli({ QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--json") });
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 2);
    CHECK_FALSE(verified.json().value(QStringLiteral("intact")).toBool());
}

TEST_CASE("redgrid-cli audit prune keeps young entries and records itself", "[cli][security][audit]")
{
    test::TempDir dir;
    const QString db = makeDatabase(dir);
    const auto entriesBefore = runCli({ QStringLiteral("audit"), QStringLiteral("list"), db,
        QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json") });
    REQUIRE(entriesBefore.exitCode == 0);
    const qsizetype before = entriesBefore.json().value(QStringLiteral("entries")).toArray().size();
    REQUIRE(before > 0);

    CHECK(runCli({ QStringLiteral("audit"), QStringLiteral("prune"), db }).exitCode == 1);  // no --before
    // Every entry is younger than 6 months: asked to remove everything before tomorrow,
    // it removes none.
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const auto pruned = runCli({ QStringLiteral("audit"), QStringLiteral("prune"), db,
        QStringLiteral("--before"), tomorrow, QStringLiteral("--json") });
    INFO(pruned.err.toStdString());
    REQUIRE(pruned.exitCode == 0);
    CHECK(pruned.json().value(QStringLiteral("removed")).toInt() == 0);
    const auto after = runCli({ QStringLiteral("audit"), QStringLiteral("list"), db,
        QStringLiteral("--action"), QStringLiteral("removed"), QStringLiteral("--json") });
    REQUIRE(after.exitCode == 0);
    const QJsonArray removals = after.json().value(QStringLiteral("entries")).toArray();
    REQUIRE(removals.size() == 1);
    CHECK(removals.at(0)
              .toObject()
              .value(QStringLiteral("target"))
              .toString()
              .contains(QStringLiteral("audit_entry")));
    const auto verified
        = runCli({ QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--json") });
    CHECK(verified.exitCode == 0);
    CHECK(verified.json().value(QStringLiteral("intact")).toBool());
    // Nothing went: the log only grew (each run signs in and out).
    CHECK(verified.json().value(QStringLiteral("entries")).toInt() > before);

    // An auditor reads the log but may not remove from it.
    REQUIRE(runCli({ QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("shen"),
                       QStringLiteral("--role"), QStringLiteral("auditor") },
                { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Audit-2026x") } })
                .exitCode
        == 0);
    const auto refused = runCli(
        { QStringLiteral("audit"), QStringLiteral("prune"), db, QStringLiteral("--before"), tomorrow },
        { { QStringLiteral("REDGRID_USER"), QStringLiteral("shen") },
            { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Audit-2026x") } });
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(refused.err.isEmpty());
}
