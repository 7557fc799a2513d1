// The sheets page around the sheet (issue 23 §3, §4): the charts of the chosen community and
// of the area, the batch of a street's reports into a folder with its cancel, and the
// question about unsaved entries when the user leaves them.
#include "UiTestSupport.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/ScoreSheetWidget.h"
#include "ui/assessment/SheetChartsWidget.h"
#include "ui/assessment/SheetsPage.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

namespace {

// The quarter before AreaDemo::Today's: the demo scored and reviewed it for every community.
constexpr int ScoredQuarter = 1;

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files);
}

// Answers the next question about unsaved entries with `button`; returns what it asked.
std::shared_ptr<QString> answerNextQuestion(QMessageBox::StandardButton button)
{
    auto asked = std::make_shared<QString>();
    test::onNextModalOf<QMessageBox>([asked, button](QMessageBox* box) {
        *asked = box->text();
        box->button(button)->click();
    });
    return asked;
}

}  // namespace

TEST_CASE("The sheets page charts the chosen community and the area when the charts are shown",
    "[ui][assessment][charts]")
{
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.resize(1500, 1000);
    page.show();
    test::namedChild<QComboBox>(page, "sheetPeriod")->setCurrentIndex(ScoredQuarter);
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    QTreeWidgetItem* line = test::overviewRow(overview, d.community.name);
    REQUIRE(line);
    overview->setCurrentItem(line);

    auto* charts = test::namedChild<ui::SheetChartsWidget>(page, "sheetCharts");
    CHECK_FALSE(charts->isLoaded());  // nothing drawn while the sheet is in front
    CHECK(charts->chartCount() == 0);
    test::namedChild<QTabWidget>(page, "sheetTabs")->setCurrentWidget(charts);
    CHECK(charts->isLoaded());
    // The community's history and losses; the street's distribution, levels, blocks, ranking.
    CHECK(charts->chartCount() == 6);
    CHECK(test::namedChild<QLabel>(page, "communityChartsNote")->text().contains(d.community.name));
    CHECK(test::namedChild<QLabel>(page, "areaChartsNote")->text().contains(d.street.name));
    test::screenshot(&page, QStringLiteral("assessment-charts-street"));

    // The report's PDF, whose charts are laid out as those on the screen, still saves.
    {
        std::unique_ptr<ui::PrintPreview> preview = page.reportPreview(false);
        REQUIRE(preview);
        test::TempDir out;
        const QString pdf = out.path(QStringLiteral("report.pdf"));
        test::onNextModalOf<ui::SavedFileNotice>([](ui::SavedFileNotice* notice) { notice->accept(); });
        REQUIRE(preview->saveAsPdf(pdf));
        CHECK(QFileInfo(pdf).size() > 1000);
    }

    // The current quarter: the community has no saved sheet, the note says so.
    test::namedChild<QComboBox>(page, "sheetPeriod")->setCurrentIndex(0);
    test::processEventsFor(20);
    const QString note = test::namedChild<QLabel>(page, "communityChartsNote")->text();
    INFO(note.toStdString());
    const auto& sheet = page.findChild<ui::ScoreSheetWidget*>()->sheet();
    REQUIRE(sheet);
    if (sheet->id.isNull()) {
        CHECK(note
            == ui::SheetChartsWidget::tr("No saved sheet yet for %1.")
                   .arg(assessment::Period::containing(test::AreaDemo::Today).label()));
        CHECK(charts->chartCount() <= 4);  // the area's only, if any community saved one
    }
    test::screenshot(&page, QStringLiteral("assessment-charts-street-current"));
}

TEST_CASE("Save All Reports writes the street's batch into a folder; cancelled, it leaves none",
    "[ui][assessment][batch]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    {
        auto db = d.signIn(QStringLiteral("secretary"));
        ui::SheetsPage page(*db, test::AreaDemo::Today);
        page.show();
        CHECK_FALSE(test::namedChild<QPushButton>(page, "saveAllReports")->isVisible());  // a street's action
    }
    auto db = d.signIn(QStringLiteral("street"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.resize(1200, 800);
    page.show();
    CHECK(test::namedChild<QPushButton>(page, "saveAllReports")->isVisible());
    test::namedChild<QComboBox>(page, "sheetPeriod")->setCurrentIndex(ScoredQuarter);

    test::TempDir out;
    const QString folder = out.path(QStringLiteral("reports"));
    REQUIRE(QDir().mkpath(folder));
    QString told;
    test::onNextModalOf<ui::SavedFileNotice>([&](ui::SavedFileNotice* notice) {
        told = notice->informativeText() + notice->text();
        notice->accept();
    });
    const int saved = page.saveAllReports(folder);
    INFO(test::namedChild<QLabel>(page, "sheetsStatus")->text().toStdString());
    const QStringList files = filesIn(folder);
    // The summary as PDF and XLSX, and one PDF for each community of the street with a sheet.
    CHECK(saved == files.size());
    CHECK(files.size() >= 3);
    CHECK(files.filter(QStringLiteral(".xlsx")).size() == 1);
    CHECK(files.filter(d.community.name).size() == 1);
    CHECK(told.contains(QString::number(saved)));
    for (const QString& file : files)
        CHECK(QFileInfo(QDir(folder).filePath(file)).size() > 1000);

    // Cancel as soon as the progress dialog is there: no file at all in the folder.
    const QString other = out.path(QStringLiteral("cancelled"));
    REQUIRE(QDir().mkpath(other));
    auto* poll = new QTimer(&page);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, &page, [&page, poll] {
        auto* dialog = page.findChild<QProgressDialog*>();
        if (!dialog)
            return;
        poll->stop();
        emit dialog->canceled();  // what its Cancel button does
    });
    poll->start();
    CHECK(page.saveAllReports(other) == 0);
    CHECK(filesIn(other).isEmpty());
    CHECK(test::namedChild<QLabel>(page, "sheetsStatus")->text()
        == ui::SheetsPage::tr("Cancelled: no report was saved."));
}

TEST_CASE("Leaving a sheet with unsaved entries asks to save, discard or cancel", "[ui][assessment][unsaved]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    auto db = d.signIn(QStringLiteral("secretary"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    auto* period = test::namedChild<QComboBox>(page, "sheetPeriod");
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    auto* widget = page.findChild<ui::ScoreSheetWidget*>();
    REQUIRE(widget->sheet());
    const assessment::Sheet opened = *widget->sheet();
    QTreeWidgetItem* row = test::firstManualRow(tree, *table->table);
    REQUIRE(row);
    const QString key = row->data(0, Qt::UserRole + 1).toString();
    const QString entry = QStringLiteral("1");
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, entry);
    REQUIRE(widget->hasUnsavedEntries());

    // Cancel: the quarter stays, and the entry with it.
    auto asked = answerNextQuestion(QMessageBox::Cancel);
    period->setCurrentIndex(ScoredQuarter);
    CHECK(asked->contains(d.community.name));
    CHECK(period->currentIndex() == 0);
    CHECK(widget->hasUnsavedEntries());
    CHECK(test::firstManualRow(tree, *table->table)->text(ui::ScoreSheetWidget::SelfColumn) == entry);

    // Save: stored, then the other quarter opens.
    asked = answerNextQuestion(QMessageBox::Save);
    period->setCurrentIndex(ScoredQuarter);
    CHECK_FALSE(asked->isEmpty());
    CHECK(period->currentIndex() == ScoredQuarter);
    CHECK_FALSE(widget->hasUnsavedEntries());
    const auto stored = assessment::SheetStore(*db).open(opened.target, opened.period, test::AreaDemo::Today);
    REQUIRE(stored);
    CHECK_FALSE(stored->id.isNull());
    CHECK(stored->self.entries.value(key).score == assessment::Points::parse(entry));

    // Back to the current quarter, a new entry, then Discard: nothing more is saved.
    period->setCurrentIndex(0);
    REQUIRE(widget->sheet());
    row = test::firstManualRow(tree, *table->table);
    REQUIRE(row);
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, QStringLiteral("2"));
    REQUIRE(widget->hasUnsavedEntries());
    asked = answerNextQuestion(QMessageBox::Discard);
    CHECK(page.confirmLeavingSheet());  // as the window asks when it closes
    CHECK_FALSE(asked->isEmpty());
    const auto kept = assessment::SheetStore(*db).open(opened.target, opened.period, test::AreaDemo::Today);
    REQUIRE(kept);
    CHECK(kept->self.entries.value(key).score == assessment::Points::parse(entry));

    // Nothing unsaved: no question.
    CHECK(page.confirmLeavingSheet());
}

TEST_CASE("Reopening a confirmed sheet asks for a reason: refused empty, kept when given",
    "[ui][assessment][reopen]")
{
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.resize(1500, 900);
    page.show();
    test::namedChild<QComboBox>(page, "sheetPeriod")->setCurrentIndex(ScoredQuarter);
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    auto* widget = page.findChild<ui::ScoreSheetWidget*>();
    // A sheet the demo confirmed.
    QTreeWidgetItem* confirmed = nullptr;
    for (int i = 0; i < overview->topLevelItemCount() && !confirmed; ++i)
        if (overview->topLevelItem(i)->text(ui::SheetsPage::StateColumn)
            == assessment::SheetWorkflow::label(assessment::SheetState::Confirmed))
            confirmed = overview->topLevelItem(i);
    REQUIRE(confirmed);
    overview->setCurrentItem(confirmed);
    REQUIRE(widget->sheet());
    REQUIRE(widget->sheet()->state == assessment::SheetState::Confirmed);
    auto* reopen = test::namedChild<QPushButton>(page, "reopenSheet");
    REQUIRE(reopen->isEnabled());

    const auto answer = [](const QString& reason) {
        test::onNextModal([reason](QWidget* modal) {
            auto* edit = modal->findChild<QLineEdit*>();
            REQUIRE(edit);
            edit->setText(reason);
            test::pressKey(edit, Qt::Key_Return);
        });
    };
    answer(QStringLiteral("   "));
    reopen->click();
    CHECK_FALSE(test::namedChild<QLabel>(page, "sheetStatus")->text().isEmpty());  // core's refusal
    CHECK(widget->sheet()->state == assessment::SheetState::Confirmed);

    const QString reason = QStringLiteral("群众评价复核后更正");
    answer(reason);
    reopen->click();
    REQUIRE(widget->sheet()->state == assessment::SheetState::Reviewed);
    const auto stored = assessment::SheetStore(*db).stored(widget->sheet()->id);
    REQUIRE(stored);
    REQUIRE_FALSE(stored->reopenings.isEmpty());
    CHECK(stored->reopenings.back().reason == reason);
    CHECK(confirmed->text(ui::SheetsPage::StateColumn)
        == assessment::SheetWorkflow::label(assessment::SheetState::Reviewed));
}

TEST_CASE("A save refused because somebody else saved first is shown verbatim, the entries kept",
    "[ui][assessment][concurrent]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    auto db = d.signIn(QStringLiteral("secretary"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    auto* widget = page.findChild<ui::ScoreSheetWidget*>();
    QTreeWidgetItem* row = test::firstManualRow(tree, *table->table);
    REQUIRE(row);
    const QString key = row->data(0, Qt::UserRole + 1).toString();
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, QStringLiteral("1"));
    test::namedChild<QPushButton>(page, "saveSheet")->click();
    REQUIRE(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));

    // The same sheet saved on another connection meanwhile.
    {
        auto other = d.signIn(QStringLiteral("secretary"));
        assessment::SheetStore store(*other);
        const auto sheet
            = store.open(widget->sheet()->target, widget->sheet()->period, test::AreaDemo::Today);
        REQUIRE(sheet);
        assessment::SheetInput input = sheet->self;
        input.entries[key].score = assessment::Points::whole(0);
        REQUIRE(assessment::SheetEditor(*other).save(*sheet, assessment::SheetSide::Self, input));
    }

    row = test::firstManualRow(tree, *table->table);
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, QStringLiteral("2"));
    const assessment::Sheet base = *widget->sheet();
    test::namedChild<QPushButton>(page, "saveSheet")->click();
    assessment::SheetInput mine = base.self;
    mine.entries[key].score = assessment::Points::whole(2);
    const auto refused = assessment::SheetEditor(*db).save(base, assessment::SheetSide::Self, mine);
    REQUIRE_FALSE(refused);
    CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == refused.error().message);
    CHECK(test::firstManualRow(tree, *table->table)->text(ui::ScoreSheetWidget::SelfColumn)
        == QStringLiteral("2"));
    CHECK(widget->hasUnsavedEntries());
    test::screenshot(&page, QStringLiteral("assessment-sheet-concurrent"));
}
