// The score sheet's workflow driven through its widgets (issue 23 §7): a street returns a
// submitted sheet, a veto found in the review caps the grade whatever the total, rectification
// items opened, closed and overdue in the panel, and the roles that never see the assessment.
// Each checks what core stored, through SheetStore, on the demo database.
#include "UiTestSupport.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/EvidenceFilesDialog.h"
#include "ui/assessment/RectificationPanel.h"
#include "ui/assessment/ScoreSheetWidget.h"
#include "ui/assessment/SheetsPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

namespace {

QString stateLabel(assessment::SheetState state)
{
    return assessment::SheetWorkflow::label(state);
}

// The community's sheet of the current quarter as stored, read as the administrator.
assessment::Sheet storedSheet(test::AreaDemo& d, const RecordId& sheetId)
{
    const auto stored = assessment::SheetStore(*d.admin).stored(sheetId);
    REQUIRE(stored);
    return *stored;
}

}  // namespace

TEST_CASE("A street administrator returns a submitted sheet and the community secretary edits it again",
    "[ui][assessment][return]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    RecordId sheetId;
    {
        auto db = d.signIn(QStringLiteral("secretary"));
        ui::SheetsPage page(*db, test::AreaDemo::Today);
        test::showSheetsPage(page);
        auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
        test::typeIntoCell(tree, test::firstManualRow(tree, *table->table), ui::ScoreSheetWidget::SelfColumn,
            QStringLiteral("1"));
        test::namedChild<QPushButton>(page, "submitSheet")->click();  // saves the entry first
        const auto& sheet = page.findChild<ui::ScoreSheetWidget*>()->sheet();
        REQUIRE(sheet);
        REQUIRE(sheet->state == assessment::SheetState::Submitted);
        sheetId = sheet->id;
    }

    {
        auto db = d.signIn(QStringLiteral("street"));
        ui::SheetsPage page(*db, test::AreaDemo::Today);
        test::showSheetsPage(page);
        test::openSheetOf(page, d.community.name);
        auto* returnButton = test::namedChild<QPushButton>(page, "returnSheet");
        REQUIRE(returnButton->isEnabled());
        returnButton->click();
        CHECK(test::namedChild<QLabel>(page, "sheetTitle")
                  ->text()
                  .contains(stateLabel(assessment::SheetState::SelfAssessment)));
        CHECK(test::overviewRow(test::namedChild<QTreeWidget>(page, "sheetOverview"), d.community.name)
                  ->text(ui::SheetsPage::StateColumn)
            == stateLabel(assessment::SheetState::SelfAssessment));
        // Returned, the street no longer reviews it: its review buttons say why.
        CHECK_FALSE(test::namedChild<QPushButton>(page, "finishReview")->isEnabled());
        CHECK_FALSE(returnButton->isEnabled());
    }
    CHECK(storedSheet(d, sheetId).state == assessment::SheetState::SelfAssessment);

    // The secretary's entries are open again: typed, saved, stored.
    auto db = d.signIn(QStringLiteral("secretary"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    QTreeWidgetItem* row = test::firstManualRow(tree, *table->table);
    REQUIRE(row);
    const QString key = row->data(0, Qt::UserRole + 1).toString();
    CHECK(row->text(ui::ScoreSheetWidget::SelfColumn)
        == assessment::Points::whole(1).toString(table->table->decimals));
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, QStringLiteral("2"));
    auto* save = test::namedChild<QPushButton>(page, "saveSheet");
    REQUIRE(save->isEnabled());
    save->click();
    CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));
    CHECK(test::namedChild<QPushButton>(page, "submitSheet")->isEnabled());
    const assessment::Sheet stored = storedSheet(d, sheetId);
    CHECK(stored.state == assessment::SheetState::SelfAssessment);
    CHECK(stored.self.entries.value(key).score == assessment::Points::whole(2));
}

TEST_CASE(
    "A veto ticked in the review caps the grade although the total reaches 好", "[ui][assessment][veto]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    const assessment::AssessmentTemplate& rules = *table->table;
    REQUIRE_FALSE(rules.vetoes.isEmpty());
    const assessment::VetoRule& veto = rules.vetoes.front();  // 发生重大安全事故…: at best 较差
    int cappedGrade = -1;
    for (int i = 0; i < rules.grades.levels.size(); ++i)
        if (rules.grades.levels.at(i).name == veto.bestGrade)
            cappedGrade = i;
    REQUIRE(cappedGrade > 0);

    // The secretary's self-assessment with every point scored by hand at its maximum and the
    // bonus: a total above 90, submitted (set up through core; the review is what is tested).
    RecordId sheetId;
    {
        auto db = test::signInAs(d, QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
        assessment::SheetStore store(*db);
        const auto target = store.target(assessment::TargetKind::Community, d.community.id);
        REQUIRE(target);
        auto sheet = store.open(
            *target, assessment::Period::containing(test::AreaDemo::Today), test::AreaDemo::Today);
        REQUIRE(sheet);
        assessment::SheetInput input = sheet->self;
        for (const auto& [node, depth] : rules.flatten())
            if (node->method == assessment::ScoringMethod::Manual
                && node->kind != assessment::IndicatorKind::Penalty)
                input.entries[node->key].score = node->max;
        auto saved = assessment::SheetEditor(*db).save(*sheet, assessment::SheetSide::Self, input);
        REQUIRE(saved);
        INFO(saved->selfResult().total.toString().toStdString());
        REQUIRE(saved->selfResult().total >= assessment::Points::whole(90));
        REQUIRE(saved->selfResult().grade == 0);
        auto submitted = assessment::SheetEditor(*db).act(*saved, assessment::SheetAction::Submit);
        REQUIRE(submitted);
        sheetId = submitted->id;
    }

    auto db = d.signIn(QStringLiteral("street"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    test::openSheetOf(page, d.community.name);
    auto* reviewTotal = test::namedChild<QLabel>(page, "sheetReviewTotal");
    const QString best = rules.grades.levels.at(0).name;  // 好
    const QString capped = rules.grades.levels.at(cappedGrade).name;
    REQUIRE(reviewTotal->isVisible());
    CHECK(reviewTotal->text().contains(best));
    CHECK_FALSE(reviewTotal->text().contains(veto.description));

    auto* box = test::namedChild<QCheckBox>(page, qPrintable(QStringLiteral("veto_") + veto.key));
    REQUIRE(box->isEnabled());
    box->setFocus();
    test::pressKey(box, Qt::Key_Space);  // ticked from the keyboard
    REQUIRE(box->isChecked());
    // The grade follows at once, the reason beside it; the self-assessment keeps its 好.
    CHECK(reviewTotal->text().contains(capped));
    CHECK(reviewTotal->text().contains(veto.description));
    CHECK(test::namedChild<QLabel>(page, "sheetSelfTotal")->text().contains(best));
    test::screenshot(&page, QStringLiteral("assessment-sheet-veto"));

    auto* save = test::namedChild<QPushButton>(page, "saveSheet");
    REQUIRE(save->isEnabled());
    save->click();
    CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));
    const assessment::Sheet stored = storedSheet(d, sheetId);
    CHECK(stored.review.vetoes == QStringList { veto.key });
    const assessment::SheetResult result = stored.result();  // the review's, once there is one
    CHECK(result.total >= assessment::Points::whole(90));
    CHECK(result.grade == cappedGrade);
    CHECK(result.vetoes == QStringList { veto.description });
    // Ticked off again: 好 once more, also as stored. (The save rebuilt the boxes.)
    box = test::namedChild<QCheckBox>(page, qPrintable(QStringLiteral("veto_") + veto.key));
    CHECK(box->isChecked());
    box->setFocus();
    test::pressKey(box, Qt::Key_Space);
    CHECK_FALSE(box->isChecked());
    CHECK(reviewTotal->text().contains(best));
    save->click();
    CHECK(storedSheet(d, sheetId).result().grade == 0);
}

TEST_CASE("Rectification items are opened, closed and shown overdue in the sheet's panel",
    "[ui][assessment][rectification]")
{
    test::AreaDemo d;
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    const assessment::Indicator* manual = test::firstManualIndicator(*table->table);
    REQUIRE(manual);
    auto db = test::signInAs(d, QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    auto* open = test::namedChild<QPushButton>(page, "openRectification");
    auto* close = test::namedChild<QPushButton>(page, "closeRectification");
    auto* list = test::namedChild<QTreeWidget>(page, "rectificationList");
    auto* widget = page.findChild<ui::ScoreSheetWidget*>();
    CHECK_FALSE(open->isEnabled());  // nothing to open an item on before the sheet is saved

    // The indicator loses a point and the sheet is saved.
    const QString lower = (manual->max - assessment::Points::whole(1)).toString(table->table->decimals);
    test::typeIntoCell(tree, test::scoreSheetRow(tree, manual->key), ui::ScoreSheetWidget::SelfColumn, lower);
    test::namedChild<QPushButton>(page, "saveSheet")->click();
    REQUIRE(widget->sheet()->isSaved());
    REQUIRE(open->isEnabled());

    // Opens an item through the dialog's fields: the indicator chosen, the rest typed, then
    // `key` pressed in the deadline field (Enter takes the dialog's default, OK; Esc cancels).
    const auto openItem = [&](const QString& problem, const QString& responsible, const QString& deadline,
                              int key = Qt::Key_Return) {
        QStringList offered;
        test::onNextModal([&](QWidget* dialog) {
            auto* indicator = test::namedChild<QComboBox>(*dialog, "rectificationIndicator");
            for (int i = 0; i < indicator->count(); ++i)
                offered << indicator->itemData(i).toString();
            indicator->setCurrentIndex(indicator->findData(manual->key));
            test::typeText(test::namedChild<QLineEdit>(*dialog, "rectificationProblem"), problem);
            test::typeText(test::namedChild<QLineEdit>(*dialog, "rectificationResponsible"), responsible);
            auto* date = test::namedChild<QLineEdit>(*dialog, "rectificationDeadline");
            date->selectAll();
            test::typeText(date, deadline);
            test::pressKey(date, key);
        });
        open->click();
        return offered;
    };
    // The panel's line and the stored item of this sheet with the problem `text`; the panel
    // also lists the open items the demo carried from earlier quarters.
    const auto lineOf = [&](const QString& text) -> QTreeWidgetItem* {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(ui::RectificationPanel::ProblemColumn) == text)
                return list->topLevelItem(i);
        return nullptr;
    };
    const RecordId sheetId = widget->sheet()->id;
    const auto storedItem = [&](const QString& text) -> std::optional<assessment::Rectification> {
        for (const auto& item : storedSheet(d, sheetId).rectifications)
            if (item.sheetId == sheetId && item.problem == text)
                return item;
        return std::nullopt;
    };
    const int carried = list->topLevelItemCount();

    // Esc: nothing opened.
    openItem(
        QStringLiteral("取消的整改"), QStringLiteral("王秀英"), QStringLiteral("2027-01-15"), Qt::Key_Escape);
    CHECK(list->topLevelItemCount() == carried);
    CHECK_FALSE(storedItem(QStringLiteral("取消的整改")));

    const QString problem = QStringLiteral("网格党组织活动记录不全");
    const QStringList offered = openItem(problem, QStringLiteral("王秀英"), QStringLiteral("2027-01-15"));
    CHECK(offered.contains(manual->key));  // only indicators that lost points are offered
    CHECK(list->topLevelItemCount() == carried + 1);
    QTreeWidgetItem* line = lineOf(problem);
    REQUIRE(line);
    CHECK(line->text(ui::RectificationPanel::ResponsibleColumn) == QStringLiteral("王秀英"));
    CHECK(line->text(ui::RectificationPanel::DeadlineColumn) == QStringLiteral("2027-01-15"));
    CHECK(line->text(ui::RectificationPanel::StateColumn) == ui::RectificationPanel::tr("Open"));
    {
        const auto item = storedItem(problem);
        REQUIRE(item);
        CHECK(item->indicatorKey == manual->key);
        CHECK(item->responsible == QStringLiteral("王秀英"));
        CHECK(item->deadline == QDate(2027, 1, 15));
        CHECK_FALSE(item->closed);
    }

    // Closed with what was done.
    list->setCurrentItem(line);
    REQUIRE(close->isEnabled());
    const QString outcome = QStringLiteral("已补齐2026年第四季度活动记录");
    test::onNextModalOf<QInputDialog>([&](QInputDialog* dialog) {
        auto* edit = dialog->findChild<QLineEdit*>();
        REQUIRE(edit);
        test::typeText(edit, outcome);
        test::pressKey(edit, Qt::Key_Return);
    });
    close->click();
    line = lineOf(problem);
    REQUIRE(line);
    CHECK(line->text(ui::RectificationPanel::StateColumn).contains(outcome));
    {
        const auto item = storedItem(problem);
        REQUIRE(item);
        CHECK(item->closed);
        CHECK(item->outcome == outcome);
        CHECK(item->closedOn.isValid());
    }

    // A deadline already past: overdue in the panel, also when the sheet is opened again.
    const QString late = QStringLiteral("党员积分公示未更新");
    openItem(late, QStringLiteral("陈建国"), QStringLiteral("2026-10-20"));
    REQUIRE(lineOf(late));
    CHECK(lineOf(late)->text(ui::RectificationPanel::StateColumn) == ui::RectificationPanel::tr("Overdue"));
    CHECK(lineOf(late)->foreground(ui::RectificationPanel::ProblemColumn).style() != Qt::NoBrush);
    CHECK(lineOf(problem)->text(ui::RectificationPanel::StateColumn)
        != ui::RectificationPanel::tr("Overdue"));  // the closed one is not
    page.reload();
    test::openSheetOf(page, d.community.name);
    REQUIRE(lineOf(late));
    CHECK(lineOf(late)->text(ui::RectificationPanel::StateColumn) == ui::RectificationPanel::tr("Overdue"));
    test::screenshot(&page, QStringLiteral("assessment-rectification"));
    const auto item = storedItem(late);
    REQUIRE(item);
    CHECK(item->isOverdue(test::AreaDemo::Today));
}

TEST_CASE("A grid worker and an auditor are not shown the assessment", "[ui][assessment][roles]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("gridworker"), Role::GridWorker, d.grid.id);
    d.addAccount(QStringLiteral("auditor"), Role::Auditor, d.district.id);
    d.admin.reset();
    const QString assessmentTab = QStringLiteral("A&ssessment");
    for (const auto& [account, shown] :
        { std::pair { QStringLiteral("secretary"), true }, std::pair { QStringLiteral("gridworker"), false },
            std::pair { QStringLiteral("auditor"), false } }) {
        INFO(account.toStdString());
        ui::MainWindow window;
        REQUIRE(
            window.openDatabase(d.path, ui::Credentials { account, test::AreaDemo::AccountPassword }).ok());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("featureTabs"));
        REQUIRE(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        CHECK(titles.contains(assessmentTab) == shown);
        CHECK((window.findChild<QWidget*>(QStringLiteral("assessmentPage")) != nullptr) == shown);
        CHECK((window.findChild<ui::SheetsPage*>() != nullptr) == shown);
        window.closeDatabase();
    }
}

TEST_CASE("A secretary attaches evidence files to an indicator; the street sees them, read-only",
    "[ui][assessment][evidence]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const auto table = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    test::TempDir files;
    const QString minutes = files.path(QStringLiteral("三会一课记录.pdf"));
    const QString photo = files.path(QStringLiteral("活动照片.jpg"));
    test::writeText(minutes, QStringLiteral("会议记录"));
    test::writeText(photo, QStringLiteral("照片"));

    RecordId sheetId;
    QString key;
    {
        auto db = d.signIn(QStringLiteral("secretary"));
        ui::SheetsPage page(*db, test::AreaDemo::Today);
        test::showSheetsPage(page);
        auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
        auto* filesButton = test::namedChild<QPushButton>(page, "sheetFiles");
        tree->setCurrentItem(tree->topLevelItem(0));  // a block: its points are its indicators'
        CHECK_FALSE(filesButton->isEnabled());
        QTreeWidgetItem* row = test::firstManualRow(tree, *table->table);
        REQUIRE(row);
        key = row->data(0, Qt::UserRole + 1).toString();
        tree->setCurrentItem(row, ui::ScoreSheetWidget::SelfColumn);
        REQUIRE(filesButton->isEnabled());

        // Add two files through the file dialog, one at a time; remove one; Cancel keeps nothing.
        const auto attach = [&](const std::function<void(ui::EvidenceFilesDialog*)>& act) {
            test::onNextModalOf<ui::EvidenceFilesDialog>([&](ui::EvidenceFilesDialog* dialog) {
                REQUIRE(dialog);
                act(dialog);
            });
            filesButton->click();
        };
        const auto addThroughFileDialog = [](ui::EvidenceFilesDialog* dialog, const QString& path) {
            test::chooseFileInNextDialog(path);
            test::namedChild<QPushButton>(*dialog, "addEvidenceFile")->click();
        };
        attach([&](ui::EvidenceFilesDialog* dialog) {
            addThroughFileDialog(dialog, minutes);
            CHECK(dialog->files() == QStringList { minutes });
            dialog->reject();
        });
        CHECK(row->text(ui::ScoreSheetWidget::FilesColumn).isEmpty());
        CHECK_FALSE(test::namedChild<QPushButton>(page, "saveSheet")->isEnabled());

        attach([&](ui::EvidenceFilesDialog* dialog) {
            addThroughFileDialog(dialog, minutes);
            addThroughFileDialog(dialog, photo);
            addThroughFileDialog(dialog, minutes);  // listed once
            auto* list = test::namedChild<QListWidget>(*dialog, "evidenceFileList");
            REQUIRE(list->count() == 2);
            CHECK(list->item(1)->text().contains(QStringLiteral("活动照片.jpg")));
            list->setCurrentRow(1);
            test::namedChild<QPushButton>(*dialog, "removeEvidenceFile")->click();
            CHECK(dialog->files() == QStringList { minutes });
            addThroughFileDialog(dialog, photo);
            test::pressKey(list, Qt::Key_Return);  // the default button: OK
        });
        CHECK(row->text(ui::ScoreSheetWidget::FilesColumn).contains(QStringLiteral("三会一课记录.pdf")));
        CHECK(row->text(ui::ScoreSheetWidget::FilesColumn).contains(QStringLiteral("活动照片.jpg")));
        auto* save = test::namedChild<QPushButton>(page, "saveSheet");
        REQUIRE(save->isEnabled());
        save->click();
        CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));
        const auto& sheet = page.findChild<ui::ScoreSheetWidget*>()->sheet();
        REQUIRE(sheet);
        sheetId = sheet->id;
    }
    CHECK(storedSheet(d, sheetId).self.entries.value(key).attachments == QStringList { minutes, photo });

    // The street reads them (the file moved away since is marked) but may not change them.
    REQUIRE(QFile::remove(photo));
    auto db = d.signIn(QStringLiteral("street"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    test::openSheetOf(page, d.community.name);
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    QTreeWidgetItem* row = test::scoreSheetRow(tree, key);
    REQUIRE(row);
    tree->setCurrentItem(row);
    test::onNextModalOf<ui::EvidenceFilesDialog>([&](ui::EvidenceFilesDialog* dialog) {
        REQUIRE(dialog);
        auto* list = test::namedChild<QListWidget>(*dialog, "evidenceFileList");
        REQUIRE(list->count() == 2);
        CHECK(list->item(1)->text().contains(ui::EvidenceFilesDialog::tr("not found")));
        CHECK_FALSE(test::namedChild<QPushButton>(*dialog, "addEvidenceFile")->isVisible());
        CHECK_FALSE(test::namedChild<QPushButton>(*dialog, "removeEvidenceFile")->isVisible());
        test::screenshot(dialog, QStringLiteral("assessment-evidence-files"));
        test::pressKey(list, Qt::Key_Escape);
    });
    test::namedChild<QPushButton>(page, "sheetFiles")->click();
}
