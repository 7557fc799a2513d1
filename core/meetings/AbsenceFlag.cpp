#include "AbsenceFlag.h"

#include <QMap>

namespace redgrid::meetings {

namespace {

// What a month was for the member.
enum class MonthKind { Missed, Excused };  // Excused: attended, or away with a reason

QDate monthOf(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

}  // namespace

QString AbsenceRun::sentence() const
{
    if (months.isEmpty())
        return AbsenceFlag::tr("no month missed without a reason");
    const QString from = months.constFirst().toString(QStringLiteral("yyyy-MM"));
    const QString to = months.constLast().toString(QStringLiteral("yyyy-MM"));
    if (flagged)
        return AbsenceFlag::tr("%1 months in a row without organisational life and without a reason "
                               "(%2 to %3): the branch should look into it (Party Constitution Art. 9)")
            .arg(months.size())
            .arg(from, to);
    return AbsenceFlag::tr("%1 months in a row missed without a reason (%2 to %3)")
        .arg(months.size())
        .arg(from, to);
}

AbsenceRun AbsenceFlag::check(const QList<AttendanceRecord>& records, const QDate& asOf)
{
    // Each month with a meeting for the member, up to the "as of" date.
    QMap<QDate, MonthKind> months;
    for (const AttendanceRecord& record : records) {
        if (!record.date.isValid() || (asOf.isValid() && record.date > asOf))
            continue;
        const QDate month = monthOf(record.date);
        if (record.attendance != Attendance::Absent)
            months[month] = MonthKind::Excused;  // attended or a reason: the month is not missed
        else if (!months.contains(month))
            months.insert(month, MonthKind::Missed);
    }

    AbsenceRun run;
    const QDate current = asOf.isValid() ? monthOf(asOf) : QDate();
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        if (it.value() == MonthKind::Excused) {
            run.months.clear();
            continue;
        }
        const bool over
            = !current.isValid() || it.key() < current || asOf == it.key().addMonths(1).addDays(-1);
        if (over)
            run.months.append(it.key());  // a month still running counts once it is over
    }
    run.flagged = run.months.size() >= RunMonths;
    return run;
}

}  // namespace redgrid::meetings
