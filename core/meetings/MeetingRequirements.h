#pragma once

#include "MeetingType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::meetings {

// How often a requirement comes round: every month, every quarter or once a year.
enum class Frequency { Month, Quarter, Year };

QString frequencyKey(Frequency frequency);  // "month", "quarter", "year"
std::optional<Frequency> frequencyFromKey(QStringView key);

// One required kind of meeting: at least `count` valid meetings of `type` in every period.
struct Requirement
{
    MeetingType type = MeetingType::GeneralMeeting;
    Frequency frequency = Frequency::Year;
    int count = 1;  // per period
    QString source;  // the rule, as people cite it: 《中国共产党支部工作条例（试行）》第十一条
    bool local = false;  // [L]: a local norm, not a national figure

    friend bool operator==(const Requirement&, const Requirement&) = default;
};

// What an organisation is, as far as its required meetings go.
struct OrgShape
{
    // A 党小组 (an organisation of its own inside its branch) holds 党小组会; the branch's
    // other meetings are required of the branch.
    bool isGroup = false;
    // A branch with fewer than 7 正式党员 has no 支部委员会 (支部工作条例 Art. 4): no 支委会 and no
    // talks between 支委 are required of it.
    bool hasCommittee = true;
    int committeeMembers = 0;  // 支委, for the 谈心谈话 between them
};

// The required counts, with the defaults of domain-rules §1.2. Every figure is a setting a
// branch's superior may change; only the 党课's is a local norm ([L]).
struct RequirementSettings
{
    int generalMeetingsPerQuarter = 1;  // 支部工作条例 Art. 11: "一般每季度召开1次"
    int committeeMeetingsPerMonth = 1;  // Art. 12: "一般每月召开1次"
    int groupMeetingsPerMonth = 1;  // Art. 13: "一般每月召开1次"
    int themeDaysPerMonth = 1;  // 党员教育管理工作条例 Art. 16: one 主题党日 every month
    // [L] The 条例 only says members "按期上党课" and the secretary gives at least one a year;
    // the common local norm is one a quarter (some schools: two a semester).
    Frequency partyLectureFrequency = Frequency::Quarter;
    int partyLecturesPerPeriod = 1;
    int lifeMeetingsPerYear = 1;  // 党员教育管理工作条例 Art. 17: at least once a year
    int appraisalsPerYear = 1;  // Art. 18: "一般每年开展1次"
    // 谈心谈话, 支部工作条例 Art. 19: "党支部委员之间、党支部委员和党员之间、党员和党员之间，每年
    // 谈心谈话一般不少于1次". Only the talks between 支委 are counted here: one a year for every
    // pair of them (the others are too many to require one by one).
    int talksPerCommitteePair = 1;
};

class MeetingRequirements
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRequirements)

public:
    static QString frequencyLabel(Frequency frequency);  // "every month" … in the interface language

    // The requirements of one organisation; a count of 0 leaves a type out.
    static QList<Requirement> of(const OrgShape& shape, const RequirementSettings& settings = {});

    // The pairs among n people: n × (n − 1) / 2 (5 支委: 10 talks a year).
    static constexpr int pairsAmong(int people) { return people > 1 ? people * (people - 1) / 2 : 0; }
};

}  // namespace redgrid::meetings
