#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::meetings {

// The grades of 民主评议党员 (党员教育管理工作条例 Art. 18; 12371 民主评议党员 专题: 按照"优秀"
// "合格""基本合格""不合格"对党员进行评定). The keys are stored.
enum class Grade {
    Excellent,  // 优秀
    Qualified,  // 合格
    BasicallyQualified,  // 基本合格
    Unqualified,  // 不合格
};

QList<Grade> allGrades();  // best first
QString gradeKey(Grade grade);  // "excellent", "qualified", "basically_qualified", "unqualified"
std::optional<Grade> gradeFromKey(QStringView key);

// One member in a branch's appraisal, as far as the grades go.
struct AppraisalEntry
{
    bool probationary = false;  // 预备党员: takes part, is not graded
    std::optional<Grade> grade;  // the branch's decision; nothing while undecided
};

// The outcome of checking a branch's grades; the figures for the refusal and the 汇总表.
struct GradeCheck
{
    int graded = 0;  // 正式党员 in the appraisal: the base of the one-third cap
    int excellent = 0;
    int maxExcellent = 0;
    QString error;  // why the grades are refused; empty when they stand
    bool ok() const { return error.isEmpty(); }
};

class AppraisalGrades
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalGrades)

public:
    static QString label(Grade grade);  // in the interface language
    static QString official(Grade grade);  // 优秀, 合格, 基本合格, 不合格 whatever the language
    static std::optional<Grade> parse(const QString& text);  // key, official name or label

    // "评定为'优秀'的比例一般不超过党员总数的1/3" (12371 民主评议党员 专题; the 甘肃党建 answers:
    // 党员总数 is the 正式党员 whose membership is in the branch, 预备党员 not included). "Not more
    // than a third" in whole members is the third rounded down: 9 or 10 or 11 graded allow 3,
    // 12 allow 4, 2 allow none.
    static constexpr int maxExcellent(int graded) { return graded > 0 ? graded / 3 : 0; }

    // The cap on the figures alone: "优秀 4 人，超过参评 10 人的三分之一（最多 3 人）".
    static GradeCheck checkExcellent(int excellent, int graded);
    // A branch's decisions: 预备党员 "参加民主评议，但不评定等次", so a grade given to one is
    // refused; every 正式党员 counts in the base, graded yet or not; then the cap.
    static GradeCheck check(const QList<AppraisalEntry>& entries);
};

}  // namespace redgrid::meetings
