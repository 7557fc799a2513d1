#include "TargetReportDocument.h"

#include "AssessmentCharts.h"
#include "ModelChartBlock.h"
#include "ReportFigures.h"
#include "ReportSections.h"
#include "common/Utf16.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/TextBlock.h"

#include <QRegularExpression>

namespace redgrid::document {

using assessment::AssessmentReport;
using assessment::TargetScores;

namespace {
// The target's own report: its unit and title name it, not the street it was ranked in.
AssessmentReport ofOne(AssessmentReport report, int target)
{
    if (target < 0 || target >= report.targets.size())
        report.targets.clear();
    else
        report.targets = { report.targets.at(target) };
    if (report.summary && !report.targets.isEmpty())
        report.unit = report.targets.first().target.name;
    report.summary = false;
    return report;
}

Table resultTable(const TargetScores& target, double width)
{
    TableStyle style;
    style.rowHeight = 8;
    style.pointSize = 10;
    const double label = 38;
    Table table({ { s(u"项目"), label, Qt::AlignLeft | Qt::AlignVCenter },
                    { s(u"结果"), width - label, Qt::AlignLeft | Qt::AlignVCenter } },
        style);
    const QString none = s(u"—");
    table.addRow({ s(u"总得分"), ReportFigures::points(target.result.total) });
    table.addRow({ s(u"自评得分"), ReportFigures::points(target.self.total) });
    table.addRow({ s(u"审核得分"), target.reviewed ? ReportFigures::points(target.result.total) : none });
    table.addRow({ s(u"基本分 / 加分 / 减分"),
        QStringLiteral("%1 / %2 / %3")
            .arg(ReportFigures::points(target.result.regular), ReportFigures::points(target.result.bonus),
                ReportFigures::points(target.result.penalty)) });
    table.addRow({ s(u"等次"), target.gradeName() });
    table.addRow({ s(u"星级"), target.starsName() });
    table.addRow({ s(u"排名"), ReportFigures::rank(target) });
    if (target.districtRank > 0)
        table.addRow({ s(u"全区排名"), ReportFigures::districtRank(target) });
    table.addRow({ s(u"名额限制及一票否决"), ReportFigures::caps(target) });
    table.addRow({ s(u"考核状态"), ReportFigures::sheetState(target) });
    return table;
}

}  // namespace

TargetReportDocument::TargetReportDocument(AssessmentReport report, int target)
    : m_report(ofOne(std::move(report), target))
{
}

QString TargetReportDocument::title() const
{
    return m_report.title();
}

QString TargetReportDocument::suggestedFileName() const
{
    QString name = title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

Status TargetReportDocument::print(
    PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const
{
    if (m_report.targets.isEmpty())
        return Error::plain(tr("the report holds no community or branch to print"));
    const TargetScores& target = m_report.targets.first();
    const auto orientation = QPageLayout::Portrait;
    const double width = ReportSections::contentWidth(orientation);
    PageFlow flow = ReportSections::newFlow(m_report, orientation);
    ReportSections::addCover(flow, m_report, orientation, target.target.name, target.target.unit);

    ReportSections::addHeading(flow, s(u"一、考核结果"));
    flow.add(resultTable(target, width));
    ReportSections::addHeading(flow, s(u"二、各项指标得分"));
    flow.add(ReportSections::indicatorTable(target, width));
    ReportSections::addHeading(flow, s(u"三、得分走势与失分情况"));
    flow.add(ModelChartBlock([target] { return AssessmentCharts::history(target); }, 75));
    flow.add(ModelChartBlock([target] { return AssessmentCharts::targetLosses(target); }, 75));
    ReportSections::addHeading(flow, s(u"四、整改事项"));
    ReportSections::addRectifications(
        flow, target.rectifications, ReportFigures::today(m_report), false, width);
    ReportSections::addSignatures(flow);
    return ReportSections::print(
        flow, canvas, options, db, title(), QStringLiteral("assessment_report"), &target, m_report);
}

Status writeTargetReportPdf(const AssessmentReport& report, const QString& path, int target)
{
    return TargetReportDocument(report, target).printToPdf(path);
}

}  // namespace redgrid::document
