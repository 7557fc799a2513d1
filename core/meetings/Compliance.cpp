#include "Compliance.h"

namespace redgrid::meetings {

namespace {

// The periods of `year` for a frequency: (number, first day, last day).
struct PeriodSpan
{
    int number;
    QDate first;
    QDate last;
};

QList<PeriodSpan> periodsOf(int year, Frequency frequency)
{
    QList<PeriodSpan> periods;
    switch (frequency) {
    case Frequency::Month:
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            periods.append({ month, first, first.addMonths(1).addDays(-1) });
        }
        break;
    case Frequency::Quarter:
        for (int quarter = 1; quarter <= 4; ++quarter) {
            const QDate first(year, (quarter - 1) * 3 + 1, 1);
            periods.append({ quarter, first, first.addMonths(3).addDays(-1) });
        }
        break;
    case Frequency::Year:
        periods.append({ 0, QDate(year, 1, 1), QDate(year, 12, 31) });
        break;
    }
    return periods;
}

CellState stateOf(const ComplianceCell& cell, const QDate& asOf)
{
    if (cell.valid >= cell.required)
        return CellState::Held;
    if (asOf.isValid() && cell.first > asOf)
        return CellState::NotYetDue;
    if (asOf.isValid() && cell.last >= asOf)
        return CellState::DueNow;  // the period is still running: there is time
    return cell.valid == 0 && cell.invalid > 0 ? CellState::Invalid : CellState::Missing;
}

}  // namespace

QString cellStateKey(CellState state)
{
    switch (state) {
    case CellState::Held:
        return QStringLiteral("held");
    case CellState::Invalid:
        return QStringLiteral("invalid");
    case CellState::Missing:
        return QStringLiteral("missing");
    case CellState::DueNow:
        return QStringLiteral("due_now");
    case CellState::NotYetDue:
        return QStringLiteral("not_yet_due");
    }
    return {};
}

QString Compliance::stateLabel(CellState state)
{
    switch (state) {
    case CellState::Held:
        return tr("held");
    case CellState::Invalid:
        return tr("invalid");
    case CellState::Missing:
        return tr("missing");
    case CellState::DueNow:
        return tr("due now");
    case CellState::NotYetDue:
        return tr("not yet due");
    }
    return {};
}

QList<ComplianceRow> Compliance::ofYear(
    const QList<Requirement>& requirements, int year, const QList<HeldMeeting>& meetings, const QDate& asOf)
{
    QList<ComplianceRow> rows;
    for (const Requirement& requirement : requirements) {
        ComplianceRow row { requirement, {} };
        for (const PeriodSpan& period : periodsOf(year, requirement.frequency)) {
            ComplianceCell cell;
            cell.period = period.number;
            cell.first = period.first;
            cell.last = period.last;
            cell.required = requirement.count;
            for (const HeldMeeting& meeting : meetings) {
                if (meeting.type != requirement.type || !meeting.date.isValid())
                    continue;
                if (meeting.date < period.first || meeting.date > period.last)
                    continue;
                if (asOf.isValid() && meeting.date > asOf)
                    continue;  // not yet held on the day the matrix stands for
                ++(meeting.valid ? cell.valid : cell.invalid);
            }
            cell.state = stateOf(cell, asOf);
            row.cells.append(cell);
        }
        rows.append(row);
    }
    return rows;
}

int AttendanceRate::perMille() const
{
    if (shouldAttend <= 0)
        return 0;
    return (attended * 1000 + shouldAttend / 2) / shouldAttend;
}

QString AttendanceRate::percentText() const
{
    if (shouldAttend <= 0)
        return QStringLiteral("—");
    const int tenths = perMille();
    return QStringLiteral("%1.%2%").arg(tenths / 10).arg(tenths % 10);
}

AttendanceRate Compliance::attendanceRate(const QList<QList<Attendance>>& sheets)
{
    AttendanceRate rate;
    for (const QList<Attendance>& sheet : sheets) {
        for (Attendance line : sheet) {
            if (attended(line)) {
                ++rate.attended;
                ++rate.shouldAttend;
            } else if (countsAsAbsent(line)) {
                ++rate.shouldAttend;
            }
        }
    }
    return rate;
}

}  // namespace redgrid::meetings
