#include "SummaryReportDocument.h"

#include "AssessmentCharts.h"
#include "ModelChartBlock.h"
#include "ReportFigures.h"
#include "ReportSections.h"
#include "common/Utf16.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/TextBlock.h"

namespace redgrid::document {

using assessment::AssessmentReport;
using assessment::TargetScores;

namespace {
// One line per target, in rank order; the blocks' lost points in the table's order.
Table summaryTable(const AssessmentReport& report, double width)
{
    QStringList blocks;
    if (!report.targets.isEmpty())
        for (const auto& [name, lost] : report.targets.first().lostPerBlock()) {
            Q_UNUSED(lost)
            blocks.append(name);
        }
    const double fixed = 12 + 36 + 17 + 14 + 14;
    const double blockWidth = blocks.isEmpty() ? 0 : std::min(20.0, (width - fixed - 50) / blocks.size());
    QList<TableColumn> columns { { s(u"排名"), 12 }, { s(u"单位"), 36, Qt::AlignLeft | Qt::AlignVCenter },
        { s(u"总得分"), 17 }, { s(u"等次"), 14 }, { s(u"星级"), 14 } };
    for (const QString& block : blocks)
        columns.append({ s(u"%1失分").arg(block), blockWidth });
    columns.append({ s(u"名额限制及一票否决"), width - fixed - blockWidth * blocks.size(),
        Qt::AlignLeft | Qt::AlignVCenter });
    TableStyle style;
    style.headerHeight = 12;
    style.rowHeight = 9;
    Table table(columns, style);
    const QString none = s(u"—");
    for (const TargetScores& target : report.targets) {
        QStringList row { target.rank > 0 ? QString::number(target.rank) : none, target.target.name,
            ReportFigures::points(target.result.total), target.gradeName(), target.starsName() };
        for (const auto& [name, lost] : target.lostPerBlock()) {
            Q_UNUSED(name)
            row.append(ReportFigures::points(lost));
        }
        const QString caps = ReportFigures::caps(target);
        row.append(caps == none ? QString() : caps);
        table.addRow(row);
    }
    return table;
}

QString countsLine(const QList<std::pair<QString, int>>& counts)
{
    QStringList parts;
    for (const auto& [name, count] : counts)
        parts.append(s(u"%1 %2个").arg(name).arg(count));
    return parts.join(s(u"，"));
}

}  // namespace

SummaryReportDocument::SummaryReportDocument(AssessmentReport report)
    : m_report(std::move(report))
{
}

QString SummaryReportDocument::title() const
{
    return m_report.title();
}

Status SummaryReportDocument::print(
    PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const
{
    if (m_report.targets.isEmpty())
        return Error::plain(tr("the summary holds no community or branch to print"));
    const auto orientation = QPageLayout::Landscape;
    const double width = ReportSections::contentWidth(orientation);
    const AssessmentReport report = m_report;
    PageFlow flow = ReportSections::newFlow(report, orientation);
    const QString assessor = report.targets.first().target.unit;
    ReportSections::addCover(flow, report, orientation,
        s(u"%1（共%2个）").arg(report.unit).arg(report.targets.size()),
        assessor == report.unit ? QString() : assessor);

    ReportSections::addHeading(flow, s(u"一、考核结果汇总"));
    flow.add(TextBlock(s(u"参加考核 %1 个。等次：%2。星级：%3。")
                           .arg(report.targets.size())
                           .arg(countsLine(report.gradeCounts()), countsLine(report.starCounts())),
        PageCanvas::font(10.5)));
    flow.add(summaryTable(report, width));

    ReportSections::addHeading(flow, s(u"二、排名"));
    // Two columns of at most RankingPerChart names a page, as many pages as it takes.
    const int perChart = AssessmentCharts::RankingPerChart;
    const int count = int(report.targets.size());
    for (int first = 0; first < count; first += 2 * perChart) {
        QList<ModelChartBlock::Make> columns;
        for (int column = first; column < std::min(first + 2 * perChart, count); column += perChart)
            columns.append([report, column] { return AssessmentCharts::ranking(report, column, perChart); });
        const int rows = std::min(perChart, count - first);
        flow.add(ModelChartBlock(columns, AssessmentCharts::rankingHeight(rows, 145)));
    }
    ReportSections::addHeading(flow, s(u"三、得分分布、等次与星级"));
    flow.add(ModelChartBlock([report] { return AssessmentCharts::distribution(report); }, 68));
    flow.add(ModelChartBlock([report] { return AssessmentCharts::levelCounts(report); }, 68));
    ReportSections::addHeading(flow, s(u"四、失分较多的板块"));
    flow.add(ModelChartBlock([report] { return AssessmentCharts::unitLosses(report); }, 68));

    ReportSections::addHeading(flow, s(u"五、整改事项（逾期在前）"));
    ReportSections::addRectifications(
        flow, report.rectifications(), ReportFigures::today(report), true, width);
    ReportSections::addSignatures(flow);
    return ReportSections::print(
        flow, canvas, options, db, title(), QStringLiteral("assessment_summary"), nullptr, report);
}

Status writeSummaryReportPdf(const AssessmentReport& report, const QString& path)
{
    return SummaryReportDocument(report).printToPdf(path);
}

}  // namespace redgrid::document
