#include "MeetingType.h"

#include <array>

namespace redgrid::meetings {

namespace {

// A type's key, its label (translated) and its official Chinese name, which the zh_CN
// translation repeats; the longer forms the texts and the paper 记录本 also use are accepted
// by parse().
struct TypeWords
{
    MeetingType type;
    const char* key;
    const char* label;
    const char16_t* official;
    const char16_t* longForm;  // nullptr when there is none
    const char16_t* otherForm;  // nullptr when there is none
};

constexpr std::array Types {
    TypeWords { MeetingType::GeneralMeeting, "general_meeting",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Branch general meeting"), u"支部党员大会", u"党员大会",
        u"党支部党员大会" },
    TypeWords { MeetingType::CommitteeMeeting, "committee_meeting",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Branch committee meeting"), u"支委会", u"支部委员会会议",
        u"支部委员会" },
    TypeWords { MeetingType::GroupMeeting, "group_meeting",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Party group meeting"), u"党小组会", u"党小组会议", nullptr },
    TypeWords { MeetingType::PartyLecture, "party_lecture",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Party lecture"), u"党课", nullptr, nullptr },
    TypeWords { MeetingType::ThemeDay, "theme_day", QT_TRANSLATE_NOOP("MeetingTypeNames", "Party theme day"),
        u"主题党日", u"主题党日活动", nullptr },
    TypeWords { MeetingType::LifeMeeting, "life_meeting",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Organisational life meeting"), u"组织生活会", nullptr,
        nullptr },
    TypeWords { MeetingType::Appraisal, "appraisal",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Democratic appraisal of members"), u"民主评议",
        u"民主评议党员", nullptr },
    TypeWords { MeetingType::HeartTalk, "heart_talk",
        QT_TRANSLATE_NOOP("MeetingTypeNames", "Heart-to-heart talk"), u"谈心谈话", nullptr, nullptr },
    TypeWords { MeetingType::Other, "other", QT_TRANSLATE_NOOP("MeetingTypeNames", "Other activity"), u"其他",
        u"其他活动", nullptr },
};

constexpr bool tableFollowsEnumOrder()
{
    for (size_t i = 0; i < Types.size(); ++i)
        if (static_cast<size_t>(Types[i].type) != i)
            return false;
    return true;
}
static_assert(tableFollowsEnumOrder(), "wordsOf() indexes the table by the enum value");

const TypeWords& wordsOf(MeetingType type)
{
    return Types[static_cast<size_t>(type)];
}

}  // namespace

QList<MeetingType> allMeetingTypes()
{
    QList<MeetingType> types;
    for (const TypeWords& words : Types)
        types.append(words.type);
    return types;
}

QString meetingTypeKey(MeetingType type)
{
    return QString::fromLatin1(wordsOf(type).key);
}

std::optional<MeetingType> meetingTypeFromKey(QStringView key)
{
    for (const TypeWords& words : Types)
        if (key == QLatin1String(words.key))
            return words.type;
    return std::nullopt;
}

QString MeetingTypeNames::label(MeetingType type)
{
    return tr(wordsOf(type).label);
}

QString MeetingTypeNames::official(MeetingType type)
{
    return QString::fromUtf16(wordsOf(type).official);
}

std::optional<MeetingType> MeetingTypeNames::parse(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    for (const TypeWords& words : Types) {
        if (name == QLatin1String(words.key) || name == QStringView(words.official)
            || name == label(words.type))
            return words.type;
        if ((words.longForm && name == QStringView(words.longForm))
            || (words.otherForm && name == QStringView(words.otherForm)))
            return words.type;
    }
    return std::nullopt;
}

QString MeetingKind::label() const
{
    return type == MeetingType::Other && !otherName.isEmpty() ? otherName : MeetingTypeNames::label(type);
}

QString MeetingKind::official() const
{
    return type == MeetingType::Other && !otherName.isEmpty() ? otherName : MeetingTypeNames::official(type);
}

QString MeetingKind::problem() const
{
    if (type == MeetingType::Other && otherName.trimmed().isEmpty())
        return MeetingTypeNames::tr("an other activity needs a name of its own");
    if (type != MeetingType::Other && !otherName.isEmpty())
        return MeetingTypeNames::tr("a %1 takes no name of its own: only an other activity does")
            .arg(MeetingTypeNames::label(type));
    return {};
}

}  // namespace redgrid::meetings
