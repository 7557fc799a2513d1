// Issue 24 §2 through the real redgrid-cli: a damaged database is opened read-only (what is
// readable is given, with exit status 2, and the file is never written to), `check
// --integrity` checks every page, and the exit statuses say what happened: 2 for the file,
// 4 only for a refusal of the account.
#include "CliRun.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

namespace {

// The small demo district with a quarter of scores, and a data folder of its own.
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

    // Overwrites the b-tree page header and cell pointers of `table`'s root page, as a failing
    // disk sector would: every other table stays readable.
    void damage(const char* table) const
    {
        qint64 root = 0, pageSize = 0;
        {
            // Everything in the file itself first: the log is emptied into it.
            auto connection = storage::Connection::open(db, storage::Connection::OpenMode::ReadWrite);
            connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
            connection->exec("PRAGMA journal_mode = DELETE");
            root = connection->scalar(
                "SELECT rootpage FROM sqlite_schema WHERE name = ?", QString::fromUtf8(table));
            pageSize = connection->scalar("PRAGMA page_size");
        }
        REQUIRE(root > 1);
        REQUIRE_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((root - 1) * pageSize));
        REQUIRE(file.write(QByteArray(48, char(0x7F))) == 48);
    }

    QByteArray digest() const
    {
        return QCryptographicHash::hash(test::readBytes(db), QCryptographicHash::Sha256);
    }
};

}  // namespace

TEST_CASE("A damaged database is read, never written: reads give what they can with exit status 2",
    "[cli][integrity]")
{
    Office f;
    CHECK(f.cli({ QStringLiteral("check"), f.db, QStringLiteral("--integrity") }).exitCode == 0);

    const CliRun sound = f.cli({ QStringLiteral("export-members"), f.db, QStringLiteral("--out"),
        f.dir.path(QStringLiteral("before.xlsx")) });
    REQUIRE(sound.exitCode == 0);
    const QString written = sound.out.section(QStringLiteral(": "), 1).trimmed();  // "391 member(s) written"
    REQUIRE(written.contains(QStringLiteral("written")));

    f.damage("assessment_entry");
    const QByteArray before = f.digest();
    const QString file = QDir::toNativeSeparators(f.db);

    // The full check names the damage and exits 2, with no sign-in.
    const CliRun checked
        = f.cli({ QStringLiteral("check"), f.db, QStringLiteral("--integrity"), QStringLiteral("--json") },
            { { QStringLiteral("REDGRID_PASSWORD"), QString() } });
    CHECK(checked.exitCode == 2);
    CHECK(checked.json().value(QStringLiteral("ok")).toBool() == false);
    CHECK_FALSE(checked.json().value(QStringLiteral("problems")).toArray().isEmpty());

    // The roster, which does not lie on the damaged page, is exported whole (masked: an export
    // of full ID numbers must be entered in the log first, which a damaged file cannot take).
    const QString exported = f.dir.path(QStringLiteral("名单.xlsx"));
    const CliRun exportRun
        = f.cli({ QStringLiteral("export-members"), f.db, QStringLiteral("--out"), exported });
    INFO(exportRun.err.toStdString() + "\n" + exportRun.out.toStdString());
    CHECK(exportRun.exitCode == 2);
    CHECK(exportRun.err.contains(QStringLiteral("damaged")));
    CHECK(exportRun.err.contains(QStringLiteral("reading only")));
    CHECK(exportRun.out.contains(written));
    CHECK(QFileInfo(exported).size() > 0);
    const CliRun unmasked = f.cli({ QStringLiteral("export-members"), f.db, QStringLiteral("--unmasked"),
        QStringLiteral("--out"), f.dir.path(QStringLiteral("full.xlsx")) });
    CHECK(unmasked.exitCode == 2);
    CHECK(unmasked.err.contains(QStringLiteral("audit log first")));
    CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("full.xlsx"))));

    // Reading the damaged table itself fails as the file's failure: 2, never 4.
    const CliRun scores
        = f.cli({ QStringLiteral("scores"), f.db, QStringLiteral("--period"), QStringLiteral("2026Q3") });
    CHECK(scores.exitCode == 2);
    INFO(scores.err.toStdString());
    CHECK(scores.err.contains(file + QStringLiteral(": ")));

    // Writes are refused with the reason; a wrong password is still a refusal (4), unrecorded.
    const CliRun added
        = f.cli({ QStringLiteral("users"), QStringLiteral("add"), f.db, QStringLiteral("shuji"),
                    QStringLiteral("--role"), QStringLiteral("auditor") },
            { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Secret-2026x") } });
    CHECK(added.exitCode == 2);
    CHECK(added.err.contains(QStringLiteral("writes nothing")));
    const CliRun wrong = f.cli({ QStringLiteral("info"), f.db },
        { { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("wrong-password") } });
    CHECK(wrong.exitCode == 4);

    // Not one byte of the file changed, and no log was left beside it.
    CHECK(f.digest() == before);
    CHECK_FALSE(QFileInfo::exists(f.db + QStringLiteral("-wal")));
}

TEST_CASE("Exit statuses: a refusal of the account is 4, a rule or the file 2, usage 1", "[cli][integrity]")
{
    Office f;
    const QHash<QString, QString> newPassword { { QStringLiteral("REDGRID_NEW_PASSWORD"),
        QStringLiteral("Secret-2026x") } };
    const auto usersAdd
        = [&](const QString& name, const QStringList& more, QHash<QString, QString> environment) {
              return f.cli(QStringList { QStringLiteral("users"), QStringLiteral("add"), f.db, name } + more,
                  environment);
          };
    // Validation of `users add`: a weak password, a name taken: 2 (was 4).
    const CliRun weak
        = usersAdd(QStringLiteral("shuji"), { QStringLiteral("--role"), QStringLiteral("auditor") },
            { { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("short") } });
    CHECK(weak.exitCode == 2);
    REQUIRE(usersAdd(
                QStringLiteral("shuji"), { QStringLiteral("--role"), QStringLiteral("auditor") }, newPassword)
                .exitCode
        == 0);
    CHECK(usersAdd(
              QStringLiteral("shuji"), { QStringLiteral("--role"), QStringLiteral("auditor") }, newPassword)
              .exitCode
        == 2);
    CHECK(usersAdd(
              QStringLiteral("other"), { QStringLiteral("--role"), QStringLiteral("nonsense") }, newPassword)
              .exitCode
        == 1);

    const QString roster = f.dir.path(QStringLiteral("名单.csv"));
    REQUIRE(f.cli({ QStringLiteral("export-members"), f.db, QStringLiteral("--out"), roster }).exitCode == 0);

    // An auditor may not add accounts, export or import the roster, back up or change
    // organisations: 4 each.
    const QHash<QString, QString> auditor { { QStringLiteral("REDGRID_USER"), QStringLiteral("shuji") },
        { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Secret-2026x") },
        { QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Secret-2026x") } };
    const QList<QStringList> refused {
        { QStringLiteral("users"), QStringLiteral("add"), f.db, QStringLiteral("x1"),
            QStringLiteral("--role"), QStringLiteral("auditor") },
        { QStringLiteral("export-members"), f.db, QStringLiteral("--out"),
            f.dir.path(QStringLiteral("a.csv")) },
        { QStringLiteral("backup"), f.db, QStringLiteral("--out"), f.dir.path(QStringLiteral("b.redgrid")) },
        { QStringLiteral("orgs"), QStringLiteral("add"), f.db, QStringLiteral("--name"),
            QStringLiteral("新支部") },
        { QStringLiteral("import-members"), f.db, roster },
    };
    for (const QStringList& arguments : refused) {
        const CliRun run = f.cli(arguments, auditor);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + " -> " + run.err.toStdString());
        CHECK(run.exitCode == 4);
    }
}
