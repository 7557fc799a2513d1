// A template's rules beside its indicators (issue 23 §2: grade bands, stars, quotas and the
// annual rule are settings): edited in the template editor's Rules dialog, checked as they
// are typed, and saved with the template as its next version.
#include "UiTestSupport.h"
#include "assessment/DefaultTemplates.h"
#include "assessment/TemplateStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/TemplateEditorWidget.h"
#include "ui/assessment/TemplateRulesDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::assessment;

TEST_CASE(
    "The rules dialog shows a template's grades, stars, vetoes and annual rule and checks them as typed",
    "[ui][assessment]")
{
    const AssessmentTemplate table = DefaultTemplates::communityQuarterly();
    ui::TemplateRulesDialog dialog(table, true);
    dialog.show();
    auto* grades = test::namedChild<QTableWidget>(dialog, "rulesGrades");
    auto* stars = test::namedChild<QTableWidget>(dialog, "rulesStars");
    auto* problems = test::namedChild<QLabel>(dialog, "rulesProblems");
    REQUIRE(grades->rowCount() == 4);
    CHECK(grades->item(0, 0)->text() == QStringLiteral("好"));
    CHECK(grades->item(0, 1)->text() == QStringLiteral("90.00"));
    REQUIRE(stars->rowCount() == 5);
    CHECK(stars->item(0, 2)->text() == QStringLiteral("10"));  // 五星: at most 10 %
    CHECK_FALSE(stars->item(0, 3)->text().isEmpty());  // and an innovation item
    CHECK(problems->isHidden());
    test::screenshot(&dialog, QStringLiteral("template-rules"));

    // 较好 from above 好: refused as typed, OK disabled.
    grades->item(1, 1)->setText(QStringLiteral("95"));
    CHECK(problems->isVisible());
    QStringList found;
    dialog.rules(found);
    CHECK_FALSE(found.isEmpty());
    grades->item(1, 1)->setText(QStringLiteral("85"));
    stars->item(1, 2)->setText(QStringLiteral("30"));  // 四星 at most 30 %
    auto* yearEnd = test::namedChild<QLineEdit>(dialog, "rulesYearEndMax");
    yearEnd->setText(QStringLiteral("3"));
    found.clear();
    const AssessmentTemplate edited = dialog.rules(found);
    CHECK(found.isEmpty());
    CHECK(edited.grades.levels.at(1).from == Points::whole(85));
    CHECK(edited.stars.levels.at(1).quotaPercent == 30);
    CHECK(edited.annual.yearEndMax == Points::whole(3));
    CHECK(edited.indicators.size() == table.indicators.size());

    // A veto capping at a grade the scale does not have.
    auto* vetoes = test::namedChild<QTableWidget>(dialog, "rulesVetoes");
    vetoes->item(0, 2)->setText(QStringLiteral("不存在"));
    found.clear();
    dialog.rules(found);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("不存在")));
}

TEST_CASE(
    "Rules edited in the template editor are saved with the template as its next version", "[ui][assessment]")
{
    test::AreaDemo d;
    ui::TemplateEditorWidget editor(*d.admin);
    editor.resize(1200, 800);
    editor.reload();
    editor.show();
    auto* list = test::namedChild<QTreeWidget>(editor, "templateList");
    const QList<QTreeWidgetItem*> found
        = list->findItems(DefaultTemplates::communityQuarterly().name, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    list->setCurrentItem(found.front());

    // The dialog is modal: edit and accept it once it shows.
    bool edited = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::TemplateRulesDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        test::namedChild<QTableWidget>(*dialog, "rulesGrades")->item(0, 1)->setText(QStringLiteral("92"));
        edited = true;
        dialog->accept();
    });
    test::namedChild<QPushButton>(editor, "templateRules")->click();
    REQUIRE(edited);
    CHECK(editor.edited().grades.levels.at(0).from == Points::whole(92));

    test::namedChild<QPushButton>(editor, "saveTemplate")->click();
    const auto stored = TemplateStore(*d.admin).latest(DefaultTemplates::communityQuarterly().id);
    REQUIRE(stored);
    CHECK(stored->table->version == 2);
    CHECK(stored->table->grades.levels.at(0).from == Points::whole(92));
    CHECK(TemplateStore(*d.admin).version(stored->table->id, 1)->table->grades.levels.at(0).from
        == Points::whole(90));
}
