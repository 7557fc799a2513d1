#include "SheetsPage.h"

#include "ScoreSheetWidget.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetStore.h"
#include "document/assessment/SummaryReportDocument.h"
#include "document/assessment/TargetReportDocument.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/RefusalLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using namespace assessment;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int QuartersOffered = 8;  // two years back: the annual score reads four quarters

}  // namespace

SheetsPage::SheetsPage(storage::Connection& connection, const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_today(today)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("sheetPeriod"));
    Period quarter = Period::containing(today);
    for (int i = 0; i < QuartersOffered; ++i, quarter = quarter.previous())
        m_period->addItem(quarter.label(), quarter.code());
    auto* periodLabel = new QLabel(tr("&Quarter:"), this);
    periodLabel->setBuddy(m_period);

    m_overview = new QTreeWidget(this);
    m_overview->setObjectName(QStringLiteral("sheetOverview"));
    m_overview->setRootIsDecorated(false);
    m_overview->setHeaderLabels({ tr("Community"), tr("Street"), tr("State"), tr("Total"), tr("Saved by") });
    m_overview->header()->setSectionResizeMode(CommunityColumn, QHeaderView::ResizeToContents);
    m_sheet = new ScoreSheetWidget(connection, this);
    m_sheet->setObjectName(QStringLiteral("scoreSheet"));
    m_status = new RefusalLabel(this);
    m_status->setObjectName(QStringLiteral("sheetsStatus"));

    connect(m_period, &QComboBox::currentIndexChanged, this, &SheetsPage::reload);
    connect(m_overview, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { openSheet(item); });
    connect(m_sheet, &ScoreSheetWidget::sheetChanged, this, [this](const Sheet& sheet) {
        for (int i = 0; i < m_overview->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_overview->topLevelItem(i);
            if (item->data(0, IdRole).toString() != sheet.target.id.toString())
                continue;
            item->setText(StateColumn, SheetWorkflow::label(sheet.state));
            item->setText(TotalColumn, sheet.result().total.toString(sheet.table.table->decimals));
            item->setText(ModifiedByColumn, sheet.modifiedBy);
        }
    });

    auto* printReport = new QPushButton(tr("&Print the Report…"), this);
    printReport->setObjectName(QStringLiteral("printReport"));
    printReport->setToolTip(tr("The chosen community's quarterly report"));
    auto* printSummary = new QPushButton(tr("Print the S&ummary…"), this);
    printSummary->setObjectName(QStringLiteral("printSummary"));
    printSummary->setToolTip(tr("The quarter's report of every community in your area"));
    connect(printReport, &QPushButton::clicked, this, [this] { this->printReport(false); });
    connect(printSummary, &QPushButton::clicked, this, [this] { this->printReport(true); });

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch();
    auto* prints = new QHBoxLayout;
    prints->addWidget(printReport);
    prints->addWidget(printSummary);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_overview);
    leftLayout->addLayout(prints);
    leftLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_sheet);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 400, 1100 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

Period SheetsPage::period() const
{
    return Period::parse(m_period->currentData().toString()).value_or(Period::containing(m_today));
}

void SheetsPage::reload()
{
    const QString current = m_sheet->sheet() ? m_sheet->sheet()->target.id.toString() : QString();
    const QSignalBlocker blocker(m_overview);
    m_overview->clear();
    QTreeWidgetItem* chosen = nullptr;
    for (const SheetOverview& line : SheetStore(m_db).overview(period(), RecordId())) {
        auto* item = new QTreeWidgetItem(m_overview,
            { line.target.name, line.target.unit,
                line.sheetId.isNull() ? tr("Not started") : SheetWorkflow::label(line.state),
                line.total ? line.total->toString() : QString(), line.modifiedBy });
        item->setData(0, IdRole, line.target.id.toString());
        item->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (line.target.id.toString() == current)
            chosen = item;
    }
    if (!chosen)
        chosen = m_overview->topLevelItem(0);
    m_overview->setCurrentItem(chosen);
    openSheet(chosen);
}

void SheetsPage::openSheet(QTreeWidgetItem* item)
{
    m_status->clear();
    if (!item)
        return m_sheet->clear();
    SheetStore store(m_db);
    Result<AssessmentTarget> target
        = store.target(TargetKind::Community, RecordId::fromString(item->data(0, IdRole).toString()));
    if (!target)
        return m_status->setText(target.error().message);
    Result<Sheet> sheet = store.open(*target, period(), m_today);
    if (!sheet) {
        m_sheet->clear();
        return m_status->setText(sheet.error().message);
    }
    m_sheet->setSheet(*sheet);
}

std::unique_ptr<PrintPreview> SheetsPage::reportPreview(bool summary)
{
    m_status->clear();
    QTreeWidgetItem* item = m_overview->currentItem();
    if (!summary && !item) {
        m_status->setText(tr("Choose a community first."));
        return nullptr;
    }
    ReportBuilder builder(m_db);
    Result<AssessmentReport> report = summary
        ? builder.buildForCode(QString(), period(), m_today)
        : builder.build(RecordId::fromString(item->data(0, IdRole).toString()), period(), m_today);
    if (!report) {
        m_status->setText(report.error().message);
        return nullptr;
    }
    PrintJob job;
    if (summary) {
        auto document = std::make_shared<document::SummaryReportDocument>(*report);
        job.title = document->title();
        job.description = tr("The assessment of %1 for %2: every community's score, rank and grade.")
                              .arg(report->unit, period().label());
        job.fileName = job.title + QStringLiteral(".pdf");
        job.document = document;
    } else {
        auto document = std::make_shared<document::TargetReportDocument>(*report);
        job.title = document->title();
        job.description = tr("The quarterly assessment report of %1 for %2.")
                              .arg(item->text(CommunityColumn), period().label());
        job.fileName = document->suggestedFileName();
        job.document = document;
    }
    return std::make_unique<PrintPreview>(m_db, std::move(job), this);
}

void SheetsPage::printReport(bool summary)
{
    if (std::unique_ptr<PrintPreview> preview = reportPreview(summary))
        preview->exec();
}

}  // namespace redgrid::ui
