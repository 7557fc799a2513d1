#include "SheetsPage.h"

#include "ScoreSheetWidget.h"
#include "SheetChartsWidget.h"
#include "YearEndDialog.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
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

constexpr int ColumnPadding = 16;  // pixels between a year's columns

QString pointsText(const std::optional<Points>& points, int decimals)
{
    return points ? points->toString(decimals) : QString();
}

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
    // The years of the quarters listed, newest first: their annual scores.
    m_period->insertSeparator(m_period->count());
    for (int year = today.year(); year > quarter.year(); --year)
        m_period->addItem(Period::wholeYear(year).label(), Period::wholeYear(year).code());
    auto* periodLabel = new QLabel(tr("Peri&od:"), this);
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
    m_sheet = new ScoreSheetWidget(connection, today, this);
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

    m_printReport = new QPushButton(tr("&Print the Report…"), this);
    m_printReport->setObjectName(QStringLiteral("printReport"));
    m_printSummary = new QPushButton(tr("Print the S&ummary…"), this);
    m_printSummary->setObjectName(QStringLiteral("printSummary"));
    connect(m_printReport, &QPushButton::clicked, this, [this] { this->printReport(false); });
    connect(m_printSummary, &QPushButton::clicked, this, [this] { this->printReport(true); });
    m_saveAll = new QPushButton(tr("Save &All Reports…"), this);
    m_saveAll->setObjectName(QStringLiteral("saveAllReports"));
    const security::Session* session = security::Session::of(connection);
    m_saveAll->setVisible(session
        && (session->role() == security::Role::StreetAdmin
            || session->role() == security::Role::DistrictAdmin));
    connect(m_saveAll, &QPushButton::clicked, this, &SheetsPage::askFolderForAllReports);
    m_yearEnd = new QPushButton(tr("&Year-End Rating…"), this);
    m_yearEnd->setObjectName(QStringLiteral("yearEndRating"));
    m_yearEnd->setToolTip(tr("The chosen one's year-end rating, bonus and penalty for the year"));
    connect(m_yearEnd, &QPushButton::clicked, this, &SheetsPage::giveYearEndRating);

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(targetKindLabel);
    top->addWidget(m_targetKind);
    top->addStretch();
    auto* prints = new QHBoxLayout;
    prints->addWidget(m_printReport);
    prints->addWidget(m_printSummary);
    prints->addWidget(m_saveAll);
    prints->addWidget(m_yearEnd);
    prints->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_overview);
    // A year has no sheet to show beside its list: the list takes the width, and says why.
    m_noSheet = new QLabel(tr("Score sheets and charts are by quarter: choose a quarter to see them."), this);
    m_noSheet->setObjectName(QStringLiteral("annualNoSheet"));
    m_noSheet->setWordWrap(true);
    leftLayout->addWidget(m_noSheet);
    leftLayout->addLayout(prints);
    leftLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sheetTabs"));
    m_tabs->addTab(m_sheet, tr("Score S&heet"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 400, 1100 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    showPeriodKind();
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

QList<organisation::PartyOrg> SheetsPage::orgsOfArea()
{
    const security::Session* session = security::Session::of(m_db);
    if (!session)
        return {};
    organisation::OrgStore orgs(m_db);
    return session->coversWholeDatabase() ? orgs.children(RecordId())
                                          : orgs.coveringNode(session->account().scopeNodeId);
}

QList<AssessmentTarget> SheetsPage::branchesOfArea()
{
    SheetStore store(m_db);
    QList<AssessmentTarget> branches;
    QSet<RecordId> listed;  // an organisation may cover the area twice over
    for (const organisation::PartyOrg& org : orgsOfArea())
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
    showPeriodKind();
    if (period().isQuarter())
        reloadQuarter();
    else
        reloadAnnual();
}

void SheetsPage::showPeriodKind()
{
    const bool quarter = period().isQuarter();
    m_tabs->setVisible(quarter);
    m_noSheet->setVisible(!quarter);
    for (QPushButton* button : { m_printReport, m_printSummary, m_saveAll })
        button->setEnabled(quarter);
    const QString byQuarter = tr("Reports are by quarter: choose a quarter to print them");
    m_printReport->setToolTip(
        quarter ? tr("The chosen community's or party branch's quarterly report") : byQuarter);
    m_printSummary->setToolTip(quarter ? tr("The quarter's report of every community in your area, or of the "
                                            "branches of the chosen branch's party committee")
                                       : byQuarter);
    m_saveAll->setToolTip(quarter
            ? tr("Every community's (or the chosen branch's party committee's branches') "
                 "report and the summary as PDF and Excel, into one folder")
            : byQuarter);
    m_yearEnd->setVisible(!quarter);
    m_yearEnd->setEnabled(!quarter && m_overview->currentItem());
}

void SheetsPage::reloadAnnual()
{
    const QString current
        = m_overview->currentItem() ? m_overview->currentItem()->data(0, IdRole).toString() : QString();
    const QSignalBlocker blocker(m_overview);
    m_overview->clear();
    m_sheet->clear();
    m_status->clear();
    const bool branches = targetKind() == TargetKind::Branch;
    m_overview->setColumnCount(RankColumn + 1);
    m_overview->setHeaderLabels({ branches ? tr("Branch") : tr("Community"),
        branches ? tr("Assessed by") : tr("Street"), tr("Q1"), tr("Q2"), tr("Q3"), tr("Q4"), tr("Year-End"),
        tr("Bonus"), tr("Penalty"), tr("Annual"), tr("Grade"), tr("Rank") });
    const int year = period().year();
    // A branch is ranked among its 党委's branches: the standing of each organisation of the area.
    QList<Result<AnnualStanding>> standings;
    ReportBuilder builder(m_db);
    if (branches)
        for (const organisation::PartyOrg& org : orgsOfArea())
            standings.append(builder.annualForCode(org.code, year, m_today));
    else
        standings.append(builder.annualForCode(QString(), year, m_today));
    const auto table = TemplateStore(m_db).inUse(targetKind());
    const int decimals = table ? table->table->decimals : Points::MaxDecimals;
    QSet<QString> listed;
    QTreeWidgetItem* chosen = nullptr;
    for (const Result<AnnualStanding>& standing : standings) {
        if (!standing)
            continue;
        for (const AnnualLine& line : standing->lines) {
            const QString id = line.target.id.toString();
            if (listed.contains(id))
                continue;
            listed.insert(id);
            QStringList cells { line.target.name, line.target.unit };
            for (const std::optional<Points>& quarter : line.input.quarters)
                cells << pointsText(quarter, decimals);
            cells << line.input.yearEnd.toString(decimals) << line.input.bonus.toString(decimals)
                  << line.input.penalty.toString(decimals) << line.result.total.toString(decimals)
                  << line.grade << QStringLiteral("%1 / %2").arg(line.rank).arg(line.rankedWith);
            auto* item = new QTreeWidgetItem(m_overview, cells);
            item->setData(0, IdRole, id);
            for (int column = QuarterColumn; column <= AnnualTotalColumn; ++column)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(RankColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (!line.note.isEmpty())
                item->setToolTip(YearEndColumn, line.note);
            if (id == current)
                chosen = item;
        }
    }
    // Nothing to list: why (no reviewed quarter in the year, the area refused).
    if (listed.isEmpty() && !standings.isEmpty() && !standings.front())
        m_status->setText(standings.front().error().message);
    // The numbers set apart from each other; the rank stays beside them, not at the far edge.
    m_overview->header()->setStretchLastSection(false);
    for (int column = 0; column < m_overview->columnCount(); ++column) {
        m_overview->resizeColumnToContents(column);
        m_overview->setColumnWidth(column, m_overview->columnWidth(column) + ColumnPadding);
    }
    m_overview->setCurrentItem(chosen ? chosen : m_overview->topLevelItem(0));
    showPeriodKind();
}

void SheetsPage::giveYearEndRating()
{
    QTreeWidgetItem* item = m_overview->currentItem();
    if (period().isQuarter() || !item)
        return;
    m_status->clear();
    Result<AssessmentTarget> target
        = SheetStore(m_db).target(targetKind(), RecordId::fromString(item->data(0, IdRole).toString()));
    if (!target)
        return m_status->setText(target.error().message);
    YearEndDialog dialog(m_db, *target, period().year(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAnnual();
}

void SheetsPage::reloadQuarter()
{
    const QString current = m_sheet->sheet() ? m_sheet->sheet()->target.id.toString() : QString();
    const QSignalBlocker blocker(m_overview);
    m_overview->clear();
    const bool branches = targetKind() == TargetKind::Branch;
    m_overview->setColumnCount(ModifiedByColumn + 1);  // a year's columns go
    m_overview->header()->setStretchLastSection(true);
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
    if (!period().isQuarter())
        return showPeriodKind();  // a year has no sheet: the rating follows the row chosen
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
    if (!period().isQuarter()) {
        m_status->setText(tr("Reports are by quarter: choose a quarter to print them"));
        return nullptr;
    }
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
    if (!quarter.isQuarter()) {
        m_status->setText(tr("Reports are by quarter: choose a quarter to print them"));
        return 0;
    }
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
