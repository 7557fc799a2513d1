#include "Attendance.h"

#include <array>

namespace redgrid::meetings {

namespace {

struct AttendanceWords
{
    Attendance attendance;
    const char* key;
    const char* label;  // translated
    const char16_t* official;  // the zh_CN translation says the same
};

constexpr std::array Attendances {
    AttendanceWords {
        Attendance::Present, "present", QT_TRANSLATE_NOOP("AttendanceNames", "Present"), u"出席" },
    AttendanceWords { Attendance::Late, "late", QT_TRANSLATE_NOOP("AttendanceNames", "Late"), u"迟到" },
    AttendanceWords {
        Attendance::SickLeave, "sick_leave", QT_TRANSLATE_NOOP("AttendanceNames", "Sick leave"), u"病假" },
    AttendanceWords { Attendance::PersonalLeave, "personal_leave",
        QT_TRANSLATE_NOOP("AttendanceNames", "Personal leave"), u"事假" },
    AttendanceWords { Attendance::OfficialDuty, "official_duty",
        QT_TRANSLATE_NOOP("AttendanceNames", "Away on official duty"), u"公差" },
    AttendanceWords { Attendance::Mobile, "mobile",
        QT_TRANSLATE_NOOP("AttendanceNames", "Mobile member, away"), u"流动在外" },
    AttendanceWords { Attendance::Exempt, "exempt",
        QT_TRANSLATE_NOOP("AttendanceNames", "Exempt from attending"), u"免于参加" },
    AttendanceWords { Attendance::Absent, "absent",
        QT_TRANSLATE_NOOP("AttendanceNames", "Absent without a reason"), u"缺席" },
};

constexpr bool tableFollowsEnumOrder()
{
    for (size_t i = 0; i < Attendances.size(); ++i)
        if (static_cast<size_t>(Attendances[i].attendance) != i)
            return false;
    return true;
}
static_assert(tableFollowsEnumOrder(), "wordsOf() indexes the table by the enum value");

const AttendanceWords& wordsOf(Attendance attendance)
{
    return Attendances[static_cast<size_t>(attendance)];
}

}  // namespace

QList<Attendance> allAttendances()
{
    QList<Attendance> all;
    for (const AttendanceWords& words : Attendances)
        all.append(words.attendance);
    return all;
}

QString attendanceKey(Attendance attendance)
{
    return QString::fromLatin1(wordsOf(attendance).key);
}

std::optional<Attendance> attendanceFromKey(QStringView key)
{
    for (const AttendanceWords& words : Attendances)
        if (key == QLatin1String(words.key))
            return words.attendance;
    return std::nullopt;
}

QString AttendanceNames::label(Attendance attendance)
{
    return tr(wordsOf(attendance).label);
}

QString AttendanceNames::official(Attendance attendance)
{
    return QString::fromUtf16(wordsOf(attendance).official);
}

std::optional<Attendance> AttendanceNames::parse(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    for (const AttendanceWords& words : Attendances)
        if (name == QLatin1String(words.key) || name == QStringView(words.official)
            || name == label(words.attendance))
            return words.attendance;
    if (name == QStringView(u"无故缺席"))  // the longer form of 缺席
        return Attendance::Absent;
    return std::nullopt;
}

}  // namespace redgrid::meetings
