// ID numbers, phones and addresses sealed at rest: nothing of them in the file's bytes,
// found again by their full value or last 4 digits, and plain databases sealed in place.
#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/Masking.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberSecrets.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "security/DatabaseKeys.h"
#include "security/SecuredFile.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/DatabaseCopy.h"
#include "storage/DatabaseFile.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// Every file of a database: the file itself, its write-ahead log and shared memory.
QByteArray allBytes(const QString& path)
{
    QByteArray bytes;
    for (const char* suffix : { "", "-wal", "-journal" })
        if (QFile::exists(path + QLatin1String(suffix)))
            bytes += test::readBytes(path + QLatin1String(suffix));
    return bytes;
}

// The values that must not appear, as SQLite would store them (UTF-8) and without separators.
QList<QByteArray> needles(const roster::Member& m)
{
    QList<QByteArray> result { m.idNumber.toUtf8() };
    if (!m.mobile.isEmpty())
        result << m.mobile.toUtf8();
    if (!m.landline.isEmpty())
        result << m.landline.toUtf8() << QString(m.landline).remove(QLatin1Char('-')).toUtf8();
    if (m.address.size() > 8)
        result << m.address.toUtf8();
    return result;
}

std::vector<roster::Member> everyone(storage::Connection& db)
{
    roster::RosterCursor cursor(db, {}, {});
    std::vector<qint64> rowIds;
    while (cursor.fetch(rowIds, 5000)) { }
    std::vector<roster::Member> result;
    for (const auto& row : roster::MemberStore(db).rows(rowIds, roster::Exposure::Unmasked))
        result.push_back(row.member);
    return result;
}

}  // namespace

TEST_CASE("No ID number, phone or address is in the file's bytes, its log or a copy",
    "[core][security][encryption]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sealed.redgrid"));
    auto built = demo::DemoBuilder::create(path, test::testAdministrator(), { 3, demo::DemoScale::Small });
    REQUIRE(built.ok());
    storage::Connection& db = **built;
    const auto members = everyone(db);
    REQUIRE(members.size() > 100);
    int withMobile = 0, withAddress = 0;
    for (const auto& m : members) {
        REQUIRE(m.idNumber.size() == 18);
        withMobile += !m.mobile.isEmpty();
        withAddress += m.address.size() > 8;
    }
    CHECK(withMobile > 50);
    CHECK(withAddress > 50);
    // An edit while the file is open: the log holds pages too.
    roster::Member edited = members.front();
    edited.mobile = QStringLiteral("13912345678");
    REQUIRE(roster::MemberEditor(db).update(edited).ok());
    const QString copy = dir.path(QStringLiteral("copy.redgrid"));
    REQUIRE(storage::DatabaseCopy::save(path, copy).ok());

    const QByteArray open = allBytes(path);
    CHECK(QFile::exists(path + QStringLiteral("-wal")));
    built.value().reset();
    const QByteArray closed = allBytes(path);
    const QByteArray copied = allBytes(copy);
    int searched = 0;
    for (const auto& m : members)
        for (const QByteArray& needle : needles(m)) {
            INFO(needle.toStdString());
            CHECK_FALSE(open.contains(needle));
            CHECK_FALSE(closed.contains(needle));
            CHECK_FALSE(copied.contains(needle));
            ++searched;
        }
    CHECK_FALSE(open.contains(QByteArrayLiteral("13912345678")));
    CHECK(searched > 300);
    // The names are there (not sealed), so the search above would have found plain text.
    CHECK(closed.contains(members.front().name.toUtf8()));
}

TEST_CASE(
    "Sealed numbers round-trip and are found in full and by their last 4", "[core][security][encryption]")
{
    test::TempDir dir;
    auto built = demo::DemoBuilder::create(
        dir.path(QStringLiteral("d.redgrid")), test::testAdministrator(), { 5, demo::DemoScale::Small });
    REQUIRE(built.ok());
    storage::Connection& db = **built;
    const auto members = everyone(db);
    REQUIRE(members.size() > 10);
    roster::MemberStore store(db);
    int checked = 0;
    for (const auto& m : members) {
        if (checked == 20)
            break;
        ++checked;
        // The full ID number, and the last 4 digits, find the member.
        const auto found = store.findByIdNumber(m.idNumber, roster::Exposure::Unmasked);
        REQUIRE(found);
        CHECK(found->id == m.id);
        CHECK(found->address == m.address);
        roster::RosterCursor full(db, { .status = std::nullopt, .search = m.idNumber }, {});
        std::vector<qint64> rowIds;
        full.fetch(rowIds, 10);
        REQUIRE(rowIds.size() == 1);
        CHECK(store.rows(rowIds).front().member.id == m.id);
        roster::RosterCursor last4(db, { .status = std::nullopt, .search = m.idNumber.right(4) }, {});
        std::vector<qint64> suffixRows;
        last4.fetch(suffixRows, 1000);
        bool among = false;
        for (const auto& row : store.rows(suffixRows))
            among = among || row.member.id == m.id;
        CHECK(among);
        if (m.mobile.size() == 11) {
            roster::RosterCursor phone(db, { .status = std::nullopt, .search = m.mobile }, {});
            CHECK(phone.count() >= 1);
        }
    }
    // A sealed value moved onto another member's row does not open there.
    db.exec("UPDATE member SET secrets_sealed = (SELECT secrets_sealed FROM member ORDER BY rowid LIMIT 1) "
            "WHERE rowid = (SELECT max(rowid) FROM member)");
    const qint64 lastRow = db.scalar("SELECT max(rowid) FROM member");
    CHECK(store.rows({ lastRow }, roster::Exposure::Unmasked).front().member.idNumber == QStringLiteral("?"));
}

TEST_CASE(
    "A plain database from before accounts is sealed in place, in one go", "[core][security][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.redgrid"));
    const QString idNumber = QStringLiteral("500105199001011236");
    const QString address = QStringLiteral("重庆市江北区观音桥街道建新北路8号3单元");
    {
        auto db = storage::Connection::open(path, storage::Connection::OpenMode::ReadWriteCreate);
        db->exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::DatabaseFile::ApplicationId));
        db->exec("PRAGMA journal_mode = WAL");
        storage::Schema::migrate(*db, 2);
        db->exec(QStringLiteral(
            "INSERT INTO setting VALUES ('installation.id', 'test', 0, 0);"
            "INSERT INTO hierarchy_node (id, parent_id, level, kind, name, code, spell, created_at, "
            "modified_at) "
            "VALUES (x'01000000000000000000000000000001', NULL, 1, 'district', '江北区', '500105', '', 0, 0);"
            "INSERT INTO party_org (id, kind, name, code, created_at, modified_at) "
            "VALUES (x'02000000000000000000000000000001', 'branch', '测试支部', '001', 0, 0);"
            "INSERT INTO member (id, org_id, name, id_number, id_last4, category, mobile, mobile_last4, "
            "landline, "
            "landline_last4, address, sort_pinyin, sort_stroke, spell, initials, created_at, modified_at) "
            "VALUES "
            "(x'03000000000000000000000000000001', x'02000000000000000000000000000001', '张三', '%1', "
            "'1236', '1', "
            "'13812345678', '5678', '023-67891234', '1234', '%2', 'zhang san', x'00', 'zhangsan', 'zs', 0, "
            "0);"
            "INSERT INTO member_event (id, member_id, kind, occurred_on, details, created_at, modified_at) "
            "VALUES "
            "(x'04000000000000000000000000000001', x'03000000000000000000000000000001', 'changed', "
            "'2026-01-02', "
            "'{\"fields\":{\"address\":{\"from\":\"重庆市渝中区解放碑民族路1号\",\"to\":\"%2\"}}}', 0, 0);")
                     .arg(idNumber, address));
    }
    REQUIRE(allBytes(path).contains(idNumber.toUtf8()));  // the test would otherwise prove nothing
    REQUIRE(security::SecuredFile::needsFirstAdministrator(path));

    const auto admin = test::testAdministrator();
    security::SecuredDatabase secured;
    auto opened = security::SecuredFile::open(path, &admin, &secured);
    REQUIRE(opened.ok());
    CHECK_FALSE(secured.recoveryKey.isEmpty());
    roster::MemberStore store(**opened);
    const auto m = store.findByIdNumber(idNumber, roster::Exposure::Unmasked);
    REQUIRE(m);
    CHECK(m->mobile == QStringLiteral("13812345678"));
    CHECK(m->landline == QStringLiteral("023-67891234"));
    CHECK(m->address == address);
    const auto history = roster::MemberEvents(**opened).history(m->id);
    REQUIRE(history.size() == 1);
    CHECK(history.front()
              .details.value(QStringLiteral("fields"))
              .toObject()
              .value(QStringLiteral("address"))
              .toObject()
        == QJsonObject { { QStringLiteral("masked"), roster::maskAddress(address) } });
    opened.value().reset();

    const QByteArray bytes = allBytes(path);
    for (const QByteArray& needle : { idNumber.toUtf8(), QByteArrayLiteral("13812345678"),
             QByteArrayLiteral("023-67891234"), address.toUtf8(), QStringLiteral("解放碑民族路").toUtf8() }) {
        INFO(needle.toStdString());
        CHECK_FALSE(bytes.contains(needle));
    }
    CHECK(bytes.contains(QStringLiteral("测试支部").toUtf8()));
}

TEST_CASE("Members sealed item by item, as schema versions 3 to 6 stored them, still open and are "
          "resealed together when changed",
    "[core][security][encryption]")
{
    test::TempDir dir;
    auto built = demo::DemoBuilder::create(
        dir.path(QStringLiteral("d.redgrid")), test::testAdministrator(), { 7, demo::DemoScale::Small });
    REQUIRE(built.ok());
    storage::Connection& db = **built;
    roster::Member m;
    for (const auto& candidate : everyone(db))
        if (!candidate.mobile.isEmpty() && candidate.address.size() > 8) {
            m = candidate;
            break;
        }
    REQUIRE_FALSE(m.id.isNull());
    m.landline = QStringLiteral("023-67891234");
    roster::MemberStore store(db);
    roster::MemberEditor editor(db);
    REQUIRE(editor.update(m).ok());

    // The older form: each item sealed on its own, bound to its column's name and the member.
    const security::DatabaseKeys& keys = security::Session::of(db)->keys();
    const auto context = [&](const char* column) {
        return QByteArray(column) + QByteArray(reinterpret_cast<const char*>(m.id.data()), RecordId::Size);
    };
    auto old = db.prepare("UPDATE member SET secrets_sealed = ?, mobile_sealed = ?, landline_sealed = ?, "
                          "address_sealed = ? WHERE id = ?");
    old.bindAll(keys.sealText(m.idNumber, context("member.id_number/")),
        keys.sealText(m.mobile, context("member.mobile/")),
        keys.sealText(m.landline, context("member.landline/")),
        keys.sealText(m.address, context("member.address/")), m.id);
    old.run();
    const auto read = [&] { return store.findByIdNumber(m.idNumber, roster::Exposure::Unmasked); };
    REQUIRE(read());
    CHECK(read()->idNumber == m.idNumber);
    CHECK(read()->mobile == m.mobile);
    CHECK(read()->landline == m.landline);
    CHECK(read()->address == m.address);

    // Changed: all four sealed together again, the older columns emptied.
    m.remarks = QStringLiteral("年度考核优秀");
    REQUIRE(editor.update(m).ok());
    CHECK(db.scalar("SELECT count(*) FROM member WHERE id = ? AND mobile_sealed IS NULL AND "
                    "landline_sealed IS NULL AND address_sealed IS NULL",
              m.id)
        == 1);
    CHECK(read()->idNumber == m.idNumber);
    CHECK(read()->mobile == m.mobile);
    CHECK(read()->landline == m.landline);
    CHECK(read()->address == m.address);
    // The new form does not open as the old: the ID number's own context refuses it.
    auto value = db.prepare("SELECT secrets_sealed FROM member WHERE id = ?");
    value.bindAll(m.id);
    REQUIRE(value.step());
    CHECK_FALSE(keys.openText(value.blob(0), context("member.id_number/")).has_value());
}

TEST_CASE("Keyed hashes find a number however it was typed", "[core][security][encryption]")
{
    const security::DatabaseKeys keys = security::DatabaseKeys::generate();
    const QByteArray id = keys.idNumberHash(QStringLiteral("11010519491231002X"));
    CHECK(id.size() == 16);
    CHECK(keys.idNumberHash(QStringLiteral(" 11010519491231002x\t")) == id);
    CHECK(keys.idNumberHash(QStringLiteral("110105194912310021")) != id);
    // Characters no ID number has are hashed too, never mistaken for the ASCII number.
    CHECK(keys.idNumberHash(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")) != id);
    const QByteArray phone = keys.phoneHash(QStringLiteral("02367891234"));
    CHECK(keys.phoneHash(QStringLiteral("023-6789 1234")) == phone);
    CHECK(keys.phoneHash(QStringLiteral("13812345678")) != phone);
    CHECK(phone != keys.idNumberHash(QStringLiteral("02367891234")));  // a key per purpose
    // Longer than any phone: every digit counts.
    const QString digits = QStringLiteral("0123456789").repeated(8);
    CHECK(keys.phoneHash(digits) == keys.phoneHash(QStringLiteral("tel ") + digits));
    CHECK(keys.phoneHash(digits) != keys.phoneHash(digits.left(64)));
    CHECK(keys.phoneHash(digits) != keys.phoneHash(digits.left(79)));
}

TEST_CASE("The last 4 digits kept for suffix search skip separators and keep a final X", "[core][security]")
{
    using roster::MemberSecrets;
    CHECK(MemberSecrets::lastDigits(QStringLiteral("11010519491231002X")) == QStringLiteral("002X"));
    CHECK(MemberSecrets::lastDigits(QStringLiteral("023-6789 1234")) == QStringLiteral("1234"));
    CHECK(MemberSecrets::lastDigits(QStringLiteral("138 0013 8000")) == QStringLiteral("8000"));
    CHECK(MemberSecrets::lastDigits(QStringLiteral("12-3")) == QStringLiteral("123"));
    CHECK(MemberSecrets::lastDigits(QStringLiteral("转 12")) == QStringLiteral("12"));
    CHECK(MemberSecrets::lastDigits(QString()).isEmpty());
    CHECK(MemberSecrets::lastDigits(QStringLiteral("无")).isEmpty());
}
