#include "ReportFigures.h"

#include "common/Utf16.h"

#include <QFileInfo>

#include <algorithm>

namespace redgrid::document {

using assessment::Points;

namespace {
const QString None = QString::fromUtf16(u"—");
}  // namespace

QString ReportFigures::points(Points points)
{
    return points.toString();
}

double ReportFigures::number(Points points)
{
    return double(points.hundredths()) / 100.0;
}

QString ReportFigures::rank(const TargetScores& target)
{
    if (target.rank <= 0)
        return None;
    return QStringLiteral("%1/%2").arg(target.rank).arg(target.rankedWith);
}

QString ReportFigures::districtRank(const TargetScores& target)
{
    if (target.districtRank <= 0)
        return None;
    return QStringLiteral("%1/%2").arg(target.districtRank).arg(target.districtRankedWith);
}

QString ReportFigures::caps(const TargetScores& target)
{
    QStringList why;
    for (const QStringList& list : { target.result.vetoes, target.result.gradeReasons, target.capped })
        for (const QString& reason : list)
            if (!reason.isEmpty() && !why.contains(reason))
                why.append(reason);
    return why.isEmpty() ? None : why.join(s(u"；"));
}

QString ReportFigures::selfScore(const TargetScores& target, const QString& key)
{
    const auto found = target.self.indicators.constFind(key);
    return found == target.self.indicators.cend() ? None : points(found->score);
}

QString ReportFigures::reviewScore(const TargetScores& target, const QString& key)
{
    if (!target.reviewed)
        return None;
    const auto found = target.result.indicators.constFind(key);
    return found == target.result.indicators.cend() ? None : points(found->score);
}

QString ReportFigures::reasons(const TargetScores& target, const QString& key)
{
    QStringList parts = target.result.indicators.value(key).reasons;
    // The assessor's note once reviewed, else the community's own.
    QString evidence = target.reviewed ? target.reviewInput.entries.value(key).evidence : QString();
    if (evidence.trimmed().isEmpty())
        evidence = target.selfInput.entries.value(key).evidence;
    // The sheet's reasons already quote the note of a deduction or a manual score.
    const bool quoted = std::any_of(parts.cbegin(), parts.cend(),
        [&](const QString& reason) { return reason.contains(evidence.trimmed()); });
    if (!evidence.trimmed().isEmpty() && !quoted)
        parts.append(s(u"依据：") + evidence.trimmed());
    // The evidence files by name (the paths are the office's own folders), the same side first.
    QStringList files = target.reviewed ? target.reviewInput.entries.value(key).attachments : QStringList();
    if (files.isEmpty())
        files = target.selfInput.entries.value(key).attachments;
    QStringList names;
    for (const QString& file : files)
        names.append(QFileInfo(file).fileName());
    if (!names.isEmpty())
        parts.append(s(u"附件：") + names.join(s(u"、")));
    return parts.join(s(u"；"));
}

QDate ReportFigures::today(const assessment::AssessmentReport& report)
{
    return report.preparedOn.isValid() ? report.preparedOn : QDate::currentDate();
}

QString ReportFigures::state(const assessment::Rectification& item, const QDate& today)
{
    if (item.closed)
        return s(u"已整改");
    return item.isOverdue(today) ? overdueMark() : s(u"整改中");
}

QString ReportFigures::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : None;
}

QString ReportFigures::sheetState(const TargetScores& target)
{
    switch (target.state) {
    case assessment::SheetState::SelfAssessment:
        return s(u"自评");
    case assessment::SheetState::Submitted:
        return s(u"已提交");
    case assessment::SheetState::Reviewed:
        return s(u"已审核");
    case assessment::SheetState::Confirmed:
        return s(u"已确认");
    }
    return {};
}

QString ReportFigures::overdueMark()
{
    return s(u"逾期");
}

}  // namespace redgrid::document
