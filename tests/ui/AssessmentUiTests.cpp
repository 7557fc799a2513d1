// The assessment's pages as each role uses them (issue 23): the template editor's live total
// and refusals, saving a new version; the score sheet scored by a 社区书记, reviewed and
// confirmed by a 街道管理员, with the workflow's refusals on the buttons.
#include "UiTestSupport.h"
#include "assessment/DefaultTemplates.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/ScoreSheetWidget.h"
#include "ui/assessment/SheetsPage.h"
#include "ui/assessment/TemplateEditorWidget.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

namespace {

// The row of the template tree whose indicator is named `name`.
QTreeWidgetItem* rowNamed(QTreeWidget* tree, const QString& name)
{
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it)
        if ((*it)->text(ui::TemplateEditorWidget::NameColumn) == name)
            return *it;
    return nullptr;
}

// The total as the editor words it (in the interface's language: the i18n tests install
// the Chinese translation for the whole test program).
QString totalText(const char* regular, const char* total = "100.00")
{
    return ui::TemplateEditorWidget::tr("Maximum points of the blocks: %1 of %2 (bonus capped at %3)")
        .arg(QLatin1String(regular), QLatin1String(total), QStringLiteral("5.00"));
}

}  // namespace

TEST_CASE("The template editor totals the maximum points as the user types and saves a new version",
    "[ui][assessment]")
{
    test::AreaDemo d;
    ui::TemplateEditorWidget editor(*d.admin);
    editor.resize(1200, 800);
    editor.reload();
    editor.show();

    auto* list = test::namedChild<QTreeWidget>(editor, "templateList");
    auto* tree = test::namedChild<QTreeWidget>(editor, "templateTree");
    auto* total = test::namedChild<QLabel>(editor, "templateTotal");
    auto* problems = test::namedChild<QLabel>(editor, "templateProblems");
    auto* max = test::namedChild<QLineEdit>(editor, "indicatorMax");
    auto* name = test::namedChild<QLineEdit>(editor, "indicatorName");
    auto* save = test::namedChild<QPushButton>(editor, "saveTemplate");
    REQUIRE(list->topLevelItemCount() >= 2);
    const QString community = assessment::DefaultTemplates::communityQuarterly().name;
    const QList<QTreeWidgetItem*> found = list->findItems(community, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    list->setCurrentItem(found.front());
    const assessment::AssessmentTemplate table = editor.edited();
    REQUIRE(table.name == community);
    REQUIRE(table.problems().isEmpty());
    CHECK(total->text() == totalText("100.00"));
    CHECK(problems->text().isEmpty());
    CHECK(save->isEnabled());

    // The first indicator of the first block: 2 more points, and the block no longer adds up.
    const assessment::Indicator& first = table.indicators.front().children.front();
    QTreeWidgetItem* row = rowNamed(tree, first.name);
    REQUIRE(row);
    tree->setCurrentItem(row);
    CHECK(max->text() == first.max.toString(table.decimals));
    max->selectAll();
    test::typeText(max, (first.max + assessment::Points::whole(2)).toString(0));
    CHECK(row->text(ui::TemplateEditorWidget::MaxColumn)
        == (first.max + assessment::Points::whole(2)).toString(0));
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(table.indicators.front().name));
    CHECK_FALSE(save->isEnabled());

    // The block's maximum follows, and the table's total shows 102 of 100.
    tree->setCurrentItem(tree->topLevelItem(0));
    max->selectAll();
    test::typeText(max, (table.indicators.front().max + assessment::Points::whole(2)).toString(0));
    CHECK(total->text() == totalText("102.00"));
    CHECK_FALSE(problems->text().isEmpty());
    CHECK_FALSE(save->isEnabled());

    // Back to 100, a new name for the indicator: saved as version 2.
    max->selectAll();
    test::typeText(max, table.indicators.front().max.toString(0));
    tree->setCurrentItem(row);
    max->selectAll();
    test::typeText(max, first.max.toString(0));
    CHECK(problems->text().isEmpty());
    CHECK(total->text() == totalText("100.00"));
    name->selectAll();
    test::typeText(name, QStringLiteral("网格党组织覆盖（修订）"));
    CHECK(row->text(ui::TemplateEditorWidget::NameColumn) == QStringLiteral("网格党组织覆盖（修订）"));
    test::screenshot(&editor, QStringLiteral("assessment-template-editor"));
    REQUIRE(save->isEnabled());
    save->click();
    CHECK(test::namedChild<QLabel>(editor, "templateStatus")->text()
        == ui::TemplateEditorWidget::tr("Saved as version %1.").arg(2));
    const auto latest = assessment::TemplateStore(*d.admin).latest(table.id);
    REQUIRE(latest);
    CHECK(latest->table->version == 2);
    CHECK(
        latest->table->indicators.front().children.front().name == QStringLiteral("网格党组织覆盖（修订）"));
    CHECK(list->currentItem()->text(1) == QStringLiteral("2"));
}

TEST_CASE("A community secretary reads the templates and cannot edit them", "[ui][assessment]")
{
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    ui::TemplateEditorWidget editor(*db);
    editor.reload();
    editor.show();
    CHECK(test::namedChild<QTreeWidget>(editor, "templateTree")->topLevelItemCount() > 0);
    CHECK_FALSE(test::namedChild<QLineEdit>(editor, "indicatorMax")->isEnabled());
    CHECK_FALSE(test::namedChild<QPushButton>(editor, "saveTemplate")->isVisible());
    CHECK_FALSE(test::namedChild<QPushButton>(editor, "addBlock")->isEnabled());
}

TEST_CASE("A community secretary scores, saves and submits; a street administrator reviews and confirms",
    "[ui][assessment]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    const assessment::Indicator* manual = test::firstManualIndicator(*table->table);
    REQUIRE(manual);
    const QString full = manual->max.toString(table->table->decimals);
    const QString less = (manual->max - assessment::Points::whole(1)).toString(table->table->decimals);

    {
        auto db = d.signIn(QStringLiteral("secretary"));
        ui::SheetsPage page(*db, test::AreaDemo::Today);
        test::showSheetsPage(page);
        auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
        REQUIRE(overview->topLevelItemCount() == 1);  // their own community only
        CHECK(overview->topLevelItem(0)->text(0) == d.community.name);
        auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
        auto* selfTotal = test::namedChild<QLabel>(page, "sheetSelfTotal");
        QTreeWidgetItem* row = test::scoreSheetRow(tree, manual->key);
        REQUIRE(row);
        const QString before = selfTotal->text();
        test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, full);
        CHECK(row->text(ui::ScoreSheetWidget::SelfColumn) == full);
        CHECK(selfTotal->text() != before);  // the total follows the keystrokes
        CHECK(tree->currentItem() != row);  // Enter moved on to the next entry
        const QString afterOne = selfTotal->text();

        // Above the maximum: listed naming the indicator, refused by core, the entry kept.
        const QString tooMuch = (manual->max + assessment::Points::whole(5)).toString(table->table->decimals);
        test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, tooMuch);
        auto* problems = test::namedChild<QLabel>(page, "sheetProblems");
        CHECK(problems->isVisible());
        CHECK(problems->text().contains(manual->name));
        test::namedChild<QPushButton>(page, "saveSheet")->click();
        CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text().contains(manual->name));
        CHECK(row->text(ui::ScoreSheetWidget::SelfColumn) == tooMuch);

        test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, full);
        CHECK(selfTotal->text() == afterOne);
        CHECK(problems->text().isEmpty());
        auto* save = test::namedChild<QPushButton>(page, "saveSheet");
        REQUIRE(save->isEnabled());
        save->click();
        CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));
        test::screenshot(&page, QStringLiteral("assessment-sheet-secretary"));

        auto* submit = test::namedChild<QPushButton>(page, "submitSheet");
        REQUIRE(submit->isEnabled());
        submit->click();
        CHECK(test::namedChild<QLabel>(page, "sheetTitle")
                  ->text()
                  .contains(assessment::SheetWorkflow::label(assessment::SheetState::Submitted)));
        CHECK(overview->topLevelItem(0)->text(ui::SheetsPage::StateColumn)
            == assessment::SheetWorkflow::label(assessment::SheetState::Submitted));
        // The review is the street's: the buttons say why not.
        for (const char* name : { "finishReview", "confirmSheet", "submitSheet" }) {
            auto* button = test::namedChild<QPushButton>(page, name);
            INFO(name);
            CHECK_FALSE(button->isEnabled());
            CHECK_FALSE(button->toolTip().isEmpty());
        }
        CHECK_FALSE(save->isEnabled());
        test::screenshot(&page, QStringLiteral("assessment-sheet-secretary-submitted"));
    }

    auto db = d.signIn(QStringLiteral("street"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    QTreeWidgetItem* line = test::overviewRow(overview, d.community.name);
    REQUIRE(line);
    CHECK(line->text(ui::SheetsPage::StateColumn)
        == assessment::SheetWorkflow::label(assessment::SheetState::Submitted));
    overview->setCurrentItem(line);
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    QTreeWidgetItem* row = test::scoreSheetRow(tree, manual->key);
    REQUIRE(row);
    // The review starts beside the self score; a lower one is highlighted.
    CHECK(row->text(ui::ScoreSheetWidget::SelfColumn) == full);
    CHECK(row->text(ui::ScoreSheetWidget::ReviewColumn) == full);
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::ReviewColumn, less);
    CHECK(row->text(ui::ScoreSheetWidget::ReviewColumn) == less);
    CHECK(row->background(ui::ScoreSheetWidget::ReviewColumn).style() != Qt::NoBrush);
    CHECK(test::namedChild<QLabel>(page, "sheetReviewTotal")->isVisible());
    test::namedChild<QPushButton>(page, "saveSheet")->click();
    CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));
    test::screenshot(&page, QStringLiteral("assessment-sheet-street"));
    CHECK_FALSE(test::namedChild<QPushButton>(page, "submitSheet")->isEnabled());
    test::namedChild<QPushButton>(page, "finishReview")->click();
    CHECK(test::namedChild<QLabel>(page, "sheetTitle")
              ->text()
              .contains(assessment::SheetWorkflow::label(assessment::SheetState::Reviewed)));
    test::namedChild<QPushButton>(page, "confirmSheet")->click();
    CHECK(test::namedChild<QLabel>(page, "sheetTitle")
              ->text()
              .contains(assessment::SheetWorkflow::label(assessment::SheetState::Confirmed)));
    CHECK(line->text(ui::SheetsPage::StateColumn)
        == assessment::SheetWorkflow::label(assessment::SheetState::Confirmed));
    CHECK(test::namedChild<QPushButton>(page, "reopenSheet")->isEnabled());
    CHECK_FALSE(test::namedChild<QPushButton>(page, "saveSheet")->isEnabled());
    // Confirmed: nothing opens an editor any more.
    row = test::scoreSheetRow(tree, manual->key);  // the rows are the confirmed sheet's
    REQUIRE(row);
    tree->setCurrentItem(row, ui::ScoreSheetWidget::ReviewColumn);
    tree->editItem(row, ui::ScoreSheetWidget::ReviewColumn);
    CHECK(tree->indexWidget(tree->currentIndex()) == nullptr);

    const auto stored
        = assessment::SheetStore(*db).stored(page.findChild<ui::ScoreSheetWidget*>()->sheet()->id);
    REQUIRE(stored);
    CHECK(stored->state == assessment::SheetState::Confirmed);
    CHECK(stored->self.entries.value(manual->key).score == assessment::Points::parse(full));
    CHECK(stored->review.entries.value(manual->key).score == assessment::Points::parse(less));
    test::screenshot(&page, QStringLiteral("assessment-sheet-street-confirmed"));

    // Print the Report… opens the community's report in the print preview; saved as a PDF.
    std::unique_ptr<ui::PrintPreview> preview = page.reportPreview(false);
    INFO(test::namedChild<QLabel>(page, "sheetsStatus")->text().toStdString());
    REQUIRE(preview);
    CHECK(preview->dialog()->windowTitle().contains(d.community.name));
    test::TempDir out;
    const QString pdf = out.path(QStringLiteral("report.pdf"));
    QString noticed;
    test::onNextModalOf<ui::SavedFileNotice>([&](ui::SavedFileNotice* notice) {
        noticed = notice->informativeText();
        notice->accept();
    });
    REQUIRE(preview->saveAsPdf(pdf));
    CHECK(noticed.contains(QStringLiteral("report.pdf")));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(page.reportPreview(true));  // the street's summary
}
