#include "format/CsvReader.h"
#include "roster/PhoneNumber.h"
#include "support/TestSupport.h"

#include <QHash>
#include <QSet>

#include <catch2/catch.hpp>

#include <vector>

using namespace redgrid;
using namespace redgrid::roster;

namespace {

struct PhoneVector
{
    qint64 row = 0;
    QString phone;
    bool valid = false;
    QString note;
};

std::vector<PhoneVector> phoneVectors()
{
    const QByteArray bytes = test::readBytes(test::fixture(QStringLiteral("roster/phone_vectors_zh_CN.csv")));
    auto table = format::CsvReader::read(QString::fromUtf8(bytes));
    REQUIRE(table.ok());
    std::vector<PhoneVector> vectors;
    for (const auto& record : table->records) {
        if (record.row == 1)
            continue;  // header: phone,valid,source,note
        REQUIRE(record.fields.size() == 4);
        vectors.push_back(
            { record.row, record.fields[0], record.fields[1] == QLatin1String("1"), record.fields[3] });
    }
    return vectors;
}

// Where RedGrid deliberately differs from validator.js's isMobilePhone('zh-CN'), and why.
struct Deviation
{
    bool redgridAccepts;
    const char* reason;
};

const QHash<QString, Deviation>& deviations()
{
    static const char* future
        = "9x 'future segments' are not allocated mobile numbers (MIIT allocates 13–19); "
          "a roster number beginning with 9 is a typing mistake";
    static const char* separators = "RedGrid removes spaces and dashes, as roster cells contain them; "
                                    "validator.js tests the exact form";
    static const QHash<QString, Deviation> table {
        { QStringLiteral("92138389438"), { false, future } },
        { QStringLiteral("+8692138389438"), { false, future } },
        { QStringLiteral("008692138389438"), { false, future } },
        { QStringLiteral("98199649964"), { false, future } },
        { QStringLiteral("+8698099649964"), { false, future } },
        { QStringLiteral("008698099649964"), { false, future } },
        { QStringLiteral("+86-13838389438"), { true, separators } },
        { QStringLiteral("0086-13811211114"), { true, separators } },
        { QStringLiteral("0086-138-1121-1114"), { true, separators } },
        { QStringLiteral("010-38238383"),
            { true,
                "a Beijing landline: the roster's phone field takes landlines, validator.js tests "
                "mobiles" } },
    };
    return table;
}

}  // namespace

TEST_CASE("Phone numbers: every published test vector", "[rules][phone]")
{
    const PhoneVector v = GENERATE(from_range(phoneVectors()));
    INFO("row " << v.row << ": \"" << v.phone.toStdString() << "\" " << v.note.toStdString());
    const PhoneCheck checked = PhoneNumber::check(v.phone);
    INFO("error: " << checked.error.toStdString());

    const auto deviation = deviations().constFind(v.phone);
    if (deviation != deviations().cend()) {
        INFO("deliberate difference: " << deviation->reason);
        CHECK(v.valid != deviation->redgridAccepts);
        CHECK(checked.ok() == deviation->redgridAccepts);
    } else {
        CHECK(checked.ok() == v.valid);
    }
    if (checked.ok() && checked.kind == PhoneKind::Mobile) {
        // The normalised form is the last 11 digits, whatever prefix was written.
        QString digits;
        for (QChar c : v.phone) {
            if (c.isDigit())
                digits.append(c);
        }
        CHECK(checked.normalised == digits.right(11));
    }
    if (!checked.ok()) {
        CHECK(checked.kind == PhoneKind::Invalid);
        CHECK(checked.normalised.isEmpty());
    }
}

TEST_CASE("Phone numbers: the deviation list only names vectors that exist", "[rules][phone]")
{
    QSet<QString> phones;
    for (const PhoneVector& v : phoneVectors())
        phones.insert(v.phone);
    for (auto it = deviations().cbegin(); it != deviations().cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(phones.contains(it.key()));
    }
    CHECK(phones.size() >= 45);
}

TEST_CASE("Phone numbers: mobiles are normalised to 11 digits", "[rules][phone]")
{
    for (const char* written : { "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
             "+86-138-1234-5678", "0086 13812345678", "8613812345678", " 13812345678\t", "13812345678.0" }) {
        INFO(written);
        const auto checked = PhoneNumber::check(QString::fromLatin1(written));
        CHECK(checked.error.isEmpty());
        CHECK(checked.normalised == QStringLiteral("13812345678"));
        CHECK(checked.kind == PhoneKind::Mobile);
    }
    // Full-width digits from a Chinese input method.
    CHECK(PhoneNumber::check(QStringLiteral("１３８１２３４５６７８")).normalised
        == QStringLiteral("13812345678"));

    CHECK(PhoneNumber::check(QStringLiteral("1381234567")).error
        == QStringLiteral("a mobile number has 11 digits; \"1381234567\" has 10"));
    CHECK(PhoneNumber::check(QStringLiteral("12812345678")).error
        == QStringLiteral("\"12812345678\" is not a mobile number: mobile numbers begin with 13 to 19"));
    CHECK_THAT(PhoneNumber::check(QStringLiteral("13812345678转1")).error.toStdString(),
        Catch::Contains("no extension"));
}

TEST_CASE("Phone numbers: landlines keep their area code", "[rules][phone]")
{
    struct Case
    {
        const char* written;
        const char* normalised;
    };
    const Case cases[] = {
        { "023-67891234", "023-67891234" },  // 重庆
        { "02367891234", "023-67891234" },
        { "(023)67891234", "023-67891234" },
        { "（０２３）６７８９ １２３４", "023-67891234" },
        { "023-6789-1234", "023-67891234" },
        { "023 6789 1234", "023-67891234" },
        { "010-38238383", "010-38238383" },  // 北京
        { "0943-8212345", "0943-8212345" },  // 白银, a 7-digit number
        { "0755-83765566", "0755-83765566" },  // 深圳
        { "+86 23 6789 1234", "023-67891234" },
        { "0086-755-83765566", "0755-83765566" },
        { "023-67891234-801", "023-67891234-801" },
        { "023-67891234转801", "023-67891234-801" },
        { "023-67891234 分机 801", "023-67891234-801" },
        { "023-67891234 ext. 801", "023-67891234-801" },
        { "023-67891234#801", "023-67891234-801" },
    };
    for (const Case& c : cases) {
        INFO(c.written);
        const auto checked = PhoneNumber::check(QString::fromUtf8(c.written));
        CHECK(checked.error.isEmpty());
        CHECK(checked.normalised == QString::fromUtf8(c.normalised));
        CHECK(checked.kind == PhoneKind::Landline);
    }
}

TEST_CASE("Phone numbers: what is refused, and why", "[rules][phone]")
{
    auto error
        = [](const char* text) { return PhoneNumber::check(QString::fromUtf8(text)).error.toStdString(); };
    CHECK(error("") == "the phone number is empty");
    CHECK(error("   ") == "the phone number is empty");
    CHECK_THAT(error("67891234"), Catch::Contains("no area code"));
    CHECK_THAT(error("013838389438"), Catch::Contains("area code"));
    CHECK_THAT(error("023-0789123"), Catch::Contains("7 or 8 digits not beginning with 0 or 1"));
    CHECK_THAT(error("023-678912345"), Catch::Contains("7 or 8 digits"));
    CHECK_THAT(error("+852 9123 4567"), Catch::Contains("not a mainland China number"));
    // In international form a landline must show where the area code ends.
    CHECK_THAT(error("+862367891234"), Catch::Contains("is not a mainland China mobile number"));
    CHECK(PhoneNumber::check(QStringLiteral("+86 (23) 6789-1234")).normalised
        == QStringLiteral("023-67891234"));
    CHECK_THAT(error("13812345678/023-67891234"), Catch::Contains("more than one phone number"));
    CHECK_THAT(error("13812345678、13987654321"), Catch::Contains("more than one phone number"));
    CHECK_THAT(error("023-67891234转1234567"), Catch::Contains("extension has 1 to 6 digits"));
    CHECK_THAT(error("电话13812345678"), Catch::Contains("is not a mainland China mobile number"));
    CHECK_THAT(error("95588"), Catch::Contains("is not a mainland China mobile number"));
}
