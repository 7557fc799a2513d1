// What keeps the audit log honest on one computer (core/audit/AuditIntegrity): a break stays
// reported until an administrator acknowledges it, the remembered head moves only over
// entries checked, sealing leaves alone what this computer did not append, and an
// acknowledgement lets the log verify again while later tampering is still caught.
#include "audit/AuditIntegrity.h"
#include "audit/AuditLog.h"
#include "audit/AuditMac.h"
#include "audit/AuditSchema.h"
#include "audit/ChainHeadStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::audit;
using Problem = VerifyReport::Problem;

namespace {

const QByteArray Key(AuditMac::KeySize, '\x6b');

struct IntegrityDb
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db;
    const QString installation = RecordId::generate().toString();
    const RecordId adminId = RecordId::generate();

    IntegrityDb()
        : db(storage::Connection::open(
            dir.path(QStringLiteral("audit.redgrid")), storage::Connection::OpenMode::ReadWriteCreate))
    {
        db->exec(AuditSchemaSql);
    }

    ChainHeadStore store() const { return ChainHeadStore(dir.path(QStringLiteral("profile"))); }
    AuditIntegrity integrity(const QByteArray& key = Key) const
    {
        return AuditIntegrity(*db, key, installation, store());
    }
    // What security::recordAudit does: seals what this computer appended without the key.
    AuditEntry append(const QString& who, AuditAction action = AuditAction::Changed)
    {
        AuditLog log(*db, Key);
        log.setSealable([this] { return integrity().sealable(); });
        const auto added = log.append({ adminId, who, action, QStringLiteral("member"), RecordId::generate(),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("张三") } }, true });
        REQUIRE(added.ok());
        return *added;
    }
    // What security::recordAuditAsNobody does: a failed sign-in, remembered as appended here.
    AuditEntry appendWithoutKey(const QString& who)
    {
        const auto added = AuditLog(*db, {}).append({ {}, who, AuditAction::LoginFailed, {}, {}, {}, false });
        REQUIRE(added.ok());
        REQUIRE(integrity({}).rememberPending(*added).ok());
        return *added;
    }
    void dropTriggers()
    {
        db->exec("DROP TRIGGER audit_entry_keep_young; DROP TRIGGER audit_entry_sealed; "
                 "DROP TRIGGER audit_entry_removed;");
    }
    bool sealed(qint64 seq)
    {
        return db->scalar("SELECT mac IS NOT NULL FROM audit_entry WHERE seq = ?", seq);
    }
};

void requireBroken(const VerifyReport& report, Problem problem, qint64 seq)
{
    INFO(report.message().toStdString());
    REQUIRE(report.isBroken());
    CHECK(report.problem == problem);
    CHECK(report.brokenSeq == seq);
}

void requireIntact(const VerifyReport& report)
{
    INFO(report.message().toStdString());
    REQUIRE(report.isIntact());
}

}  // namespace

TEST_CASE("The head moves forward only over entries checked, and a failed sign-in is sealed later",
    "[audit][integrity]")
{
    IntegrityDb f;
    for (int i = 0; i < 4; ++i)
        f.append(QStringLiteral("张三"));
    requireIntact(f.integrity().checkRecent());
    CHECK(f.store().recall(f.installation)->seq == 4);

    const AuditEntry failed = f.appendWithoutKey(QStringLiteral("李四"));
    CHECK(f.store().recallMemory(f.installation).pending.size() == 1);
    const VerifyReport waiting = f.integrity().verify();
    requireIntact(waiting);
    CHECK(waiting.unsealed == 1);

    f.append(QStringLiteral("张三"));  // the next sign-in seals it
    CHECK(f.sealed(failed.seq));
    requireIntact(f.integrity().checkRecent());
    CHECK(f.store().recall(f.installation)->seq == 6);
    CHECK(f.store().recallMemory(f.installation).pending.isEmpty());
}

TEST_CASE("Sealing never vouches for entries someone else unsealed, inserted or edited", "[audit][integrity]")
{
    IntegrityDb f;
    for (int i = 0; i < 6; ++i)
        f.append(QStringLiteral("张三"));
    requireIntact(f.integrity().verify());

    // The attack: triggers dropped, every MAC from entry 3 on taken away, entry 3 made
    // harmless, the triggers put back; then someone signs in.
    f.dropTriggers();
    f.db->exec("UPDATE audit_entry SET mac = NULL WHERE seq >= 3");
    f.db->exec(R"(UPDATE audit_entry SET details = '{"unmasked":false}' WHERE seq = 3)");
    const QByteArray schema(AuditSchemaSql);
    f.db->exec(schema.mid(schema.indexOf("CREATE TRIGGER")).constData());
    const VerifyReport before = f.integrity().checkRecent();
    CHECK(before.isBroken());
    f.append(QStringLiteral("张三"));  // the sign-in's own entry
    for (qint64 seq = 3; seq <= 6; ++seq)
        CHECK_FALSE(f.sealed(seq));
    CHECK(f.sealed(7));
    // Reported as first found (before the sign-in wrote), and again and again.
    requireBroken(f.integrity().verify(), Problem::Unsealed, 3);
    const VerifyReport again = f.integrity().verify();
    requireBroken(again, Problem::Unsealed, 3);
    REQUIRE(again.newBreak);  // what the log shows now, remembered too
    CHECK(again.newBreak->problem == QStringLiteral("seal_removed"));
}

TEST_CASE("A break stays reported until an administrator acknowledges it", "[audit][integrity]")
{
    IntegrityDb f;
    for (int i = 0; i < 6; ++i)
        f.append(QStringLiteral("张三"));
    requireIntact(f.integrity().verify());
    CHECK(f.store().recall(f.installation)->seq == 6);

    // The newest entry is deleted; later sign-ins fill its seq and go past it.
    f.dropTriggers();
    f.db->exec("DELETE FROM audit_entry WHERE seq = 6");
    const VerifyReport first = f.integrity().verify();
    requireBroken(first, Problem::Truncated, 6);
    f.append(QStringLiteral("张三"));
    f.append(QStringLiteral("张三"));
    f.integrity().checkRecent();
    CHECK(f.store().recall(f.installation)->seq == 6);  // not moved over a break

    for (int i = 0; i < 3; ++i) {
        const VerifyReport again = f.integrity().verify();
        requireBroken(again, Problem::Truncated, 6);
        CHECK(again.foundAtMs > 0);
        CHECK(again.message().contains(QStringLiteral("stays reported until an administrator acknowledges")));
    }

    const auto acknowledged = f.integrity().acknowledge(f.adminId, QStringLiteral("admin"));
    REQUIRE(acknowledged.ok());
    REQUIRE(acknowledged->has_value());
    const AuditEntry entry = **acknowledged;
    CHECK(entry.action == QStringLiteral("chain_acknowledged"));
    CHECK(entry.username == QStringLiteral("admin"));
    CHECK(entry.isSealed());
    CHECK(AuditChain::fromDetails(entry.details).breaks.size() >= 1);
    CHECK(f.store().recallMemory(f.installation).breaks.isEmpty());
    CHECK(f.store().recall(f.installation)->seq == entry.seq);

    const VerifyReport after = f.integrity().verify();
    requireIntact(after);
    CHECK(after.acknowledged >= 1);
    CHECK(after.message().contains(QStringLiteral("were acknowledged by an administrator")));
    // Nothing left to acknowledge.
    const auto nothing = f.integrity().acknowledge(f.adminId, QStringLiteral("admin"));
    REQUIRE(nothing.ok());
    CHECK_FALSE(nothing->has_value());

    // Later tampering is caught as before.
    f.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 2");
    requireBroken(f.integrity().verify(), Problem::Edited, 2);
}

TEST_CASE(
    "An acknowledged entry is trusted as it stood, and a later change to it is caught", "[audit][integrity]")
{
    IntegrityDb f;
    for (int i = 0; i < 8; ++i)
        f.append(QStringLiteral("张三"));
    f.dropTriggers();

    SECTION("an edited entry")
    {
        f.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 4");
        requireBroken(f.integrity().verify(), Problem::Edited, 4);
        REQUIRE(f.integrity().acknowledge(f.adminId, QStringLiteral("admin")).ok());
        requireIntact(f.integrity().verify());
        f.append(QStringLiteral("张三"));
        requireIntact(f.integrity().verify());
        f.db->exec("UPDATE audit_entry SET username = 'auditor' WHERE seq = 4");
        requireBroken(f.integrity().verify(), Problem::Edited, 4);
    }
    SECTION("deleted entries in the middle")
    {
        f.db->exec("DELETE FROM audit_entry WHERE seq IN (3, 4)");
        requireBroken(f.integrity().verify(), Problem::Deleted, 3);
        requireBroken(f.integrity().verify(), Problem::Deleted, 3);
        REQUIRE(f.integrity().acknowledge(f.adminId, QStringLiteral("admin")).ok());
        requireIntact(f.integrity().verify());
        f.db->exec("DELETE FROM audit_entry WHERE seq = 6");
        requireBroken(f.integrity().verify(), Problem::Deleted, 6);
    }
    SECTION("several breaks at once, all listed in the one acknowledgement")
    {
        f.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 2");
        f.db->exec("UPDATE audit_entry SET mac = NULL WHERE seq = 5");
        f.db->exec("INSERT INTO audit_entry (id, seq, at, username, action, details, succeeded, created_at, "
                   "modified_at) VALUES (randomblob(16), 9, 0, 'x', 'login_failed', '{}', 0, 0, 0)");
        const auto acknowledged = f.integrity().acknowledge(f.adminId, QStringLiteral("admin"));
        REQUIRE(acknowledged.ok());
        REQUIRE(acknowledged->has_value());
        const auto listed = AuditChain::fromDetails((*acknowledged)->details);
        QStringList problems;
        for (const ChainBreak& found : listed.breaks)
            problems << found.problem + QLatin1Char('@') + QString::number(found.seq);
        CHECK(problems.contains(QStringLiteral("edited@2")));
        CHECK(problems.contains(QStringLiteral("seal_removed@5")));
        CHECK(problems.contains(QStringLiteral("unsealed@9")));
        requireIntact(f.integrity().verify());
    }
}

TEST_CASE("Only an acknowledgement made with the key counts", "[audit][integrity]")
{
    IntegrityDb f;
    for (int i = 0; i < 5; ++i)
        f.append(QStringLiteral("张三"));
    f.dropTriggers();
    f.db->exec("UPDATE audit_entry SET username = 'admin' WHERE seq = 3");
    requireBroken(f.integrity().verify(), Problem::Edited, 3);
    // A forged acknowledgement without the key: its pin does not check, its MAC neither.
    f.db->exec(R"(INSERT INTO audit_entry (id, seq, at, username, action, details, succeeded, mac,
                  created_at, modified_at) VALUES (randomblob(16), 6, 0, 'admin', 'chain_acknowledged',
                  '{"breaks":[{"problem":"edited","seq":3,"other":0}],"pins":[{"seq":3,"check":"AAAA"}]}',
                  1, randomblob(32), 0, 0))");
    requireBroken(f.integrity().verify(), Problem::Edited, 3);
    // Made with another key, an acknowledgement vouches for nothing.
    (void)AuditIntegrity(*f.db, QByteArray(32, 'w'), f.installation, f.store())
        .acknowledge(f.adminId, QStringLiteral("admin"));
    requireBroken(f.integrity().verify(), Problem::Edited, 3);
}
