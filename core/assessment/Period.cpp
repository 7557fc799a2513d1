#include "Period.h"

#include <QRegularExpression>

namespace redgrid::assessment {

namespace {

// Years RedGrid's records can hold; a period outside names no quarter anyone scored.
constexpr int FirstYear = 1949;
constexpr int LastYear = 9999;

}  // namespace

Period Period::quarterOf(int year, int quarter)
{
    return Period(year, quarter);
}

Period Period::wholeYear(int year)
{
    return Period(year, 0);
}

Period Period::containing(const QDate& date)
{
    return Period(date.year(), (date.month() - 1) / 3 + 1);
}

std::optional<Period> Period::parse(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:[Qq]([1-4]))?$"));
    const QRegularExpressionMatch match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (year < FirstYear || year > LastYear)
        return std::nullopt;
    return Period(year, match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
}

Result<Period> Period::forScoring(const QString& code, const QDate& today)
{
    const std::optional<Period> period = parse(code);
    if (!period)
        return Error::plain(tr("%1 is not a period: write a quarter as 2026Q3 or a year as 2026")
                                .arg(code.trimmed().isEmpty() ? tr("(empty)") : code.trimmed()));
    if (period->first() > today)
        return Error::plain(tr("%1 lies in the future: it begins on %2")
                                .arg(period->code(), period->first().toString(Qt::ISODate)));
    return *period;
}

QString Period::code() const
{
    return isQuarter() ? QStringLiteral("%1Q%2").arg(m_year).arg(m_quarter) : QString::number(m_year);
}

QString Period::label() const
{
    return isQuarter() ? tr("Q%2 %1").arg(m_year).arg(m_quarter) : tr("year %1").arg(m_year);
}

QDate Period::first() const
{
    return QDate(m_year, isQuarter() ? (m_quarter - 1) * 3 + 1 : 1, 1);
}

QDate Period::last() const
{
    const QDate start = isQuarter() ? first().addMonths(3) : QDate(m_year + 1, 1, 1);
    return start.addDays(-1);
}

Period Period::previous() const
{
    if (!isQuarter())
        return Period(m_year - 1, 0);
    return m_quarter == 1 ? Period(m_year - 1, 4) : Period(m_year, m_quarter - 1);
}

QList<Period> Period::quarters() const
{
    if (isQuarter())
        return { *this };
    return { Period(m_year, 1), Period(m_year, 2), Period(m_year, 3), Period(m_year, 4) };
}

}  // namespace redgrid::assessment
