#pragma once

#include "Attendance.h"
#include "MeetingRequirements.h"
#include "MeetingType.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace redgrid::meetings {

// A meeting an organisation held, as far as compliance goes.
struct HeldMeeting
{
    MeetingType type = MeetingType::GeneralMeeting;
    QDate date;
    bool valid = true;  // false: saved but marked invalid (quorum not reached)
};

// What a cell of the compliance matrix shows.
enum class CellState {
    Held,  // at least the required number of valid meetings
    Invalid,  // the period is over and only invalid meetings were held
    Missing,  // the period is over without enough valid meetings
    DueNow,  // the current period, not enough valid meetings yet
    NotYetDue,  // the period begins after the "as of" date
};

QString cellStateKey(CellState state);  // "held", "invalid", "missing", "due_now", "not_yet_due"

// One requirement in one period of the year.
struct ComplianceCell
{
    int period = 0;  // the month 1–12, the quarter 1–4, or 0 for the year
    QDate first;
    QDate last;
    int required = 0;
    int valid = 0;  // valid meetings of the type in the period, up to the "as of" date
    int invalid = 0;
    CellState state = CellState::Missing;
};

// One requirement over a year: 12, 4 or 1 cells by its frequency.
struct ComplianceRow
{
    Requirement requirement;
    QList<ComplianceCell> cells;
};

// Attendance figures over a set of meetings: (present + late) / should attend.
struct AttendanceRate
{
    int shouldAttend = 0;  // every line but 免于参加 and 流动在外, which are not counted as absent
    int attended = 0;  // present or late
    // In tenths of a percent, rounded half up (923 for 92.3 %); 0 when nobody should attend.
    int perMille() const;
    QString percentText() const;  // "92.3%"; "—" when nobody should attend
};

class Compliance
{
    Q_DECLARE_TR_FUNCTIONS(Compliance)

public:
    static QString stateLabel(CellState state);  // in the interface language

    // The compliance of one organisation in `year`: for every requirement, every period of the
    // year. Only meetings dated in the period and no later than `asOf` count, so a past "as of"
    // shows the year as it stood that day; an invalid `asOf` judges every period as over.
    static QList<ComplianceRow> ofYear(const QList<Requirement>& requirements, int year,
        const QList<HeldMeeting>& meetings, const QDate& asOf);

    // The attendance rate over meetings, each given as its attendance sheet.
    static AttendanceRate attendanceRate(const QList<QList<Attendance>>& sheets);
};

}  // namespace redgrid::meetings
