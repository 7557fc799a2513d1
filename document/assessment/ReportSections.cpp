#include "ReportSections.h"

#include "ReportCover.h"
#include "ReportFigures.h"
#include "common/Utf16.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/PrintAudit.h"
#include "document/engine/SignatureBlock.h"
#include "document/engine/TextBlock.h"

#include <QJsonObject>

namespace redgrid::document::ReportSections {

using assessment::AssessmentReport;
using assessment::IndicatorKind;
using assessment::TargetScores;

namespace {

constexpr double Left = 20;
constexpr double Top = 20;

double pageHeight(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? 210 : 297;
}

double contentBottom(QPageLayout::Orientation orientation)
{
    return pageHeight(orientation) - 22;
}

// Columns given as shares of the width, so that portrait and landscape tables fill the line.
QList<TableColumn> columns(
    const QList<std::pair<QString, double>>& shares, double width, const QList<int>& leftAligned)
{
    double total = 0;
    for (const auto& column : shares)
        total += column.second;
    QList<TableColumn> result;
    for (int i = 0; i < shares.size(); ++i)
        result.append({ shares[i].first, width * shares[i].second / total,
            leftAligned.contains(i) ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter });
    return result;
}

}  // namespace

double contentWidth(QPageLayout::Orientation orientation)
{
    return (orientation == QPageLayout::Landscape ? 297 : 210) - 2 * Left;
}

PageFlow newFlow(const AssessmentReport& report, QPageLayout::Orientation orientation)
{
    PageFrame frame;
    frame.left = Left;
    frame.width = contentWidth(orientation);
    frame.headerCentre = report.title();
    frame.footerTop = pageHeight(orientation) - 17;
    frame.footerNote = s(u"报告日期：%1").arg(ReportFigures::date(ReportFigures::today(report)));
    PageFlow::Area area;
    area.left = Left;
    area.top = Top;
    area.width = contentWidth(orientation);
    area.bottom = contentBottom(orientation);
    return PageFlow(orientation, area, frame);
}

void addCover(PageFlow& flow, const AssessmentReport& report, QPageLayout::Orientation orientation,
    const QString& assessed, const QString& assessor)
{
    QList<ReportCover::Line> lines { { s(u"考核期间"), report.period.label() },
        { s(u"被考核单位"), assessed } };
    if (!assessor.isEmpty())
        lines.append({ s(u"考核单位"), assessor });
    lines.append({ s(u"报告日期"), ReportFigures::date(ReportFigures::today(report)) });
    // A hair shorter than the page's content, so that it fills the page and nothing follows.
    flow.add(ReportCover(report.title(), lines, contentBottom(orientation) - Top - 0.5)).spaceAfter = 0;
}

void addHeading(PageFlow& flow, const QString& text)
{
    TextBlock& heading = flow.add(TextBlock(text, PageCanvas::font(14, true)));
    heading.keepWithNext = true;
    heading.spaceBefore = 3;
    heading.spaceAfter = 3;
}

Table indicatorTable(const TargetScores& target, double width)
{
    TableStyle style;
    style.rowHeight = 11;
    style.pointSize = 8.5;
    style.minPointSize = 5.5;
    Table table(columns({ { s(u"序号"), 10 }, { s(u"指标"), 28 }, { s(u"标准"), 42 }, { s(u"分值"), 11 },
                            { s(u"自评"), 11 }, { s(u"审核"), 11 }, { s(u"得分"), 11 },
                            { s(u"扣分原因及依据"), 46 } },
                    width, { 1, 2, 7 }),
        style);
    if (!target.table)
        return table;
    for (const auto& [indicator, depth] : target.table->flatten()) {
        QString name = indicator->name;
        if (indicator->kind == IndicatorKind::Bonus)
            name = s(u"（加分）") + name;
        else if (indicator->kind == IndicatorKind::Penalty)
            name = s(u"（减分）") + name;
        else if (depth == 0)
            name = QStringLiteral("【%1】").arg(name);
        const auto counted = target.result.indicators.value(indicator->key);
        // A block's reasons are its indicators': they are printed there, not twice.
        const bool leaf = indicator->children.isEmpty();
        table.addRow({ indicator->key, name, indicator->standard, ReportFigures::points(indicator->max),
            ReportFigures::selfScore(target, indicator->key),
            ReportFigures::reviewScore(target, indicator->key), ReportFigures::points(counted.score),
            leaf ? ReportFigures::reasons(target, indicator->key) : QString() });
    }
    const QString none = s(u"—");
    table.addRow({ QString(), s(u"合计"),
        s(u"基本分 %1，加分 %2，减分 %3")
            .arg(ReportFigures::points(target.result.regular), ReportFigures::points(target.result.bonus),
                ReportFigures::points(target.result.penalty)),
        ReportFigures::points(target.table->total), ReportFigures::points(target.self.total),
        target.reviewed ? ReportFigures::points(target.result.total) : none,
        ReportFigures::points(target.result.total),
        ReportFigures::caps(target) == none ? QString() : ReportFigures::caps(target) });
    return table;
}

Table rectificationTable(
    const QList<assessment::Rectification>& items, const QDate& today, bool withTarget, double width)
{
    TableStyle style;
    style.rowHeight = 10;
    QList<std::pair<QString, double>> shares { { s(u"序号"), 10 } };
    if (withTarget)
        shares.append({ s(u"单位"), 28 });
    shares.append({ { s(u"指标"), 30 }, { s(u"存在问题"), 60 }, { s(u"责任人"), 18 }, { s(u"整改期限"), 22 },
        { s(u"状态"), 16 } });
    Table table(columns(shares, width, withTarget ? QList<int> { 1, 2, 3 } : QList<int> { 1, 2 }), style);
    int number = 0;
    for (const assessment::Rectification& item : items) {
        QStringList row { QString::number(++number) };
        if (withTarget)
            row.append(item.targetName);
        row.append({ item.indicatorName, item.problem, item.responsible, ReportFigures::date(item.deadline),
            ReportFigures::state(item, today) });
        table.addRow(row);
    }
    return table;
}

void addRectifications(PageFlow& flow, const QList<assessment::Rectification>& items, const QDate& today,
    bool withTarget, double width)
{
    if (items.isEmpty()) {
        flow.add(TextBlock(s(u"无整改事项。"), PageCanvas::font(11)));
        return;
    }
    flow.add(rectificationTable(items, today, withTarget, width));
}

void addSignatures(PageFlow& flow)
{
    SignatureStyle style;
    style.labelWidth = 46;
    style.lineStart = 46;
    style.lineEnd = 105;
    style.dateLeft = 112;
    SignatureBlock& lines = flow.add(SignatureBlock(
        { { s(u"考核单位（盖章）："), false, false }, { s(u"负责人签字："), true, false } }, style));
    lines.spaceBefore = 10;
}

Status print(PageFlow& flow, PageCanvas& canvas, const PrintOptions& options, storage::Connection* db,
    const QString& title, const QString& form, const TargetScores* target, const AssessmentReport& report)
{
    if (!db)
        return flow.print(canvas, title, options);
    if (Status allowed = mayPrint(*db, options); !allowed)
        return allowed;
    if (Status begun = canvas.begin(flow.orientation(), title); !begun)
        return begun;
    if (Status drawn = flow.drawPages(canvas, options); !drawn)
        return drawn;
    PrintedDocument printed { form, {}, {},
        { { QStringLiteral("period"), report.period.code() }, { QStringLiteral("unit"), report.unit } } };
    if (target) {
        printed.table = target->target.kind == assessment::TargetKind::Branch
            ? QStringLiteral("party_org")
            : QStringLiteral("hierarchy_node");
        printed.target = target->target.id;
    }
    return commitPrint(*db, canvas, printed, options);
}

}  // namespace redgrid::document::ReportSections
