#include "SheetChartsWidget.h"

#include "assessment/ReportBuilder.h"
#include "document/assessment/AssessmentCharts.h"
#include "organisation/OrgStore.h"

#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace redgrid::ui {

using namespace assessment;

namespace {

constexpr int ChartHeight = 300;
constexpr int RankingBarHeight = 22;  // one target's bar with its name readable

}  // namespace

SheetChartsWidget::SheetChartsWidget(storage::Connection& connection, const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_today(today)
{
    m_targetBox = new QGroupBox(tr("The Chosen Community"), this);
    m_targetNote = new QLabel(m_targetBox);
    m_targetNote->setObjectName(QStringLiteral("communityChartsNote"));
    m_targetNote->setWordWrap(true);
    m_targetCharts = new QGridLayout;
    auto* targetLayout = new QVBoxLayout(m_targetBox);
    targetLayout->addWidget(m_targetNote);
    targetLayout->addLayout(m_targetCharts);

    m_areaBox = new QGroupBox(tr("Your Area"), this);
    m_areaNote = new QLabel(m_areaBox);
    m_areaNote->setObjectName(QStringLiteral("areaChartsNote"));
    m_areaNote->setWordWrap(true);
    m_areaCharts = new QGridLayout;
    auto* areaLayout = new QVBoxLayout(m_areaBox);
    areaLayout->addWidget(m_areaNote);
    areaLayout->addLayout(m_areaCharts);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_targetBox);
    contentLayout->addWidget(m_areaBox);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SheetChartsWidget::setChoice(TargetKind kind, const RecordId& target, bool saved, const Period& quarter)
{
    m_kind = kind;
    m_target = target;
    m_saved = saved;
    m_quarter = quarter;
    m_stale = true;
    if (isVisible())
        load();
}

void SheetChartsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

int SheetChartsWidget::chartCount() const
{
    return int(findChildren<QChartView*>().size());
}

void SheetChartsWidget::clearCharts()
{
    for (QGridLayout* grid : { m_targetCharts, m_areaCharts })
        while (QLayoutItem* item = grid->takeAt(0)) {
            delete item->widget();  // the view owns its chart
            delete item;
        }
}

void SheetChartsWidget::addChart(QGridLayout* grid, QChart* chart, int row, int column, int columnSpan)
{
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(ChartHeight);
    grid->addWidget(view, row, column, 1, columnSpan);
}

void SheetChartsWidget::load()
{
    m_stale = false;
    clearCharts();
    const bool branch = m_kind == TargetKind::Branch;
    m_targetBox->setTitle(branch ? tr("The Chosen Branch") : tr("The Chosen Community"));
    m_areaBox->setTitle(branch ? tr("The Branches of Its Party Committee") : tr("Your Area"));
    loadTarget();
    loadArea();
}

void SheetChartsWidget::loadTarget()
{
    const bool branch = m_kind == TargetKind::Branch;
    if (m_target.isNull())
        return m_targetNote->setText(
            branch ? tr("Choose a party branch in the list.") : tr("Choose a community in the list."));
    if (!m_saved)
        return m_targetNote->setText(tr("No saved sheet yet for %1.").arg(m_quarter.label()));
    // A community is ranked among its street's communities, a branch among its 党委's branches.
    ReportBuilder builder(m_db);
    Result<AssessmentReport> report = branch ? builder.buildForOrg(m_target, m_quarter, m_today)
                                             : builder.build(m_target, m_quarter, m_today);
    if (!report)
        return m_targetNote->setText(report.error().message);
    const auto own = std::find_if(report->targets.cbegin(), report->targets.cend(),
        [this](const TargetScores& scores) { return scores.target.id == m_target; });
    if (own == report->targets.cend())
        return m_targetNote->setText(tr("No saved sheet yet for %1.").arg(m_quarter.label()));
    m_targetNote->setText(tr("%1, %2").arg(own->target.name, m_quarter.label()));
    addChart(m_targetCharts, document::AssessmentCharts::history(*own), 0, 0);
    addChart(m_targetCharts, document::AssessmentCharts::targetLosses(*own), 0, 1);
}

void SheetChartsWidget::loadArea()
{
    ReportBuilder builder(m_db);
    Result<AssessmentReport> area = Error::plain(QString());
    if (m_kind == TargetKind::Community) {
        area = builder.buildForCode(QString(), m_quarter, m_today);
    } else {
        // A branch's area is its 党委: the branches it assesses.
        const auto branch = m_target.isNull() ? std::nullopt : organisation::OrgStore(m_db).org(m_target);
        if (!branch || branch->parentId.isNull())
            return m_areaNote->setText(
                tr("Choose a party branch: the branches of its party committee are charted."));
        area = builder.buildForOrg(branch->parentId, m_quarter, m_today);
    }
    if (!area)
        return m_areaNote->setText(area.error().message);
    const int count = int(area->targets.size());
    if (m_kind == TargetKind::Branch) {
        if (count == 0)
            return m_areaNote->setText(
                tr("No branch of %1 has a saved sheet for %2.").arg(area->unit, m_quarter.label()));
        m_areaNote->setText(tr("%1, %2: %n branch(es) with a saved sheet.", nullptr, count)
                                .arg(area->unit, m_quarter.label()));
    } else {
        if (count == 0)
            return m_areaNote->setText(
                tr("No community of your area has a saved sheet for %1.").arg(m_quarter.label()));
        m_areaNote->setText(tr("%1, %2: %n community(ies) with a saved sheet.", nullptr, count)
                                .arg(area->unit, m_quarter.label()));
    }
    addChart(m_areaCharts, document::AssessmentCharts::distribution(*area), 0, 0);
    addChart(m_areaCharts, document::AssessmentCharts::levelCounts(*area), 0, 1);
    addChart(m_areaCharts, document::AssessmentCharts::unitLosses(*area), 1, 0, 2);
    addChart(m_areaCharts, document::AssessmentCharts::ranking(*area), 2, 0, 2);
    m_areaCharts->itemAtPosition(2, 0)->widget()->setMinimumHeight(
        std::max(ChartHeight, count * RankingBarHeight + 80));
}

}  // namespace redgrid::ui
