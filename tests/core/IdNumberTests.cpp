#include "format/CsvReader.h"
#include "roster/IdNumber.h"
#include "support/TestSupport.h"

#include <QHash>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace redgrid;
using namespace redgrid::roster;

namespace {

// The ID checks are pinned to a fixed "today" so that they do not age.
const QDate today(2025, 6, 1);

struct IdVector
{
    qint64 row = 0;
    QString id;
    bool valid = false;
    QString source;
    QString note;
};

std::vector<IdVector> idVectors()
{
    const QByteArray bytes = test::readBytes(test::fixture(QStringLiteral("roster/id_vectors.csv")));
    auto table = format::CsvReader::read(QString::fromUtf8(bytes));
    REQUIRE(table.ok());
    std::vector<IdVector> vectors;
    for (const auto& record : table->records) {
        if (record.row == 1)
            continue;  // header: id,valid,source,note
        REQUIRE(record.fields.size() == 4);
        vectors.push_back({ record.row, record.fields[0], record.fields[1] == QLatin1String("1"),
            record.fields[2], record.fields[3] });
    }
    return vectors;
}

// Where RedGrid's rule deliberately differs from a vector's valid flag, and why.
struct Deviation
{
    bool redgridAccepts;
    const char* reason;
};

const QHash<QString, Deviation>& deviations()
{
    static const char* fifteen = "15-digit first-generation numbers are refused: the 2017 collection records "
                                 "18-digit numbers, and converting one means guessing the century";
    static const char* county = "county-level address codes are not checked against their history (RedGrid "
                                "has no GB/T 2260 change table); the source marks these invalid only in its "
                                "strict mode";
    static const QHash<QString, Deviation> table {
        { QStringLiteral("110101491001001"), { false, fifteen } },
        { QStringLiteral("150102880730303"), { false, fifteen } },
        { QStringLiteral("330102200403064"), { false, fifteen } },
        { QStringLiteral("111111111111111"), { false, fifteen } },
        { QStringLiteral("610104620927690"), { false, fifteen } },
        { QStringLiteral("990426199112010074"),
            { true,
                "an unknown province code is a warning, not an error: the check digit and birth date are "
                "right, so the number was copied as written" } },
        { QStringLiteral("110111198012010078"), { true, county } },
        { QStringLiteral("110201199312010077"), { true, county } },
        { QStringLiteral("500154199301135886"), { true, county } },
    };
    return table;
}

}  // namespace

TEST_CASE("ID numbers: every published test vector", "[rules][id]")
{
    const IdVector v = GENERATE(from_range(idVectors()));
    INFO("row " << v.row << ": " << v.id.toStdString() << " — " << v.note.toStdString());
    const IdNumberCheck checked = IdNumber::check(v.id, CellForm::Text, today);
    INFO("error: " << checked.error.toStdString() << " warning: " << checked.warning.toStdString());

    const auto deviation = deviations().constFind(v.id);
    if (deviation != deviations().cend()) {
        INFO("deliberate difference: " << deviation->reason);
        CHECK(v.valid != deviation->redgridAccepts);  // a stale entry would hide a real disagreement
        CHECK(checked.ok() == deviation->redgridAccepts);
    } else {
        CHECK(checked.ok() == v.valid);
    }

    // The vectors' notes say what an independent computation found; the message must agree.
    static const QRegularExpression expectedCheck(QStringLiteral("check digit BAD\\(expected (.)\\)"));
    const auto bad = expectedCheck.match(v.note);
    if (v.note.contains(QLatin1String("birth date BAD"))) {
        CHECK_THAT(checked.error.toStdString(), Catch::Contains("birth date"));
    } else if (bad.hasMatch()) {
        // The notes' "birth date ok" means a calendar date; one in the future is reported first.
        const QDate born = QDate::fromString(v.id.mid(6, 8), QStringLiteral("yyyyMMdd"));
        const QString said = born > today
            ? QStringLiteral("is in the future")
            : QStringLiteral("should be %1, not %2").arg(bad.captured(1), v.id.right(1));
        CHECK_THAT(checked.error.toStdString(), Catch::Contains(said.toStdString()));
    }
    if (checked.ok()) {
        CHECK(checked.normalised == v.id.toUpper());
        CHECK(checked.birthDate.toString(QStringLiteral("yyyyMMdd")) == v.id.mid(6, 8));
        CHECK(checked.sex == (v.id.mid(16, 1).toInt() % 2 == 1 ? 1 : 2));
    } else {
        CHECK(checked.normalised.isEmpty());
    }
}

TEST_CASE("ID numbers: the deviation list only names vectors that exist", "[rules][id]")
{
    QSet<QString> ids;
    for (const IdVector& v : idVectors())
        ids.insert(v.id);
    for (auto it = deviations().cbegin(); it != deviations().cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(ids.contains(it.key()));
    }
    CHECK(ids.size() >= 70);
}

TEST_CASE("ID numbers: check character, as in GB 11643-1999", "[rules][id]")
{
    // The standard's own examples.
    CHECK(IdNumber::checkCharacter(u"11010519491231002") == QLatin1Char('X'));
    CHECK(IdNumber::checkCharacter(u"44052418800101001") == QLatin1Char('4'));
    CHECK(IdNumber::checkCharacter(u"1101051949123100").isNull());
    CHECK(IdNumber::checkCharacter(u"1101051949123100A").isNull());

    CHECK(IdNumber::check(QStringLiteral("11010519491231002X"), CellForm::Text, today).ok());
    const auto wrong = IdNumber::check(QStringLiteral("500105198507181231"), CellForm::Text, today);
    CHECK(wrong.error == QStringLiteral("the check digit should be 7, not 1"));
    CHECK(IdNumber::check(QStringLiteral("500105198507181237"), CellForm::Text, today).ok());
}

TEST_CASE("ID numbers: normalising what people type", "[rules][id]")
{
    const QString id = QStringLiteral("44011320141005001X");
    CHECK(IdNumber::check(QStringLiteral("44011320141005001x"), CellForm::Text, today).normalised == id);
    CHECK(IdNumber::check(QStringLiteral("  44011320141005001X\t"), CellForm::Text, today).normalised == id);
    CHECK(IdNumber::check(QStringLiteral("'44011320141005001x"), CellForm::Text, today).normalised == id);
    CHECK(IdNumber::check(QStringLiteral("４４０１１３２０１４１００５００１Ｘ"), CellForm::Text, today)
              .normalised
        == id);
    CHECK(IdNumber::check(QStringLiteral("\u3000440113201410050 01X"), CellForm::Text, today).error
        == QStringLiteral(
            "an ID number has only digits and a final X; \"440113201410050 01X\" contains \" \""));

    const auto empty = IdNumber::check(QStringLiteral("   "), CellForm::Text, today);
    CHECK(empty.error == QStringLiteral("the ID number is empty"));
    CHECK_THAT(
        IdNumber::check(QStringLiteral("4401132014100500X1"), CellForm::Text, today).error.toStdString(),
        Catch::Contains("only digits and a final X"));
    CHECK_THAT(
        IdNumber::check(QStringLiteral("5001051990030712311"), CellForm::Text, today).error.toStdString(),
        Catch::Contains("has 19"));
}

TEST_CASE("ID numbers: numbers Excel turned into numbers are refused, never repaired", "[rules][id]")
{
    auto error = [](const char* text, CellForm form) {
        return IdNumber::check(QString::fromLatin1(text), form, today).error.toStdString();
    };
    CHECK(error("5.00105E+17", CellForm::Text)
        == "Excel turned the ID number into a number and lost its last digits (\"5.00105E+17\"); format the "
           "column as text and enter the ID numbers again");
    const auto excel = [](const std::string& message) {
        return message.find("Excel turned the ID number into a number") != std::string::npos;
    };
    // Scientific notation, whatever the caller says about the cell.
    CHECK(excel(error("5.00105E+17", CellForm::Text)));
    CHECK(excel(error("5.00105199001012E+17", CellForm::Text)));
    CHECK(excel(error("5.00105199001012e17", CellForm::Number)));
    // From a numeric cell: 18 digits ending in 000 (15 significant digits kept), or fewer than 18.
    CHECK(excel(error("500105199001071000", CellForm::Number)));
    CHECK(excel(error("500105199001071000.0", CellForm::Number)));
    CHECK(excel(error("50010519900107", CellForm::Number)));
    CHECK(excel(error("150102880730303", CellForm::Number)));

    // The same 18 digits typed into a text cell are a real, valid number (sequence 100, check 0).
    const auto typed = IdNumber::check(QStringLiteral("500105199001071000"), CellForm::Text, today);
    CHECK(typed.ok());
    CHECK(typed.sex == 2);
    // A numeric cell whose digits survived (LibreOffice keeps them) is checked as usual.
    CHECK(IdNumber::check(QStringLiteral("500105199003071231"), CellForm::Number, today).ok());
}

TEST_CASE("ID numbers: 15-digit numbers are refused with a reason", "[rules][id]")
{
    const auto old = IdNumber::check(QStringLiteral("610104620927690"), CellForm::Text, today);
    CHECK_FALSE(old.ok());
    CHECK_THAT(old.error.toStdString(), Catch::Contains("15-digit") && Catch::Contains("18-digit"));
}

TEST_CASE("ID numbers: the birth date must be real, from 1900, and not in the future", "[rules][id]")
{
    const auto feb30 = IdNumber::check(QStringLiteral("500105199002301234"), CellForm::Text, today);
    CHECK(feb30.error == QStringLiteral("the birth date in the ID number, 1990-02-30, is not a real date"));
    // The standard's example 440524188001010014 has a correct check digit but predates 1900.
    const auto old = IdNumber::check(QStringLiteral("440524188001010014"), CellForm::Text, today);
    CHECK(old.error == QStringLiteral("the birth date in the ID number, 1880-01-01, is before 1900"));
    CHECK(IdNumber::check(QStringLiteral("110101189912311231"), CellForm::Text, today).error
        == QStringLiteral("the birth date in the ID number, 1899-12-31, is before 1900"));
    const auto future = IdNumber::check(QStringLiteral("500105203001011234"), CellForm::Text, today);
    CHECK(future.error == QStringLiteral("the birth date in the ID number, 2030-01-01, is in the future"));
    CHECK(IdNumber::check(QStringLiteral("500105203001011234"), CellForm::Text, QDate(2030, 1, 1)).ok());
}

TEST_CASE("ID numbers: birth date and sex read from the digits", "[rules][id]")
{
    // jxlwqq/id-validator getInfo: 广东省深圳市盐田区, 1999-01-10, male.
    const auto man = IdNumber::check(QStringLiteral("440308199901101512"), CellForm::Text, today);
    REQUIRE(man.ok());
    CHECK(man.birthDate == QDate(1999, 1, 10));
    CHECK(man.sex == 1);
    CHECK(man.kind == IdKind::Resident);
    CHECK(man.warning.isEmpty());
    // Same source, issue #53: 河南省许昌市长葛市, female.
    const auto woman = IdNumber::check(QStringLiteral("411082198901010002"), CellForm::Text, today);
    REQUIRE(woman.ok());
    CHECK(woman.sex == 2);
    CHECK(IdNumber::birthDateOf(QStringLiteral("411082198901010002")) == QDate(1989, 1, 1));
    CHECK(IdNumber::sexOf(QStringLiteral("411082198901010002")) == 2);
    CHECK(IdNumber::sexOf(QStringLiteral("41108219890101")) == 0);
}

TEST_CASE("ID numbers: province codes, permits and foreign cards", "[rules][id]")
{
    for (int code : { 11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83 })
        CHECK(IdNumber::isProvinceCode(code));
    for (int code : { 0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 90, 99 })
        CHECK_FALSE(IdNumber::isProvinceCode(code));

    // HK / Macau / Taiwan residence permits: same check digit rule, accepted without comment.
    for (const char* permit : { "81000019980902013X", "820000200009100032", "830000200209060065" }) {
        const auto checked = IdNumber::check(QString::fromLatin1(permit), CellForm::Text, today);
        INFO(permit);
        CHECK(checked.ok());
        CHECK(checked.kind == IdKind::HkMacauTaiwanPermit);
        CHECK(checked.warning.isEmpty());
    }
    const auto oddPermit = IdNumber::check(QStringLiteral("810001199809020136"), CellForm::Text, today);
    CHECK(oddPermit.ok());
    CHECK_THAT(oddPermit.warning.toStdString(), Catch::Contains("810001"));

    const auto unknown = IdNumber::check(QStringLiteral("990426199112010074"), CellForm::Text, today);
    CHECK(unknown.ok());
    CHECK(unknown.warning
        == QStringLiteral("99 is not a known province code; check the first digits of the ID number"));

    // hutool's 2023 foreign permanent-residence card: 9, 32 (江苏), 682 (nationality).
    const auto foreign = IdNumber::check(QStringLiteral("932682198501010017"), CellForm::Text, today);
    CHECK(foreign.ok());
    CHECK(foreign.kind == IdKind::ForeignPermanentResident);
    CHECK_THAT(foreign.warning.toStdString(), Catch::Contains("foreign permanent-residence"));
}

TEST_CASE("ID numbers: agreement with the roster's birth date and sex", "[rules][id]")
{
    const QString id = QStringLiteral("440308199901101512");  // 1999-01-10, male
    CHECK_FALSE(IdNumber::birthDateProblem(id, RosterDate(QDate(1999, 1, 10))));
    CHECK_FALSE(IdNumber::birthDateProblem(id, RosterDate(QDate(1999, 1, 1), DatePrecision::Month)));
    const auto differs = IdNumber::birthDateProblem(id, RosterDate(QDate(1999, 10, 1)));
    REQUIRE(differs);
    CHECK(*differs
        == QStringLiteral("the birth date 1999-10-01 does not match the ID number, which gives 1999-01-10"));
    const auto otherMonth
        = IdNumber::birthDateProblem(id, RosterDate(QDate(1999, 2, 1), DatePrecision::Month));
    REQUIRE(otherMonth);
    CHECK_THAT(otherMonth->toStdString(), Catch::Contains("1999-02 does not match"));
    CHECK_FALSE(IdNumber::birthDateProblem(id, RosterDate()));
    CHECK_FALSE(IdNumber::birthDateProblem(QStringLiteral("12345"), RosterDate(QDate(1999, 1, 10))));

    CHECK_FALSE(IdNumber::sexProblem(id, 1));
    CHECK_FALSE(IdNumber::sexProblem(id, 0));  // 未知的性别 contradicts nothing
    CHECK_FALSE(IdNumber::sexProblem(id, 9));  // 未说明的性别 neither
    const auto wrongSex = IdNumber::sexProblem(id, 2);
    REQUIRE(wrongSex);
    CHECK_THAT(wrongSex->toStdString(), Catch::Contains("given as female"));
    const auto wrongWoman = IdNumber::sexProblem(QStringLiteral("411082198901010002"), 1);
    REQUIRE(wrongWoman);
    CHECK_THAT(wrongWoman->toStdString(), Catch::Contains("given as male"));
}
