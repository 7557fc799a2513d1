#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace redgrid::assessment {

// An assessment period: a quarter ("2026Q3") or a year ("2026"). Sheets are scored per
// quarter; the annual score is worked out from a year's quarters (domain-rules §4.5).
class Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    static Period quarterOf(int year, int quarter);  // quarter 1..4
    static Period wholeYear(int year);
    static Period containing(const QDate& date);  // the quarter the day falls in
    // "2026Q3", "2026q3", "2026" (surrounding spaces ignored); nothing when it names no period.
    static std::optional<Period> parse(const QString& code);
    // A period to score by `today`: it exists and has begun. Refusals name the text and why.
    static Result<Period> forScoring(const QString& code, const QDate& today);

    int year() const { return m_year; }
    int quarter() const { return m_quarter; }  // 0 for a whole year
    bool isQuarter() const { return m_quarter != 0; }

    QString code() const;  // "2026Q3", "2026"
    QString label() const;  // "2026年第3季度", "2026年度" (translated)
    QDate first() const;
    QDate last() const;
    bool contains(const QDate& date) const { return date >= first() && date <= last(); }

    Period previous() const;  // the quarter (or year) before
    QList<Period> quarters() const;  // a year's four quarters; a quarter itself

    friend auto operator<=>(const Period&, const Period&) = default;

private:
    Period(int year, int quarter)
        : m_year(year)
        , m_quarter(quarter)
    {
    }

    int m_year = 0;
    int m_quarter = 0;
};

}  // namespace redgrid::assessment
