#include "MeetingRequirements.h"

#include "common/Utf16.h"

namespace redgrid::meetings {

QString frequencyKey(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Month:
        return QStringLiteral("month");
    case Frequency::Quarter:
        return QStringLiteral("quarter");
    case Frequency::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<Frequency> frequencyFromKey(QStringView key)
{
    for (Frequency frequency : { Frequency::Month, Frequency::Quarter, Frequency::Year })
        if (key == frequencyKey(frequency))
            return frequency;
    return std::nullopt;
}

QString MeetingRequirements::frequencyLabel(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Month:
        return tr("every month");
    case Frequency::Quarter:
        return tr("every quarter");
    case Frequency::Year:
        return tr("every year");
    }
    return {};
}

QList<Requirement> MeetingRequirements::of(const OrgShape& shape, const RequirementSettings& settings)
{
    // The sources as a secretary cites them (domain-rules §1.2).
    const QString branchRules = s(u"《中国共产党支部工作条例（试行）》");
    const QString educationRules = s(u"《中国共产党党员教育管理工作条例》");

    QList<Requirement> all;
    const auto add
        = [&all](MeetingType type, Frequency frequency, int count, const QString& source, bool local) {
              if (count > 0)
                  all.append({ type, frequency, count, source, local });
          };
    if (shape.isGroup) {
        add(MeetingType::GroupMeeting, Frequency::Month, settings.groupMeetingsPerMonth,
            branchRules + s(u"第十三条"), false);
        return all;
    }
    add(MeetingType::GeneralMeeting, Frequency::Quarter, settings.generalMeetingsPerQuarter,
        branchRules + s(u"第十一条"), false);
    if (shape.hasCommittee)
        add(MeetingType::CommitteeMeeting, Frequency::Month, settings.committeeMeetingsPerMonth,
            branchRules + s(u"第十二条"), false);
    add(MeetingType::PartyLecture, settings.partyLectureFrequency, settings.partyLecturesPerPeriod,
        s(u"本地规定（支部工作条例：党员按期上党课）"), true);
    add(MeetingType::ThemeDay, Frequency::Month, settings.themeDaysPerMonth, educationRules + s(u"第十六条"),
        false);
    add(MeetingType::LifeMeeting, Frequency::Year, settings.lifeMeetingsPerYear,
        educationRules + s(u"第十七条"), false);
    add(MeetingType::Appraisal, Frequency::Year, settings.appraisalsPerYear, educationRules + s(u"第十八条"),
        false);
    if (shape.hasCommittee)
        add(MeetingType::HeartTalk, Frequency::Year,
            settings.talksPerCommitteePair * pairsAmong(shape.committeeMembers), branchRules + s(u"第十九条"),
            false);
    return all;
}

}  // namespace redgrid::meetings
