#pragma once

#include "assessment/AssessmentReport.h"
#include "assessment/AssessmentTarget.h"
#include "assessment/Period.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::organisation {
struct PartyOrg;
}

namespace redgrid::ui {

class PrintPreview;
class RefusalLabel;
class ScoreSheetWidget;
class SheetChartsWidget;

// The quarter's score sheets: a quarter to choose (the current one first), the communities
// or the party branches of the account's area with where their sheet stands, and the chosen
// one's sheet. The years after the quarters: each target's annual score, and its year-end
// rating to give.
class SheetsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { CommunityColumn, UnitColumn, StateColumn, TotalColumn, ModifiedByColumn };
    // A year's columns: the four quarters, then what the assessor adds and the outcome.
    enum AnnualColumn {
        QuarterColumn = UnitColumn + 1,
        YearEndColumn = QuarterColumn + 4,
        BonusColumn,
        PenaltyColumn,
        AnnualTotalColumn,
        GradeColumn,
        RankColumn,
    };

    explicit SheetsPage(storage::Connection& connection, const QDate& today = QDate::currentDate(),
        QWidget* parent = nullptr);

    void reload();  // the list of communities or branches, read again
    assessment::Period period() const;
    assessment::TargetKind targetKind() const;
    // The print preview of the chosen community's quarterly report, or of the summary of the
    // account's area; nothing when the report cannot be built (the reason is shown).
    std::unique_ptr<PrintPreview> reportPreview(bool summary);
    // Every community's report of the area, the summary as PDF and XLSX into `folder`
    // (document::ReportBatch) behind a progress dialog with Cancel, then the notice of the
    // files saved. Returns how many were saved (none when cancelled or refused).
    int saveAllReports(const QString& folder);
    // Unsaved entries on the sheet: asks to save, discard or cancel; false keeps them.
    bool confirmLeavingSheet();
    // The year-end rating of the chosen target for the chosen year (YearEndDialog), then its
    // annual line read again.
    void giveYearEndRating();

private:
    void openSheet(QTreeWidgetItem* item);
    void chooseCommunity(QTreeWidgetItem* item, QTreeWidgetItem* previous);
    void choosePeriod(int index);
    void chooseTargetKind(int index);
    // The branches of the organisations covering the account's area (the top ones for an
    // account of the whole database).
    QList<assessment::AssessmentTarget> branchesOfArea();
    // The summary the page prints and saves: the communities of the account's area, or the
    // branches of the chosen branch's 党委.
    Result<assessment::AssessmentReport> summaryReport();
    // The organisations covering the account's area (the top ones for an account of the
    // whole database).
    QList<organisation::PartyOrg> orgsOfArea();
    void reloadQuarter();
    void reloadAnnual();
    void showPeriodKind();  // the sheet and charts, print and rating, as a quarter or year allows
    void printReport(bool summary);
    void askFolderForAllReports();

    storage::Connection& m_db;
    QDate m_today;
    QComboBox* m_period;
    QTreeWidget* m_overview;
    int m_periodShown = 0;  // the quarter listed, restored when leaving it is cancelled
    QComboBox* m_targetKind;
    int m_targetKindShown = 0;  // likewise for the kind of target listed
    ScoreSheetWidget* m_sheet;
    SheetChartsWidget* m_charts;
    QTabWidget* m_tabs;  // the sheet and charts: hidden for a year
    QLabel* m_noSheet;  // why a year has none
    QPushButton* m_printReport;
    QPushButton* m_printSummary;
    QPushButton* m_saveAll;
    QPushButton* m_yearEnd;
    RefusalLabel* m_status;
};

}  // namespace redgrid::ui
