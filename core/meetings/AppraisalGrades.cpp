#include "AppraisalGrades.h"

#include <array>

namespace redgrid::meetings {

namespace {

struct GradeWords
{
    Grade grade;
    const char* key;
    const char* label;  // translated
    const char16_t* official;  // the zh_CN translation says the same
};

constexpr std::array Grades {
    GradeWords { Grade::Excellent, "excellent", QT_TRANSLATE_NOOP("AppraisalGrades", "Excellent"), u"优秀" },
    GradeWords { Grade::Qualified, "qualified", QT_TRANSLATE_NOOP("AppraisalGrades", "Qualified"), u"合格" },
    GradeWords { Grade::BasicallyQualified, "basically_qualified",
        QT_TRANSLATE_NOOP("AppraisalGrades", "Basically qualified"), u"基本合格" },
    GradeWords {
        Grade::Unqualified, "unqualified", QT_TRANSLATE_NOOP("AppraisalGrades", "Unqualified"), u"不合格" },
};

constexpr bool tableFollowsEnumOrder()
{
    for (size_t i = 0; i < Grades.size(); ++i)
        if (static_cast<size_t>(Grades[i].grade) != i)
            return false;
    return true;
}
static_assert(tableFollowsEnumOrder(), "wordsOf() indexes the table by the enum value");

const GradeWords& wordsOf(Grade grade)
{
    return Grades[static_cast<size_t>(grade)];
}

}  // namespace

QList<Grade> allGrades()
{
    QList<Grade> all;
    for (const GradeWords& words : Grades)
        all.append(words.grade);
    return all;
}

QString gradeKey(Grade grade)
{
    return QString::fromLatin1(wordsOf(grade).key);
}

std::optional<Grade> gradeFromKey(QStringView key)
{
    for (const GradeWords& words : Grades)
        if (key == QLatin1String(words.key))
            return words.grade;
    return std::nullopt;
}

QString AppraisalGrades::label(Grade grade)
{
    return tr(wordsOf(grade).label);
}

QString AppraisalGrades::official(Grade grade)
{
    return QString::fromUtf16(wordsOf(grade).official);
}

std::optional<Grade> AppraisalGrades::parse(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    for (const GradeWords& words : Grades)
        if (name == QLatin1String(words.key) || name == QStringView(words.official)
            || name == label(words.grade))
            return words.grade;
    return std::nullopt;
}

GradeCheck AppraisalGrades::checkExcellent(int excellent, int graded)
{
    GradeCheck result;
    result.graded = graded;
    result.excellent = excellent;
    result.maxExcellent = maxExcellent(graded);
    if (excellent > result.maxExcellent)
        result.error = tr("%1 rated excellent: more than a third of the %2 members graded (at most %3)")
                           .arg(excellent)
                           .arg(graded)
                           .arg(result.maxExcellent);
    return result;
}

GradeCheck AppraisalGrades::check(const QList<AppraisalEntry>& entries)
{
    int graded = 0;
    int excellent = 0;
    int probationaryGraded = 0;
    for (const AppraisalEntry& entry : entries) {
        if (entry.probationary) {
            if (entry.grade)
                ++probationaryGraded;
            continue;
        }
        ++graded;
        if (entry.grade == Grade::Excellent)
            ++excellent;
    }
    GradeCheck result = checkExcellent(excellent, graded);
    if (probationaryGraded > 0)
        result.error = tr("a grade given to %1 probationary members: probationary members take part in the "
                          "appraisal but are not graded")
                           .arg(probationaryGraded);
    return result;
}

}  // namespace redgrid::meetings
