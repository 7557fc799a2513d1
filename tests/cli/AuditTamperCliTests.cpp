// The audit log against someone with a copy of the file and the sqlite3 shell but no
// password: each attack is made with the real sqlite3 program between real runs of
// redgrid-cli, as an attacker would. Sealing at the next sign-in must never make a tampered
// log look intact, `audit verify` checks before its sign-in writes anything, and a break
// stays reported until an administrator acknowledges it.
#include "CliRun.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

namespace {

// A database with the district and one street, and a data folder of its own for this
// computer's memory of the audit log (audit-heads.json).
struct Office
{
    test::TempDir dir;
    QString db = dir.path(QStringLiteral("office.redgrid"));
    QString data = dir.path(QStringLiteral("data"));

    Office()
    {
        auto connection = test::createJiangbeiDatabase(db);
        REQUIRE(hierarchy::HierarchyEditor(*connection)
                    .add(hierarchy::HierarchyStore(*connection).root()->id,
                        { hierarchy::NodeKind::Street, QStringLiteral("观音桥街道") })
                    .ok());
    }

    CliRun cli(const QStringList& arguments, QHash<QString, QString> environment = {}) const
    {
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        return test::runCli(arguments, environment);
    }
    CliRun verify() const
    {
        return cli({ QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--json") });
    }

    // The sqlite3 shell on the file; returns what it printed.
    QString shell(const QString& sql) const
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), { db });
        REQUIRE(process.waitForStarted());
        process.write(sql.toUtf8());
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(30000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    qint64 number(const QString& sql) const { return shell(sql).toLongLong(); }

    // The attacker's frame: the triggers that guard the table dropped before, put back after.
    void tamper(const QString& sql) const
    {
        const QString triggers = shell(
            QStringLiteral(".mode list\nSELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' AND "
                           "tbl_name = 'audit_entry';"));
        REQUIRE(triggers.count(QStringLiteral("CREATE TRIGGER")) == 3);
        shell(QStringLiteral("DROP TRIGGER audit_entry_keep_young; DROP TRIGGER audit_entry_sealed; "
                             "DROP TRIGGER audit_entry_removed;\n")
            + sql + QLatin1Char('\n') + triggers + QLatin1Char('\n'));
        REQUIRE(number(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                                      "tbl_name = 'audit_entry';"))
            == 3);
    }
};

void requireBroken(const CliRun& run, qint64 seq)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.json().value(QStringLiteral("intact")).toBool());
    CHECK(run.json().value(QStringLiteral("brokenSeq")).toInteger() == seq);
}

void requireIntact(const CliRun& run)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.json().value(QStringLiteral("intact")).toBool());
}

}  // namespace

TEST_CASE("Seals taken away from entry N on and entry N edited are never sealed again",
    "[cli][security][audit][tamper]")
{
    Office f;
    REQUIRE(f.cli({ QStringLiteral("export-members"), f.db, QStringLiteral("--unmasked"),
                      QStringLiteral("--out"), f.dir.path(QStringLiteral("全部党员.xlsx")) })
                .exitCode
        == 0);
    const qint64 exported
        = f.number(QStringLiteral("SELECT max(seq) FROM audit_entry WHERE action = 'exported';"));
    REQUIRE(f.shell(QStringLiteral("SELECT details FROM audit_entry WHERE seq = %1;").arg(exported))
                .contains(QStringLiteral("\"unmasked\":true")));
    REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    requireIntact(f.verify());

    // The unmasked export made harmless, and the MACs from it on set to NULL.
    f.tamper(
        QStringLiteral("UPDATE audit_entry SET mac = NULL WHERE seq >= %1; UPDATE audit_entry SET details = "
                       "replace(details, '\"unmasked\":true', '\"unmasked\":false') WHERE seq = %1;")
            .arg(exported));
    // Someone signs in: the edited entries stay unsealed.
    REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    CHECK(
        f.number(
            QStringLiteral("SELECT count(*) FROM audit_entry WHERE seq >= %1 AND mac IS NULL;").arg(exported))
        >= 2);
    requireBroken(f.verify(), exported);
    requireBroken(f.verify(), exported);
}

TEST_CASE("A row inserted with a NULL MAC is reported, not sealed, even by verify's own sign-in",
    "[cli][security][audit][tamper]")
{
    Office f;
    REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    const qint64 next = f.number(QStringLiteral("SELECT max(seq) + 1 FROM audit_entry;"));
    f.tamper(
        QStringLiteral("INSERT INTO audit_entry (id, seq, at, username, action, target_table, details, "
                       "succeeded, mac, created_at, modified_at) VALUES (randomblob(16), %1, "
                       "CAST(strftime('%s','now') AS INTEGER) * 1000, 'admin', 'login', 'account', '{}', 1, "
                       "NULL, 0, 0);")
            .arg(next));
    // Straight to verify: its sign-in must not seal the row before the check sees it.
    requireBroken(f.verify(), next);
    CHECK(f.number(QStringLiteral("SELECT mac IS NULL FROM audit_entry WHERE seq = %1;").arg(next)) == 1);
    REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    requireBroken(f.verify(), next);
    CHECK(f.number(QStringLiteral("SELECT mac IS NULL FROM audit_entry WHERE seq = %1;").arg(next)) == 1);
}

TEST_CASE("Deleted entries stay reported on every later verify until an administrator acknowledges them",
    "[cli][security][audit][tamper]")
{
    Office f;
    REQUIRE(f.cli({ QStringLiteral("users"), QStringLiteral("add"), f.db, QStringLiteral("auditor1"),
                      QStringLiteral("--role"), QStringLiteral("auditor") },
                 { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Audit-2026x") } })
                .exitCode
        == 0);
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.cli({ QStringLiteral("info"), f.db }).exitCode == 0);
    const qint64 last = f.number(QStringLiteral("SELECT max(seq) FROM audit_entry;"));
    f.tamper(QStringLiteral("DELETE FROM audit_entry WHERE seq = %1;").arg(last));

    // Each verify signs in and appends, filling the deleted seq and going past it.
    for (int i = 0; i < 4; ++i) {
        const CliRun run = f.verify();
        INFO("verify " << i << ": " << run.out.toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.json().value(QStringLiteral("intact")).toBool());
        CHECK(run.json().value(QStringLiteral("brokenSeq")).toInteger() == last);
    }

    // An auditor may read the log, not acknowledge its breaks.
    const QHash<QString, QString> asAuditor { { QStringLiteral("REDGRID_USER"), QStringLiteral("auditor1") },
        { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Audit-2026x") } };
    CHECK(f.cli({ QStringLiteral("audit"), QStringLiteral("acknowledge"), f.db }, asAuditor).exitCode == 4);
    CHECK(f.cli({ QStringLiteral("audit"), QStringLiteral("verify"), f.db }, asAuditor).exitCode == 2);

    const CliRun acknowledged
        = f.cli({ QStringLiteral("audit"), QStringLiteral("acknowledge"), f.db, QStringLiteral("--json") });
    INFO(acknowledged.out.toStdString() << acknowledged.err.toStdString());
    REQUIRE(acknowledged.exitCode == 0);
    const qint64 entry = acknowledged.json().value(QStringLiteral("entry")).toInteger();
    CHECK(entry > last);
    CHECK(acknowledged.json().value(QStringLiteral("acknowledged")).toInt() >= 1);
    const CliRun listed = f.cli({ QStringLiteral("audit"), QStringLiteral("list"), f.db,
        QStringLiteral("--action"), QStringLiteral("chain_acknowledged"), QStringLiteral("--json") });
    CHECK(listed.json().value(QStringLiteral("entries")).toArray().size() == 1);

    const CliRun after = f.verify();
    requireIntact(after);
    CHECK(after.json().value(QStringLiteral("acknowledged")).toInt() >= 1);
    requireIntact(f.verify());
    // Nothing left to acknowledge; and new tampering shows again.
    CHECK(f.cli({ QStringLiteral("audit"), QStringLiteral("acknowledge"), f.db }).exitCode == 0);
    f.tamper(QStringLiteral("UPDATE audit_entry SET username = 'someone' WHERE seq = 2;"));
    requireBroken(f.verify(), 2);
}
