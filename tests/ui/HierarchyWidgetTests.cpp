#include "UiTestSupport.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "security/Session.h"
#include "support/TestSupport.h"
#include "ui/hierarchy/AddNodeDialog.h"
#include "ui/hierarchy/DeleteNodeDialog.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/MoveNodeDialog.h"
#include "ui/hierarchy/NodeDetailsPanel.h"
#include "ui/hierarchy/NodeSummaryLoader.h"
#include "ui/hierarchy/SearchResultsModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::hierarchy;
using redgrid::ui::HierarchyWidget;

namespace {

struct WidgetFixture
{
    test::TempDir dir;
    test::BuiltHierarchy h = test::buildHierarchy(dir.path(QStringLiteral("widget.redgrid")), 12);
    HierarchyStore store { *h.db };
    HierarchyEditor editor { *h.db };
    HierarchyWidget widget { *h.db };

    WidgetFixture()
    {
        widget.resize(1100, 700);
        widget.show();
        QApplication::setActiveWindow(&widget);
    }
    ui::HierarchyTreeModel& model() { return *widget.model(); }
    QTreeView& tree() { return *widget.treeView(); }
    QModelIndex indexOf(const HierarchyNode& node) { return model().indexOf(node.id); }
    void expand(const HierarchyNode& node)
    {
        REQUIRE(widget.revealNode(node.id));
        tree().expand(indexOf(node));
    }
    bool expanded(const HierarchyNode& node) { return tree().isExpanded(indexOf(node)); }
    void select(const HierarchyNode& node) { REQUIRE(widget.revealNode(node.id)); }
    RecordId currentId() { return model().idAt(tree().currentIndex()); }
};

template<class Dialog>
Dialog* as(QWidget* modal)
{
    auto* dialog = qobject_cast<Dialog*>(modal);
    REQUIRE(dialog);
    return dialog;
}

}  // namespace

TEST_CASE("Adding, moving and deleting through the window keep the other branches open", "[ui][hierarchy]")
{
    WidgetFixture f;
    f.expand(f.h.huaxinjie);
    f.expand(f.h.communityA);
    f.expand(f.h.gridA1);
    f.expand(f.h.guanyinqiao);
    const auto stillOpen = [&] {
        return f.expanded(f.h.district) && f.expanded(f.h.huaxinjie) && f.expanded(f.h.guanyinqiao);
    };

    // Add: the dialog proposes the next code, shows core's refusal, and stays open to correct it.
    f.select(f.h.communityB);
    bool refusedFirst = false;
    test::onNextModal([&](QWidget* modal) {
        auto* dialog = as<ui::AddNodeDialog>(modal);
        CHECK(dialog->codeEdit()->text() == QStringLiteral("500105001002002"));
        test::typeText(dialog->nameEdit(), QStringLiteral("第一网格"));  // the community has one already
        dialog->accept();
        refusedFirst = dialog->isVisible()
            && dialog->refusalLabel()->text().contains(QStringLiteral("already exists"));
        test::screenshot(dialog, QStringLiteral("add-dialog-refused"));
        dialog->nameEdit()->setText(QStringLiteral("新增网格"));
        dialog->accept();
    });
    f.widget.addChildAction()->trigger();
    CHECK(refusedFirst);
    const auto added = f.store.childByName(f.h.communityB.id, QStringLiteral("新增网格"));
    REQUIRE(added);
    CHECK(f.currentId() == added->id);
    CHECK(f.expanded(f.h.communityB));
    CHECK(stillOpen());
    CHECK(f.expanded(f.h.communityA));
    CHECK(f.expanded(f.h.gridA1));

    // Move: the candidates are found by name; the new code is shown before moving.
    f.select(f.h.gridA2);
    test::onNextModal([&](QWidget* modal) {
        auto* dialog = as<ui::MoveNodeDialog>(modal);
        test::typeText(dialog->searchEdit(), QStringLiteral("红土地"));
        dialog->searchNow();
        REQUIRE(dialog->candidates()->rowCount() == 1);
        dialog->chooseCandidate(0);
        // It would keep its number, 002, but the grid just added has taken it there.
        CHECK(dialog->codeEdit()->text() == QStringLiteral("500105001002002"));
        dialog->accept();
        REQUIRE(dialog->isVisible());
        CHECK(dialog->refusalLabel()->text().contains(QStringLiteral("500105001002003")));
        test::screenshot(dialog, QStringLiteral("move-dialog-refused"));
        dialog->codeEdit()->setText(QStringLiteral("500105001002003"));
        dialog->accept();
    });
    f.widget.moveAction()->trigger();
    CHECK(f.store.node(f.h.gridA2.id)->parentId == f.h.communityB.id);
    CHECK(f.store.node(f.h.gridA2.id)->code == QStringLiteral("500105001002003"));
    CHECK(f.indexOf(f.h.gridA2).parent() == f.indexOf(f.h.communityB));
    CHECK(f.currentId() == f.h.gridA2.id);
    CHECK(f.model().rowCount(f.indexOf(f.h.communityA)) == 1);
    CHECK(stillOpen());
    CHECK(f.expanded(f.h.communityA));
    CHECK(f.expanded(f.h.gridA1));

    // Delete a branch: confirmed in the dialog.
    f.select(f.h.gridA1);
    test::onNextModal([&](QWidget* modal) {
        auto* dialog = as<ui::DeleteNodeDialog>(modal);
        CHECK(dialog->contentsLabel()->text().contains(QStringLiteral("3 buildings")));
        CHECK_FALSE(dialog->deleteButton()->isEnabled());
        test::screenshot(dialog, QStringLiteral("delete-dialog"));
        dialog->confirmBox()->click();
        REQUIRE(dialog->deleteButton()->isEnabled());
        dialog->deleteButton()->click();
    });
    f.widget.deleteAction()->trigger();
    CHECK_FALSE(f.store.node(f.h.gridA1.id));
    CHECK_FALSE(f.indexOf(f.h.gridA1).isValid());
    CHECK(f.model().rowCount(f.indexOf(f.h.communityA)) == 0);
    CHECK(stillOpen());
    CHECK(f.expanded(f.h.communityB));

    // Delete an empty node: a plain question.
    f.select(*added);
    test::onNextModal([&](QWidget* modal) {
        auto* box = as<QMessageBox>(modal);
        box->button(QMessageBox::Yes)->click();
    });
    f.widget.deleteAction()->trigger();
    CHECK_FALSE(f.store.node(added->id));
    CHECK_FALSE(f.model().indexOf(added->id).isValid());
    CHECK(stillOpen());
}

TEST_CASE("The delete dialog keeps Delete disabled until the user confirms", "[ui][hierarchy]")
{
    WidgetFixture f;
    ui::DeleteNodeDialog dialog(f.store, f.editor, f.h.huaxinjie, f.h.db->path());
    CHECK(dialog.contentsLabel()->text()
        == QStringLiteral("This also deletes 3 communities/villages, 3 grids, 6 buildings."));
    CHECK(dialog.confirmBox()->text().contains(QStringLiteral("13 nodes")));
    CHECK_FALSE(dialog.deleteButton()->isEnabled());
    dialog.accept();  // e.g. Enter: refused without the tick
    CHECK(f.store.node(f.h.huaxinjie.id));

    dialog.confirmBox()->setChecked(true);
    CHECK(dialog.deleteButton()->isEnabled());
    dialog.confirmBox()->setChecked(false);
    CHECK_FALSE(dialog.deleteButton()->isEnabled());
    dialog.confirmBox()->setChecked(true);
    dialog.deleteButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(f.store.node(f.h.huaxinjie.id));
    CHECK(f.store.countByLevel()[NodeLevel::Street] == 1);
}

TEST_CASE("Moving away from unsaved edits asks, and saves when told to", "[ui][hierarchy]")
{
    WidgetFixture f;
    auto* details = f.widget.detailsPanel();
    f.select(f.h.communityA);
    f.widget.renameAction()->trigger();
    CHECK(details->nameEdit()->hasFocus());
    CHECK(details->nameEdit()->selectedText() == QStringLiteral("嘉陵一村社区"));
    test::typeText(details->nameEdit(), QStringLiteral("嘉陵社区"));
    REQUIRE(details->hasChanges());

    QString question;
    test::onNextModal([&](QWidget* modal) {
        auto* box = as<QMessageBox>(modal);
        question = box->text();
        box->button(QMessageBox::Save)->click();
    });
    f.select(f.h.communityB);
    CHECK(question.contains(QStringLiteral("嘉陵一村社区")));
    CHECK(f.store.node(f.h.communityA.id)->name == QStringLiteral("嘉陵社区"));
    CHECK(details->node()->id == f.h.communityB.id);
    CHECK(details->nameEdit()->text() == QStringLiteral("红土地社区"));
}

TEST_CASE("A grid outside the office's household range is pointed out", "[ui][hierarchy]")
{
    WidgetFixture f;
    auto* details = f.widget.detailsPanel();
    f.select(f.h.gridA1);  // 3 buildings, 41 + 42 + 43 households
    REQUIRE(
        test::waitUntil([&] { return details->householdsTotalLabel()->text() == QStringLiteral("126"); }));
    CHECK(details->gridWarningLabel()->isVisible());
    CHECK(details->gridWarningLabel()->text().contains(QStringLiteral("300–500")));

    settings::SettingStore(*f.h.db).setValue(settings::SettingKey::GridMinHouseholds, QStringLiteral("100"));
    f.select(f.h.gridA2);
    f.select(f.h.gridA1);
    REQUIRE(
        test::waitUntil([&] { return details->householdsTotalLabel()->text() == QStringLiteral("126"); }));
    CHECK_FALSE(details->gridWarningLabel()->isVisible());
}

TEST_CASE("Only the latest request for the counts below a node is answered", "[ui][hierarchy]")
{
    test::TempDir dir;
    const auto h = test::buildHierarchy(dir.path(QStringLiteral("summary.redgrid")), 40);
    QList<ui::NodeSummary> answers;
    {
        ui::NodeSummaryLoader loader(h.db->path(), security::Session::shared(*h.db));
        QObject::connect(&loader, &ui::NodeSummaryLoader::loaded,
            [&](const ui::NodeSummary& summary) { answers.append(summary); });
        loader.request(h.district.id);
        loader.request(h.huaxinjie.id);
        loader.request(h.communityD.id);
        REQUIRE(test::waitUntil([&] { return !answers.isEmpty(); }));
        test::processEventsFor(100);
        REQUIRE(answers.size() == 1);
        CHECK(answers.first().id == h.communityD.id);
        CHECK(answers.first().below[NodeLevel::Grid] == 1);
        CHECK(answers.first().below[NodeLevel::Building] == 40);
        CHECK(answers.first().households == 40);
        loader.request(h.district.id);  // still running when the loader goes: must not hang
    }
    CHECK(answers.size() == 1);
}
