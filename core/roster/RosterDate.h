#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace redgrid::roster {

// How a spreadsheet cell held its value. Excel keeps a number as a binary double, so a
// numeric cell can only be trusted as far as a number goes: IDs lose their last digits
// (15 significant digits), "2020.10" becomes 2020.1, a date becomes a day count.
// Readers that cannot tell (CSV) pass Text.
enum class CellForm {
    Text,
    Number,
};

// How much of a date the roster gave: the 2017 member form asks for a day for most dates,
// but 失去联系日期 is a year and month, and real rosters write "2020.07" for a month.
enum class DatePrecision {
    Day,
    Month,  // the date stores day 1
};

// A date as written in a party-member roster, with its precision.
//
// parse() accepts, after trimming and full-width → half-width folding:
//   2020-07-01  2020/7/1  2020.7.1        day (one separator kind throughout)
//   2020-7  2020/07  2020.07              month
//   20200701  202007                      day, month (digits only)
//   2020年7月1日  2020年7月1号  2020年7月      day, month
//   a trailing time ("2020-07-01 00:00:00", as exports write it) is ignored
//   43831 → 2020-01-01                    Excel serial, only from a numeric cell
// Excel serials use the 1900 date system: serial 1 is 1900-01-01 and serial 60 is Excel's
// fictitious 1900-02-29 (refused); accepted range 1..2958465 (9999-12-31). A fraction
// (a time of day) is dropped. From a numeric cell, 6 digits that read as a year and month
// (202007) are a month, not serial 202007 (the year 2453), and "2020.07" is a month, but
// "2020.1" is refused: Excel shows 2020.10 typed into a numeric cell as 2020.1.
// Years before 1900 are refused: no member record starts before then.
class RosterDate
{
    Q_DECLARE_TR_FUNCTIONS(RosterDate)

public:
    static constexpr qint64 maxExcelSerial = 2958465;  // 9999-12-31

    RosterDate() = default;
    // A month-precision date is moved to day 1.
    explicit RosterDate(QDate date, DatePrecision precision = DatePrecision::Day);

    static Result<RosterDate> parse(const QString& text, CellForm form = CellForm::Text);

    // Excel 1900-system serial ↔ date. fromExcelSerial refuses 60 and values outside
    // 1..maxExcelSerial; excelSerial gives 0 for an invalid date or one outside
    // 1900-01-01..9999-12-31, and counts Excel's 1900-02-29 as Excel does (1900-03-01 is 61).
    static Result<QDate> fromExcelSerial(qint64 serial);
    static qint64 excelSerial(QDate date);

    QDate date() const { return m_date; }
    DatePrecision precision() const { return m_precision; }
    bool isValid() const { return m_date.isValid(); }

    // "yyyy-MM-dd", or "yyyy-MM" for a month; empty when invalid. parse() reads it back.
    QString toText() const;

    // True when this names `day`, or, for month precision, the month `day` falls in
    // (a month cannot contradict a day inside it).
    bool agreesWith(QDate day) const;

    bool operator==(const RosterDate& other) const = default;

private:
    QDate m_date;
    DatePrecision m_precision = DatePrecision::Day;
};

}  // namespace redgrid::roster
