#include "SheetChartsWidget.h"

#include "assessment/ReportBuilder.h"
#include "document/assessment/AssessmentCharts.h"

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
    auto* community = new QGroupBox(tr("The Chosen Community"), this);
    m_communityNote = new QLabel(community);
    m_communityNote->setObjectName(QStringLiteral("communityChartsNote"));
    m_communityNote->setWordWrap(true);
    m_communityCharts = new QGridLayout;
    auto* communityLayout = new QVBoxLayout(community);
    communityLayout->addWidget(m_communityNote);
    communityLayout->addLayout(m_communityCharts);

    auto* area = new QGroupBox(tr("Your Area"), this);
    m_areaNote = new QLabel(area);
    m_areaNote->setObjectName(QStringLiteral("areaChartsNote"));
    m_areaNote->setWordWrap(true);
    m_areaCharts = new QGridLayout;
    auto* areaLayout = new QVBoxLayout(area);
    areaLayout->addWidget(m_areaNote);
    areaLayout->addLayout(m_areaCharts);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(community);
    contentLayout->addWidget(area);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SheetChartsWidget::setChoice(const RecordId& community, bool saved, const Period& quarter)
{
    m_community = community;
    m_saved = saved;
    m_branch = false;
    m_quarter = quarter;
    m_stale = true;
    if (isVisible())
        load();
}

void SheetChartsWidget::setBranchChosen(const Period& quarter)
{
    m_community = RecordId();
    m_saved = false;
    m_branch = true;
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
    for (QGridLayout* grid : { m_communityCharts, m_areaCharts })
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
    ReportBuilder builder(m_db);

    if (m_branch) {
        m_communityNote->setText(tr("The charts are drawn for communities, not for party branches."));
    } else if (m_community.isNull()) {
        m_communityNote->setText(tr("Choose a community in the list."));
    } else if (!m_saved) {
        m_communityNote->setText(tr("No saved sheet yet for %1.").arg(m_quarter.label()));
    } else if (Result<AssessmentReport> report = builder.build(m_community, m_quarter, m_today); !report) {
        m_communityNote->setText(report.error().message);
    } else {
        const auto own = std::find_if(report->targets.cbegin(), report->targets.cend(),
            [this](const TargetScores& scores) { return scores.target.id == m_community; });
        if (own == report->targets.cend()) {
            m_communityNote->setText(tr("No saved sheet yet for %1.").arg(m_quarter.label()));
        } else {
            m_communityNote->setText(tr("%1, %2").arg(own->target.name, m_quarter.label()));
            addChart(m_communityCharts, document::AssessmentCharts::history(*own), 0, 0);
            addChart(m_communityCharts, document::AssessmentCharts::targetLosses(*own), 0, 1);
        }
    }

    Result<AssessmentReport> area = builder.buildForCode(QString(), m_quarter, m_today);
    if (!area) {
        m_areaNote->setText(area.error().message);
        return;
    }
    if (area->targets.isEmpty()) {
        m_areaNote->setText(tr("No community of your area has a saved sheet for %1.").arg(m_quarter.label()));
        return;
    }
    m_areaNote->setText(
        tr("%1, %2: %n community(ies) with a saved sheet.", nullptr, int(area->targets.size()))
            .arg(area->unit, m_quarter.label()));
    addChart(m_areaCharts, document::AssessmentCharts::distribution(*area), 0, 0);
    addChart(m_areaCharts, document::AssessmentCharts::levelCounts(*area), 0, 1);
    addChart(m_areaCharts, document::AssessmentCharts::unitLosses(*area), 1, 0, 2);
    addChart(m_areaCharts, document::AssessmentCharts::ranking(*area), 2, 0, 2);
    m_areaCharts->itemAtPosition(2, 0)->widget()->setMinimumHeight(
        std::max(ChartHeight, int(area->targets.size()) * RankingBarHeight + 80));
}

}  // namespace redgrid::ui
