#pragma once

#include "Attendance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace redgrid::meetings {

// One line of a meeting's attendance sheet, as far as the quorum goes.
struct Participant
{
    // A 正式党员 has a vote. A 预备党员 has none (党章 Art. 7), nor has a member whose membership
    // is suspended (停止党籍, 党员教育管理工作条例 Art. 24).
    bool hasVote = true;
    Attendance attendance = Attendance::Present;
};

// Who is left out of 应到会有表决权的党员 (the base of 支部工作条例 Art. 11). These are settings
// of the branch, because the rule is not in the 条例 itself: the 中组部's explanation for
// elections (经报上级党组织同意，并经党员大会通过，可以不计算在应到会人数之内) names the elderly
// and frail who are bedridden or cannot look after themselves, and members away for more than
// half a year who should have transferred; later lists add 流动党员 who cannot come and ask
// not to be counted. RedGrid leaves out, by default, the members marked 免于参加 (Art. 23) and
// 流动在外, as the issue says they are "not counted as absent"; a branch that has not decided so
// turns the setting off and counts them in the base.
struct QuorumSettings
{
    bool excludeExemptFromBase = true;  // 免于参加 (elderly, frail, seriously ill)
    bool excludeMobileFromBase = true;  // 流动在外
};

// A quorum worked out: "应到 8 人，实到 5 人，超过半数".
struct QuorumFigures
{
    int base = 0;  // 应到: voting members (支部党员大会) or committee members (支委会)
    int attended = 0;  // 实到: of the base, present or late
    int needed = 0;  // more than half of the base: base / 2 + 1
    int leftOut = 0;  // members with a vote not in the base (免于参加, 流动在外, by the settings)
    bool valid = false;  // attended >= needed; never for an empty base
    QString sentence() const;  // the figures in one sentence, for the screen and the ledgers
};

// A motion put to the vote at a 支部党员大会.
struct MotionFigures
{
    int base = 0;  // 应到会有表决权的党员 — the quorum's base, not those present
    int inFavour = 0;
    int needed = 0;  // base / 2 + 1
    bool passed = false;
    QString sentence() const;
};

// The arithmetic of 支部工作条例 Arts. 11 and 12, in whole numbers: "more than half" of 7 is 4,
// of 8 is 5; of 0 there is none, and a meeting of nobody is never valid.
class Quorum
{
    Q_DECLARE_TR_FUNCTIONS(Quorum)

public:
    // The smallest number that is more than half of `count`.
    static constexpr int moreThanHalf(int count) { return count / 2 + 1; }

    // 支部党员大会 (Art. 11): "表决必须有半数以上有表决权的党员到会方可进行". Read as more than
    // half of the voting members who should attend, as the organisation departments' answers
    // read it ("双过半": those present and those in favour each more than half of 应到; domain
    // rules §1.2). 预备党员 present do not count; a member left out of the base who comes anyway
    // counts in the base and as present (the exemption is for those who cannot come).
    static QuorumFigures generalMeeting(
        const QList<Participant>& participants, const QuorumSettings& settings = {});

    // Art. 11: "赞成人数超过应到会有表决权的党员的半数为通过" — of the base, not of those present.
    // Votes sent in writing before the meeting by a voting member who could not come count in
    // `inFavour` (发展党员工作细则 Art. 21); the caller adds them.
    static MotionFigures motion(int base, int inFavour);

    // 支委会 (Art. 12): "支部委员会会议须有半数以上委员到会方可进行" — more than half of all the
    // committee's members; nobody is left out of that base.
    static QuorumFigures committeeMeeting(int members, int present);
    static QuorumFigures committeeMeeting(const QList<Attendance>& members);
};

}  // namespace redgrid::meetings
