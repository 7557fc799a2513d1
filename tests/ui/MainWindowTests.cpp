#include "UiTestSupport.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/common/SavedFileNotice.h"
#include "ui/hierarchy/HierarchySearchBox.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/NodeDetailsPanel.h"
#include "ui/hierarchy/SearchResultsModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::hierarchy;
using redgrid::ui::HierarchyTreeModel;
using redgrid::ui::MainWindow;

namespace {

struct WindowFixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.redgrid"));
    MainWindow window;

    WindowFixture()
    {
        test::createSmallDemo(path);
        const Status opened = window.openDatabase(path, test::adminCredentials());
        if (!opened)
            FAIL(opened.error().toString().toStdString());
        window.show();
    }
    ui::HierarchyWidget& hierarchy()
    {
        return *window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"));
    }
    HierarchyTreeModel& model() { return *hierarchy().model(); }
    QTreeView& tree() { return *hierarchy().treeView(); }
    // The node as a fresh connection reads it from the file.
    std::optional<HierarchyNode> nodeInFile(const RecordId& id) { return HierarchyStore(*reopen()).node(id); }
    std::unique_ptr<storage::Connection> reopen() { return test::openSignedIn(path); }
};

}  // namespace

TEST_CASE("The window opens the demo database and shows its district with the streets below", "[ui][window]")
{
    WindowFixture f;
    const QModelIndex district = f.model().rootIndex();
    CHECK(f.model().data(district).toString() == QStringLiteral("江北区"));
    CHECK(f.tree().isExpanded(district));
    auto db = f.reopen();
    HierarchyStore store(*db);
    CHECK(f.model().rowCount(district) == store.childCount(store.root()->id));
    CHECK(f.model().rowCount(district) == 3);
    // Only the first level was read.
    CHECK(f.model().rowCount(f.model().index(0, 0, district)) == 0);

    CHECK(f.window.isDemo());
    CHECK(f.window.findChild<QLabel*>(QStringLiteral("demoBanner"))->isVisible());
    CHECK(f.window.findChild<QLabel*>(QStringLiteral("demoBanner"))
              ->text()
              .contains(QStringLiteral("invented")));
    CHECK(f.window.windowTitle().contains(QStringLiteral("[Demo]")));
    CHECK(f.window.findChild<QLabel*>(QStringLiteral("statusFile"))->text()
        == QDir::toNativeSeparators(f.path));
    CHECK(f.window.findChild<QLabel*>(QStringLiteral("statusCounts"))
              ->text()
              .startsWith(QStringLiteral("3 streets/towns, 9 communities/villages")));
    // The district is selected and its details arrive from the background count.
    auto* details = f.hierarchy().detailsPanel();
    CHECK(details->nameEdit()->text() == QStringLiteral("江北区"));
    REQUIRE(
        test::waitUntil([&] { return !details->belowLabel()->text().contains(QStringLiteral("counting")); }));
    CHECK(details->belowLabel()->text().contains(QStringLiteral("3 streets/towns")));
    test::screenshot(&f.window, QStringLiteral("window-demo"));
}

TEST_CASE("The demo banner names the streets and communities a larger demo made up", "[ui][window]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.redgrid"));
    test::createSmallDemo(path);
    {
        MainWindow plain;
        REQUIRE(plain.openDatabase(path, test::adminCredentials()).ok());
        CHECK(plain.findChild<QLabel*>(QStringLiteral("demoBanner"))
                  ->text()
                  .contains(QStringLiteral("only the names of the streets and communities")));
        CHECK_FALSE(plain.findChild<QLabel*>(QStringLiteral("demoBanner"))
                        ->text()
                        .contains(QStringLiteral("made up")));
    }
    // As the large demo tops the real streets up: a street and a community of its own.
    {
        auto db = test::openSignedIn(path);
        HierarchyEditor editor(*db);
        const auto street = editor.add(HierarchyStore(*db).root()->id,
            { NodeKind::Street, QStringLiteral("青龙街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        REQUIRE(editor
                    .add(street->id,
                        { NodeKind::Community, QStringLiteral("青龙一社区"), {}, 0, std::nullopt, {} })
                    .ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    const QString banner = window.findChild<QLabel*>(QStringLiteral("demoBanner"))->text();
    INFO(banner.toStdString());
    CHECK(banner.contains(QStringLiteral("made up")));
    CHECK(banner.contains(QStringLiteral("青龙街道")));
    CHECK(banner.contains(QStringLiteral("青龙一社区")));
    CHECK_FALSE(banner.contains(QStringLiteral("华新街街道")));  // a real one
    test::screenshot(&window, QStringLiteral("demo-banner-invented"));
}

TEST_CASE("Expanding a node in the view reads its children", "[ui][window]")
{
    WindowFixture f;
    const QModelIndex street = f.model().index(1, 0, f.model().rootIndex());
    REQUIRE(f.model().rowCount(street) == 0);
    f.tree().expand(street);
    auto db = f.reopen();
    CHECK(f.model().rowCount(street) == HierarchyStore(*db).childCount(f.model().idAt(street)));
    CHECK(f.model().rowCount(street) == 3);
}

TEST_CASE("Searching reveals a building: ancestors expanded, the building current", "[ui][window][search]")
{
    WindowFixture f;
    auto db = f.reopen();
    HierarchyStore store(*db);
    const auto found = store.search(QStringLiteral("500105100"), 1000, NodeLevel::Building);
    REQUIRE(found.size() > 5);
    const HierarchyNode building = found.last();

    auto* search = f.window.findChild<ui::HierarchySearchBox*>(QStringLiteral("hierarchySearch"));
    search->setFocus();
    test::typeText(search, building.code);
    REQUIRE(test::waitUntil([&] { return search->results()->rowCount() > 0; }));
    CHECK(search->results()->rowCount() == 1);
    CHECK(search->results()
              ->data(search->results()->index(0, ui::SearchResultsModel::WithinColumn))
              .toString()
              .contains(QStringLiteral(" › ")));
    test::screenshotScreen(QStringLiteral("search-popup"));
    test::pressKey(search, Qt::Key_Return);

    const QModelIndex current = f.tree().currentIndex();
    REQUIRE(current.isValid());
    CHECK(f.model().idAt(current) == building.id);
    int depth = 0;
    for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent(), ++depth)
        CHECK(f.tree().isExpanded(parent));
    CHECK(depth == 4);
    CHECK(f.hierarchy().detailsPanel()->nameEdit()->text() == building.name);
    CHECK(f.tree().visualRect(current).intersects(f.tree().viewport()->rect()));
    test::screenshot(&f.window, QStringLiteral("window-building"));
}

TEST_CASE("An edit saved in the details form is written to the file", "[ui][window][details]")
{
    WindowFixture f;
    auto* details = f.hierarchy().detailsPanel();
    const QModelIndex street = f.model().index(0, 0, f.model().rootIndex());
    f.tree().expand(street);
    const QModelIndex community = f.model().index(0, 0, street);
    const RecordId id = f.model().idAt(community);
    f.tree().setCurrentIndex(community);
    REQUIRE(details->node()->id == id);
    CHECK_FALSE(details->saveButton()->isEnabled());

    details->nameEdit()->selectAll();
    test::typeText(details->nameEdit(), QStringLiteral("新名社区"));
    REQUIRE(details->saveButton()->isEnabled());
    CHECK(details->revertButton()->isEnabled());
    details->saveButton()->click();

    CHECK(f.nodeInFile(id)->name == QStringLiteral("新名社区"));
    CHECK(f.model().data(f.model().indexOf(id)).toString() == QStringLiteral("新名社区"));
    CHECK(f.tree().currentIndex() == f.model().indexOf(id));
    CHECK_FALSE(details->saveButton()->isEnabled());
    CHECK_FALSE(details->refusalLabel()->isVisible());

    SECTION("core's refusal is shown beside the form and nothing is written")
    {
        const QString sibling = f.model().data(f.model().index(1, 0, street)).toString();
        details->nameEdit()->selectAll();
        test::typeText(details->nameEdit(), sibling);
        details->saveButton()->click();
        CHECK(details->refusalLabel()->isVisible());
        CHECK(details->refusalLabel()->text().contains(QStringLiteral("already exists")));
        CHECK(details->saveButton()->isEnabled());  // the edit is still there to correct
        CHECK(f.nodeInFile(id)->name == QStringLiteral("新名社区"));
        details->revertButton()->click();
        CHECK(details->nameEdit()->text() == QStringLiteral("新名社区"));
        CHECK_FALSE(details->saveButton()->isEnabled());
    }
}

TEST_CASE("Opening a file that is not a RedGrid database shows why and changes nothing", "[ui][window]")
{
    WindowFixture f;
    const QString bad = f.dir.path(QStringLiteral("notes.redgrid"));
    test::writeText(bad, QStringLiteral("会议记录，不是数据库"));
    const QByteArray before = test::readBytes(bad);
    auto* shownBefore = f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"));

    QString message;
    test::onNextModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        message = box->text();
        box->accept();
    });
    CHECK_FALSE(f.window.openFile(bad));
    CHECK(message.contains(QStringLiteral("notes.redgrid")));
    CHECK(message.contains(QStringLiteral("not a SQLite database")));
    CHECK(f.window.databasePath() == f.path);
    CHECK(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")) == shownBefore);
    CHECK(test::readBytes(bad) == before);
}

TEST_CASE("Save a Copy writes a database that opens with the same content", "[ui][window]")
{
    WindowFixture f;
    const QString copy = f.dir.path(QStringLiteral("copy.redgrid"));
    const Status saved = f.window.saveCopyTo(copy);
    INFO((saved ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());
    auto copied = test::openSignedIn(copy);
    auto original = f.reopen();
    CHECK(
        HierarchyStore(*copied).countByLevel().perLevel == HierarchyStore(*original).countByLevel().perLevel);
    CHECK(f.window.databasePath() == f.path);  // still working on the original
}

TEST_CASE("Save a Copy says where the copy went", "[ui][window]")
{
    WindowFixture f;
    const QString copy = f.dir.path(QStringLiteral("江北区备份.redgrid"));
    test::chooseFileInNextDialog(copy);
    QString where;
    test::onNextModalOf<ui::SavedFileNotice>([&](ui::SavedFileNotice* notice) {
        where = notice->informativeText();
        CHECK(notice->openFolderButton()->isVisible());
        notice->accept();
    });
    f.window.findChild<QAction*>(QStringLiteral("saveCopy"))->trigger();
    CHECK(where.contains(QDir::toNativeSeparators(copy)));
    REQUIRE(QFileInfo::exists(copy));
    CHECK(test::openSignedIn(copy) != nullptr);
}
