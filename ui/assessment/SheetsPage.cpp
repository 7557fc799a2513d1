#include "SheetsPage.h"

#include "ScoreSheetWidget.h"
#include "SheetChartsWidget.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetStore.h"
#include "document/assessment/ReportBatch.h"
#include "document/assessment/SummaryReportDocument.h"
#include "document/assessment/TargetReportDocument.h"
#include "organisation/OrgStore.h"
#include "security/Session.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/RefusalLabel.h"
#include "ui/common/SavedFileNotice.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
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

    m_targetKind = new QComboBox(this);
    m_targetKind->setObjectName(QStringLiteral("sheetTargetKind"));
    m_targetKind->addItem(tr("Community (Village)"), int(TargetKind::Community));
    m_targetKind->addItem(tr("Party Branch"), int(TargetKind::Branch));
    auto* targetKindLabel = new QLabel(tr("&List:"), this);
    targetKindLabel->setBuddy(m_targetKind);

    m_overview = new QTreeWidget(this);
    m_overview->setObjectName(QStringLiteral("sheetOverview"));
    m_overview->setRootIsDecorated(false);
    m_overview->setHeaderLabels({ tr("Community"), tr("Street"), tr("State"), tr("Total"), tr("Saved by") });
    m_overview->header()->setSectionResizeMode(CommunityColumn, QHeaderView::ResizeToContents);
    m_sheet = new ScoreSheetWidget(connection, this);
    m_sheet->setObjectName(QStringLiteral("scoreSheet"));
    m_charts = new SheetChartsWidget(connection, today, this);
    m_charts->setObjectName(QStringLiteral("sheetCharts"));
    m_status = new RefusalLabel(this);
    m_status->setObjectName(QStringLiteral("sheetsStatus"));

    connect(m_period, &QComboBox::currentIndexChanged, this, &SheetsPage::choosePeriod);
    connect(m_targetKind, &QComboBox::currentIndexChanged, this, &SheetsPage::chooseTargetKind);
    connect(m_overview, &QTreeWidget::currentItemChanged, this, &SheetsPage::chooseCommunity);
    connect(m_sheet, &ScoreSheetWidget::sheetChanged, this, [this](const Sheet& sheet) {
        for (int i = 0; i < m_overview->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_overview->topLevelItem(i);
            if (item->data(0, IdRole).toString() != sheet.target.id.toString())
                continue;
            item->setText(StateColumn, SheetWorkflow::label(sheet.state));
            item->setText(TotalColumn, sheet.result().total.toString(sheet.table.table->decimals));
            item->setText(ModifiedByColumn, sheet.modifiedBy);
        }
        // A first save gives the charts a sheet to draw; every save changes what they show.
        m_charts->setChoice(targetKind(), sheet.target.id, !sheet.id.isNull(), period());
    });

    auto* printReport = new QPushButton(tr("&Print the Report…"), this);
    printReport->setObjectName(QStringLiteral("printReport"));
    printReport->setToolTip(tr("The chosen community's or party branch's quarterly report"));
    auto* printSummary = new QPushButton(tr("Print the S&ummary…"), this);
    printSummary->setObjectName(QStringLiteral("printSummary"));
    printSummary->setToolTip(tr("The quarter's report of every community in your area, or of the branches of "
                                "the chosen branch's party committee"));
    connect(printReport, &QPushButton::clicked, this, [this] { this->printReport(false); });
    connect(printSummary, &QPushButton::clicked, this, [this] { this->printReport(true); });
    auto* saveAll = new QPushButton(tr("Save &All Reports…"), this);
    saveAll->setObjectName(QStringLiteral("saveAllReports"));
    saveAll->setToolTip(tr("Every community's (or the chosen branch's party committee's branches') report "
                           "and the summary as PDF and Excel, into one folder"));
    const security::Session* session = security::Session::of(connection);
    saveAll->setVisible(session
        && (session->role() == security::Role::StreetAdmin
            || session->role() == security::Role::DistrictAdmin));
    connect(saveAll, &QPushButton::clicked, this, &SheetsPage::askFolderForAllReports);

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(targetKindLabel);
    top->addWidget(m_targetKind);
    top->addStretch();
    auto* prints = new QHBoxLayout;
    prints->addWidget(printReport);
    prints->addWidget(printSummary);
    prints->addWidget(saveAll);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_overview);
    leftLayout->addLayout(prints);
    leftLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("sheetTabs"));
    tabs->addTab(m_sheet, tr("Score S&heet"));
    tabs->addTab(m_charts, tr("&Charts"));
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 400, 1100 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

Period SheetsPage::period() const
{
    return Period::parse(m_period->currentData().toString()).value_or(Period::containing(m_today));
}

TargetKind SheetsPage::targetKind() const
{
    return TargetKind(m_targetKind->currentData().toInt());
}

bool SheetsPage::confirmLeavingSheet()
{
    if (!m_sheet->hasUnsavedEntries())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Entries"),
        tr("The sheet of %1 has entries that are not saved. Save them?").arg(m_sheet->sheet()->target.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_sheet->saveEntries();  // refused: the reason is on the sheet, the entries stay
    if (answer == QMessageBox::Discard) {
        const Sheet opened = *m_sheet->sheet();
        m_sheet->setSheet(opened);  // as last saved, should the user stay after all
        return true;
    }
    return false;
}

void SheetsPage::chooseCommunity(QTreeWidgetItem* item, QTreeWidgetItem* previous)
{
    if (!confirmLeavingSheet()) {
        const QSignalBlocker blocker(m_overview);
        m_overview->setCurrentItem(previous);
        return;
    }
    openSheet(item);
}

void SheetsPage::choosePeriod(int index)
{
    if (!confirmLeavingSheet()) {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(m_periodShown);
        return;
    }
    m_periodShown = index;
    reload();
}

void SheetsPage::chooseTargetKind(int index)
{
    if (!confirmLeavingSheet()) {
        const QSignalBlocker blocker(m_targetKind);
        m_targetKind->setCurrentIndex(m_targetKindShown);
        return;
    }
    m_targetKindShown = index;
    reload();
}

QList<AssessmentTarget> SheetsPage::branchesOfArea()
{
    const security::Session* session = security::Session::of(m_db);
    if (!session)
        return {};
    organisation::OrgStore orgs(m_db);
    const QList<organisation::PartyOrg> covering = session->coversWholeDatabase()
        ? orgs.children(RecordId())
        : orgs.coveringNode(session->account().scopeNodeId);
    SheetStore store(m_db);
    QList<AssessmentTarget> branches;
    QSet<RecordId> listed;  // an organisation may cover the area twice over
    for (const organisation::PartyOrg& org : covering)
        for (const AssessmentTarget& branch : store.branchesUnder(org.id))
            if (!listed.contains(branch.id)) {
                listed.insert(branch.id);
                branches.append(branch);
            }
    return branches;
}

Result<AssessmentReport> SheetsPage::summaryReport()
{
    ReportBuilder builder(m_db);
    if (targetKind() == TargetKind::Community)
        return builder.buildForCode(QString(), period(), m_today);
    QTreeWidgetItem* item = m_overview->currentItem();
    const auto branch = item
        ? organisation::OrgStore(m_db).org(RecordId::fromString(item->data(0, IdRole).toString()))
        : std::nullopt;
    if (!branch || branch->parentId.isNull())
        return Error::plain(
            tr("Choose a party branch first: the summary is of its party committee's branches."));
    return builder.buildForOrg(branch->parentId, period(), m_today);
}

void SheetsPage::reload()
{
    const QString current = m_sheet->sheet() ? m_sheet->sheet()->target.id.toString() : QString();
    const QSignalBlocker blocker(m_overview);
    m_overview->clear();
    const bool branches = targetKind() == TargetKind::Branch;
    m_overview->setHeaderLabels({ branches ? tr("Branch") : tr("Community"),
        branches ? tr("Assessed by") : tr("Street"), tr("State"), tr("Total"), tr("Saved by") });
    SheetStore store(m_db);
    const QList<SheetOverview> lines
        = branches ? store.overview(period(), branchesOfArea()) : store.overview(period(), RecordId());
    QTreeWidgetItem* chosen = nullptr;
    for (const SheetOverview& line : lines) {
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
    if (!item) {
        m_charts->setChoice(targetKind(), RecordId(), false, period());
        return m_sheet->clear();
    }
    SheetStore store(m_db);
    const TargetKind kind = targetKind();
    Result<AssessmentTarget> target
        = store.target(kind, RecordId::fromString(item->data(0, IdRole).toString()));
    if (!target)
        return m_status->setText(target.error().message);
    Result<Sheet> sheet = store.open(*target, period(), m_today);
    m_charts->setChoice(kind, target->id, sheet && !sheet->id.isNull(), period());
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
        m_status->setText(targetKind() == TargetKind::Branch ? tr("Choose a party branch first.")
                                                             : tr("Choose a community first."));
        return nullptr;
    }
    ReportBuilder builder(m_db);
    // A branch's report ranks it among its 党委's branches (ReportBuilder::buildForOrg).
    const RecordId chosen = item ? RecordId::fromString(item->data(0, IdRole).toString()) : RecordId();
    Result<AssessmentReport> report = summary ? summaryReport()
        : targetKind() == TargetKind::Branch  ? builder.buildForOrg(chosen, period(), m_today)
                                              : builder.build(chosen, period(), m_today);
    if (!report) {
        m_status->setText(report.error().message);
        return nullptr;
    }
    PrintJob job;
    job.drawsCharts = true;
    if (summary) {
        auto document = std::make_shared<document::SummaryReportDocument>(*report);
        job.title = document->title();
        job.description = (targetKind() == TargetKind::Branch
                ? tr("The assessment of %1 for %2: every branch's score, rank and grade.")
                : tr("The assessment of %1 for %2: every community's score, rank and grade."))
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

void SheetsPage::askFolderForAllReports()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save All Reports"));
    if (!folder.isEmpty())
        saveAllReports(folder);
}

int SheetsPage::saveAllReports(const QString& folder)
{
    m_status->clear();
    const Period quarter = period();
    document::ReportBatch::Outcome outcome;
    // On the GUI thread: the reports' charts cannot be drawn on another (ProgressTask::runHere).
    const Status done = ProgressTask::runHere(this, tr("Save All Reports"),
        tr("Writing the reports of %1…").arg(quarter.label()), ProgressTask::Cancel::Allowed,
        [&](ProgressTask::Monitor& monitor) -> Status {
            Result<AssessmentReport> report = summaryReport();
            if (!report)
                return report.error();
            Result<document::ReportBatch::Outcome> written = document::ReportBatch::write(
                *report, folder, [&](int doneFiles, int total, const QString& file) {
                    monitor.setStep(QFileInfo(file).fileName());
                    monitor.setProgress(doneFiles, total);
                    return !monitor.cancelRequested();
                });
            if (!written)
                return written.error();
            outcome = *written;
            return Status::success();
        });
    if (!done) {
        m_status->setText(done.error().toString());
        return 0;
    }
    if (outcome.cancelled || outcome.files.isEmpty()) {
        m_status->setText(tr("Cancelled: no report was saved."));
        return 0;
    }
    SavedFileNotice::confirm(this, outcome.files.front(),
        tr("%n file(s) saved in %1.", nullptr, int(outcome.files.size()))
            .arg(QDir::toNativeSeparators(folder)));
    return int(outcome.files.size());
}

}  // namespace redgrid::ui
