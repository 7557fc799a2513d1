// The assessment's pages as each role uses them (issue 23): the template editor's live total
// and refusals, saving a new version; the score sheet scored by a 社区书记, reviewed and
// confirmed by a 街道管理员, with the workflow's refusals on the buttons.
#include "UiTestSupport.h"
#include "assessment/DefaultTemplates.h"
#include "assessment/TemplateStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/TemplateEditorWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

namespace {

template<class T>
T* named(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// The row of the template tree whose indicator is named `name`.
QTreeWidgetItem* rowNamed(QTreeWidget* tree, const QString& name)
{
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it)
        if ((*it)->text(ui::TemplateEditorWidget::NameColumn) == name)
            return *it;
    return nullptr;
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

    auto* list = named<QTreeWidget>(editor, "templateList");
    auto* tree = named<QTreeWidget>(editor, "templateTree");
    auto* total = named<QLabel>(editor, "templateTotal");
    auto* problems = named<QLabel>(editor, "templateProblems");
    auto* max = named<QLineEdit>(editor, "indicatorMax");
    auto* name = named<QLineEdit>(editor, "indicatorName");
    auto* save = named<QPushButton>(editor, "saveTemplate");
    REQUIRE(list->topLevelItemCount() >= 2);
    const QString community = assessment::DefaultTemplates::communityQuarterly().name;
    const QList<QTreeWidgetItem*> found = list->findItems(community, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    list->setCurrentItem(found.front());
    const assessment::AssessmentTemplate table = editor.edited();
    REQUIRE(table.name == community);
    REQUIRE(table.problems().isEmpty());
    CHECK(total->text().contains(QStringLiteral("100.00 of 100.00")));
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
    CHECK(total->text().contains(QStringLiteral("102.00 of 100.00")));
    CHECK_FALSE(problems->text().isEmpty());
    CHECK_FALSE(save->isEnabled());

    // Back to 100, a new name for the indicator: saved as version 2.
    max->selectAll();
    test::typeText(max, table.indicators.front().max.toString(0));
    tree->setCurrentItem(row);
    max->selectAll();
    test::typeText(max, first.max.toString(0));
    CHECK(problems->text().isEmpty());
    CHECK(total->text().contains(QStringLiteral("100.00 of 100.00")));
    name->selectAll();
    test::typeText(name, QStringLiteral("网格党组织覆盖（修订）"));
    CHECK(row->text(ui::TemplateEditorWidget::NameColumn) == QStringLiteral("网格党组织覆盖（修订）"));
    test::screenshot(&editor, QStringLiteral("assessment-template-editor"));
    REQUIRE(save->isEnabled());
    save->click();
    CHECK(named<QLabel>(editor, "templateStatus")->text() == QStringLiteral("Saved as version 2."));
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
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    auto db = d.signIn(QStringLiteral("secretary"));
    ui::TemplateEditorWidget editor(*db);
    editor.reload();
    editor.show();
    CHECK(named<QTreeWidget>(editor, "templateTree")->topLevelItemCount() > 0);
    CHECK_FALSE(named<QLineEdit>(editor, "indicatorMax")->isEnabled());
    CHECK_FALSE(named<QPushButton>(editor, "saveTemplate")->isVisible());
    CHECK_FALSE(named<QPushButton>(editor, "addBlock")->isEnabled());
}
