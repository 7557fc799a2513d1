// Importing the official division list from the window: check, preview, import.
#include "UiTestSupport.h"
#include "hierarchy/HierarchyStore.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/hierarchy/DivisionImportDialog.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

struct Fixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    ui::MainWindow window;

    Fixture()
    {
        test::createJiangbeiDatabase(path).reset();
        REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
        window.show();
    }
    hierarchy::LevelCounts countsInFile()
    {
        auto db = test::openSignedIn(path);
        return hierarchy::HierarchyStore(*db).countByLevel();
    }
    QString listWithOneBadRow()
    {
        QByteArray list = test::readBytes(test::fixture(QStringLiteral("divisions/jiangbei_500105.csv")));
        list.append("500105006099,,500105006000,5\r\n");
        const QString file = dir.path(QStringLiteral("江北区区划.csv"));
        test::writeBytes(file, list);
        return file;
    }
};

}  // namespace

TEST_CASE(
    "Importing a division list in the window previews the rows, then imports the valid ones", "[ui][import]")
{
    Fixture f;
    QString summary;
    int rejectedRows = 0;
    QString reason;
    test::onNextModalOf<ui::DivisionImportDialog>([&](ui::DivisionImportDialog* dialog) {
        summary = dialog->summaryLabel()->text();
        rejectedRows = dialog->rejectedView()->model()->rowCount();
        reason = dialog->rejectedView()->model()->index(0, 3).data().toString();
        test::screenshot(dialog, QStringLiteral("division-import-preview"));
        REQUIRE(dialog->importButton());
        dialog->importButton()->click();
    });
    CHECK(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
              ->importDivisionsFrom(f.listWithOneBadRow()));
    CHECK(summary == QStringLiteral("148 rows read: 144 new, 0 renamed, 3 already up to date, 1 rejected."));
    CHECK(rejectedRows == 1);
    CHECK(reason.contains(QStringLiteral("name is empty")));

    const auto counts = f.countsInFile();
    CHECK(counts[hierarchy::NodeLevel::Street] == 12);
    CHECK(counts[hierarchy::NodeLevel::Community] == 132);
    auto* model = f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->model();
    CHECK(model->rowCount(model->rootIndex()) == 12);
    CHECK(f.window.findChild<QLabel*>(QStringLiteral("statusCounts"))
              ->text()
              .contains(QStringLiteral("12 streets/towns")));

    // The same file again: nothing new, so the preview offers nothing to import.
    bool offered = true;
    test::onNextModalOf<ui::DivisionImportDialog>([&](ui::DivisionImportDialog* dialog) {
        offered = dialog->importButton() != nullptr;
        dialog->reject();
    });
    CHECK_FALSE(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                    ->importDivisionsFrom(f.listWithOneBadRow()));
    CHECK_FALSE(offered);
}

TEST_CASE("Cancelling the import preview writes nothing", "[ui][import]")
{
    Fixture f;
    test::onNextModalOf<ui::DivisionImportDialog>([](ui::DivisionImportDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                    ->importDivisionsFrom(f.listWithOneBadRow()));
    CHECK(f.countsInFile().total() == 1);
    CHECK(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
              ->model()
              ->rowCount(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                             ->model()
                             ->rootIndex())
        == 0);
}

TEST_CASE("A file that is not a division list is refused with its name and the reason", "[ui][import]")
{
    Fixture f;
    const QString photo = f.dir.path(QStringLiteral("照片.csv"));
    test::writeBytes(photo, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16));
    QString message;
    test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
        message = box->text();
        box->accept();
    });
    CHECK_FALSE(f.window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                    ->importDivisionsFrom(photo));
    CHECK(message.contains(QStringLiteral("照片.csv")));
    CHECK(message.contains(QStringLiteral("binary data")));
    CHECK(f.countsInFile().total() == 1);
}
