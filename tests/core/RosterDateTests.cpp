#include "roster/RosterDate.h"

#include <catch2/catch.hpp>

#include <string>

using namespace redgrid;
using namespace redgrid::roster;

namespace {

// The parsed date as text ("2020-07-01", "2020-07"), or the error message.
std::string parsed(const char* text, CellForm form = CellForm::Text)
{
    const auto date = RosterDate::parse(QString::fromUtf8(text), form);
    return (date.ok() ? date->toText() : date.error().message).toStdString();
}

}  // namespace

TEST_CASE("Roster dates: every way real rosters write a day", "[rules][date]")
{
    for (const char* written : { "2020-07-01", "2020-7-1", "2020/7/1", "2020/07/01", "2020.7.1", "2020.07.01",
             "20200701", "2020年7月1日", "2020年07月01日", "2020 年 7 月 1 日", "2020年7月1号",
             "２０２０．７．１", "2020-07-01 00:00:00", "2020/7/1 0:00", " 2020-07-01\t" }) {
        INFO(written);
        const auto date = RosterDate::parse(QString::fromUtf8(written));
        REQUIRE(date.ok());
        CHECK(date->date() == QDate(2020, 7, 1));
        CHECK(date->precision() == DatePrecision::Day);
        CHECK(date->toText() == QStringLiteral("2020-07-01"));
    }
}

TEST_CASE("Roster dates: a month stores day 1 and prints as yyyy-MM", "[rules][date]")
{
    for (const char* written :
        { "2020.07", "2020.7", "2020-7", "2020-07", "2020/7", "202007", "2020年7月", "2020 年 07 月" }) {
        INFO(written);
        const auto date = RosterDate::parse(QString::fromUtf8(written));
        REQUIRE(date.ok());
        CHECK(date->date() == QDate(2020, 7, 1));
        CHECK(date->precision() == DatePrecision::Month);
        CHECK(date->toText() == QStringLiteral("2020-07"));
    }
    CHECK(RosterDate(QDate(2019, 3, 17), DatePrecision::Month).date() == QDate(2019, 3, 1));
    // toText reads back as the same date.
    CHECK(parsed("2020-10") == "2020-10");
    CHECK(RosterDate::parse(QStringLiteral("2020-10")).value()
        == RosterDate(QDate(2020, 10, 1), DatePrecision::Month));
}

TEST_CASE("Roster dates: impossible dates are refused with a clear message", "[rules][date]")
{
    CHECK(parsed("2021-02-29") == "\"2021-02-29\" is not a real date: month 2 of 2021 has 28 days");
    CHECK(parsed("2020-02-29") == "2020-02-29");  // a leap year
    CHECK(parsed("1900-02-29") == "\"1900-02-29\" is not a real date: month 2 of 1900 has 28 days");
    CHECK(parsed("2020-13-01") == "\"2020-13-01\" is not a real date: there is no month 13");
    CHECK(parsed("2020.13") == "\"2020.13\" is not a real date: there is no month 13");
    CHECK(parsed("2020-00-10") == "\"2020-00-10\" is not a real date: there is no month 0");
    CHECK(parsed("2020年4月31日") == "\"2020年4月31日\" is not a real date: month 4 of 2020 has 30 days");
    CHECK(parsed("2020-07-00") == "\"2020-07-00\" is not a real date: month 7 of 2020 has 31 days");
    CHECK(parsed("1899-12-31") == "\"1899-12-31\": dates before 1900 are not accepted");
    CHECK(parsed("") == "the date is empty");
    CHECK(parsed("  ") == "the date is empty");
}

TEST_CASE("Roster dates: text that is no date", "[rules][date]")
{
    for (const char* written : { "2020-07/01", "20-7-1", "2020", "2020年", "2020年7", "2020年7月1",
             "七月一日", "2020-07-01-02", "2020-007-01", "2020..7", "abc", "2020-07-01 上午" }) {
        INFO(written);
        CHECK_THAT(parsed(written), Catch::Contains("is not a date; write it as 2020-07-01"));
    }
    // A day count in a text cell is not read as an Excel serial.
    CHECK_THAT(parsed("43831"), Catch::Contains("only from a cell that Excel stored as a number"));
}

TEST_CASE("Roster dates: Excel serial numbers, only from numeric cells", "[rules][date]")
{
    CHECK(parsed("43831", CellForm::Number) == "2020-01-01");
    CHECK(parsed("43831.75", CellForm::Number) == "2020-01-01");  // a time of day is dropped
    CHECK(parsed("44013", CellForm::Number) == "2020-07-01");
    CHECK(parsed("1", CellForm::Number) == "1900-01-01");
    CHECK(parsed("59", CellForm::Number) == "1900-02-28");
    CHECK(parsed("61", CellForm::Number) == "1900-03-01");
    CHECK(parsed("2958465", CellForm::Number) == "9999-12-31");
    CHECK(parsed("60", CellForm::Number)
        == "Excel date number 60 stands for 29 February 1900, a day that did not exist");
    CHECK(parsed("0", CellForm::Number) == "0 is outside the range of Excel date numbers (1 to 2958465)");
    CHECK(parsed("2958466", CellForm::Number)
        == "2958466 is outside the range of Excel date numbers (1 to 2958465)");
    CHECK(parsed("12345678901", CellForm::Number)
        == "\"12345678901\" is outside the range of Excel date numbers (1 to 2958465)");

    // Numeric cells holding digits that read as dates keep their meaning.
    CHECK(parsed("20200701", CellForm::Number) == "2020-07-01");
    CHECK(parsed("202007", CellForm::Number) == "2020-07");  // not serial 202007, the year 2453
    CHECK(parsed("2020.07", CellForm::Number) == "2020-07");
    CHECK(parsed("2020.7", CellForm::Number) == "2020-07");
    CHECK(parsed("2020-07-01", CellForm::Number) == "2020-07-01");  // a date cell shown as text
    // 2020.10 typed into a numeric cell comes back as 2020.1.
    CHECK_THAT(parsed("2020.1", CellForm::Number), Catch::Contains("2020.10 (October) and 2020.1"));
    CHECK(parsed("2020.1") == "2020-01");  // from a text cell it is January

    for (qint64 serial : { 1, 59, 61, 43831, 44013, 2958465 }) {
        INFO(serial);
        const auto day = RosterDate::fromExcelSerial(serial);
        REQUIRE(day.ok());
        CHECK(RosterDate::excelSerial(*day) == serial);
    }
    CHECK(RosterDate::excelSerial(QDate(1899, 12, 31)) == 0);
    CHECK(RosterDate::excelSerial(QDate()) == 0);
}

TEST_CASE("Roster dates: agreement with a day", "[rules][date]")
{
    const RosterDate day(QDate(1999, 1, 10));
    CHECK(day.agreesWith(QDate(1999, 1, 10)));
    CHECK_FALSE(day.agreesWith(QDate(1999, 1, 11)));
    const RosterDate month(QDate(1999, 1, 1), DatePrecision::Month);
    CHECK(month.agreesWith(QDate(1999, 1, 31)));
    CHECK_FALSE(month.agreesWith(QDate(1999, 2, 1)));
    CHECK_FALSE(RosterDate().agreesWith(QDate(1999, 1, 1)));
    CHECK(RosterDate().toText().isEmpty());
    CHECK_FALSE(RosterDate().isValid());
}
