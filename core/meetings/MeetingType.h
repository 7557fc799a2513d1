#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::meetings {

// The kinds of organisational life a 党支部 records (domain-rules §1.2). Their keys are what is
// stored and what the CLI takes; the enum values are not stored.
enum class MeetingType {
    GeneralMeeting,  // 支部党员大会 (支部工作条例 Art. 11)
    CommitteeMeeting,  // 支委会 (支部工作条例 Art. 12)
    GroupMeeting,  // 党小组会 (支部工作条例 Art. 13)
    PartyLecture,  // 党课
    ThemeDay,  // 主题党日 (党员教育管理工作条例 Art. 16)
    LifeMeeting,  // 组织生活会 (党员教育管理工作条例 Art. 17)
    Appraisal,  // 民主评议党员 (党员教育管理工作条例 Art. 18)
    HeartTalk,  // 谈心谈话
    Other,  // anything else the branch holds, under a name of its own
};

QList<MeetingType> allMeetingTypes();  // in the order above, Other last
QString meetingTypeKey(MeetingType type);  // "general_meeting" …
std::optional<MeetingType> meetingTypeFromKey(QStringView key);

// The names of the types: translated for the interface, and the official Chinese names that the
// ledgers (三会一课记录) and the exports write whatever the interface language.
class MeetingTypeNames
{
    Q_DECLARE_TR_FUNCTIONS(MeetingTypeNames)

public:
    static QString label(MeetingType type);  // in the interface language
    static QString official(MeetingType type);  // 支部党员大会, 支委会 …
    // The type a text names: its key, its official name or a common longer form of it (党员大会,
    // 支部委员会会议, 民主评议党员 …) or its label; surrounding spaces ignored. Nothing for any other
    // text: a free name is an "other" meeting only when the caller says so (MeetingKind::other).
    static std::optional<MeetingType> parse(const QString& text);
};

// What one meeting was: a type, and for an "other" meeting the branch's own name for it
// (读书分享会, 红色观影 …).
struct MeetingKind
{
    MeetingType type = MeetingType::GeneralMeeting;
    QString otherName;  // only for MeetingType::Other

    static MeetingKind of(MeetingType type) { return { type, {} }; }
    static MeetingKind other(const QString& name) { return { MeetingType::Other, name.trimmed() }; }

    QString key() const { return meetingTypeKey(type); }
    QString label() const;  // the free name of an "other" meeting, else the type's label
    QString official() const;  // the free name of an "other" meeting, else the official name
    QString problem() const;  // an "other" meeting without a name, or a name on any other type

    friend bool operator==(const MeetingKind&, const MeetingKind&) = default;
};

}  // namespace redgrid::meetings
