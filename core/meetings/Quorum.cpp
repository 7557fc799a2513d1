#include "Quorum.h"

namespace redgrid::meetings {

namespace {

// Whether a voting member who did not come is left out of 应到 (QuorumSettings).
bool leftOutOfBase(Attendance attendance, const QuorumSettings& settings)
{
    return (attendance == Attendance::Exempt && settings.excludeExemptFromBase)
        || (attendance == Attendance::Mobile && settings.excludeMobileFromBase);
}

QuorumFigures figures(int base, int present, int leftOut)
{
    QuorumFigures result;
    result.base = base;
    result.attended = present;
    result.needed = Quorum::moreThanHalf(base);
    result.leftOut = leftOut;
    // More present than should attend is a sheet that does not add up: not a valid meeting.
    result.valid = base > 0 && present >= result.needed && present <= base;
    return result;
}

}  // namespace

QString QuorumFigures::sentence() const
{
    if (base <= 0)
        return Quorum::tr("nobody should attend: the meeting cannot be held");
    if (valid)
        return leftOut > 0
            ? Quorum::tr("%1 should attend, %2 attended: more than half "
                         "(%3 exempt or away not counted)")
                  .arg(base)
                  .arg(attended)
                  .arg(leftOut)
            : Quorum::tr("%1 should attend, %2 attended: more than half").arg(base).arg(attended);
    return leftOut > 0 ? Quorum::tr("%1 should attend, %2 attended: not more than half, %3 needed "
                                    "(%4 exempt or away not counted)")
                             .arg(base)
                             .arg(attended)
                             .arg(needed)
                             .arg(leftOut)
                       : Quorum::tr("%1 should attend, %2 attended: not more than half, %3 needed")
                             .arg(base)
                             .arg(attended)
                             .arg(needed);
}

QString MotionFigures::sentence() const
{
    if (passed)
        return Quorum::tr("%1 in favour, more than half of the %2 with a vote who should attend: passed")
            .arg(inFavour)
            .arg(base);
    return Quorum::tr("%1 in favour, not more than half of the %2 with a vote who should attend "
                      "(%3 needed): not passed")
        .arg(inFavour)
        .arg(base)
        .arg(needed);
}

QuorumFigures Quorum::generalMeeting(const QList<Participant>& participants, const QuorumSettings& settings)
{
    int base = 0;
    int present = 0;
    int leftOut = 0;
    for (const Participant& participant : participants) {
        if (!participant.hasVote)
            continue;  // 预备党员: no vote, not in 应到 nor in 实到
        if (attended(participant.attendance)) {
            ++base;
            ++present;
        } else if (leftOutOfBase(participant.attendance, settings)) {
            ++leftOut;
        } else {
            ++base;
        }
    }
    return figures(base, present, leftOut);
}

MotionFigures Quorum::motion(int base, int inFavour)
{
    MotionFigures result;
    result.base = base;
    result.inFavour = inFavour;
    result.needed = moreThanHalf(base);
    result.passed = base > 0 && inFavour >= result.needed && inFavour <= base;
    return result;
}

QuorumFigures Quorum::committeeMeeting(int members, int present)
{
    return figures(members, present, 0);
}

QuorumFigures Quorum::committeeMeeting(const QList<Attendance>& members)
{
    int present = 0;
    for (Attendance attendance : members)
        if (attended(attendance))
            ++present;
    return figures(int(members.size()), present, 0);
}

}  // namespace redgrid::meetings
