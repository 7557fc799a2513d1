// Backups in the window, as an office uses them: one when the database closes, Back Up Now,
// a missing USB folder said in the status bar, and Restore from Backup through its dialog.
#include "UiTestSupport.h"
#include "backup/BackupFolder.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"
#include "ui/mainwindow/AutomaticBackup.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/RestoreDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// The small demo with its backups in a folder of the test's own (a "USB drive").
struct BackupFixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("社区党建.redgrid"));
    QString usb = dir.path(QStringLiteral("U盘"));
    ui::MainWindow window;

    BackupFixture()
    {
        ui::AutomaticBackup::setEnabled(true);
        test::createSmallDemo(path);
        QDir().mkpath(usb);
        {
            auto admin = test::openSignedIn(path);
            REQUIRE(backup::BackupFolder::setFolder(*admin, usb).ok());
        }
        open();
        window.show();
    }
    ~BackupFixture() { ui::AutomaticBackup::setEnabled(false); }

    void open()
    {
        const Status opened = window.openDatabase(path, test::adminCredentials());
        if (!opened)
            FAIL(opened.error().toString().toStdString());
    }
    QList<backup::BackupEntry> backups() const { return backup::BackupFolder(usb, path, true).list(); }
    QString status() const { return window.statusBar()->currentMessage(); }
};

}  // namespace

TEST_CASE("Closing the database backs it up into its folder and says where", "[ui][backup]")
{
    BackupFixture f;
    REQUIRE(f.backups().isEmpty());
    f.window.closeDatabase();
    const auto made = f.backups();
    REQUIRE(made.size() == 1);
    REQUIRE(made.first().marker);
    CHECK(made.first().marker->members > 0);
    CHECK(f.status().contains(QDir::toNativeSeparators(made.first().path)));

    // Back Up Now while open: a new checked copy, which takes the place of the day's older one
    // (the newest of each day is kept).
    f.open();
    f.window.findChild<QAction*>(QStringLiteral("backUpNow"))->trigger();
    const auto now = f.backups();
    REQUIRE(now.size() == 1);
    CHECK(now.first().path != made.first().path);
    CHECK(f.status().contains(QDir::toNativeSeparators(now.first().path)));
}

TEST_CASE("A missing backup folder is said in the status bar and work goes on", "[ui][backup]")
{
    BackupFixture f;
    f.window.closeDatabase();
    QDir(f.usb).removeRecursively();  // the USB drive pulled out
    f.open();
    CHECK(f.status().contains(QDir::toNativeSeparators(f.usb)));
    CHECK(f.status().contains(QStringLiteral("missing")));
    f.window.closeDatabase();  // closes normally, no backup, no folder made
    CHECK_FALSE(QFileInfo::exists(f.usb));
    f.open();
    CHECK(f.window.hasDatabase());
}

TEST_CASE("Restore from Backup lists the backups, asks for an administrator of the backup and reopens",
    "[ui][backup][restore]")
{
    BackupFixture f;
    f.window.findChild<QAction*>(QStringLiteral("backUpNow"))->trigger();
    REQUIRE(f.backups().size() == 1);

    QString restoredText;
    test::onNextModalOf<ui::RestoreDialog>([&](ui::RestoreDialog* dialog) {
        auto* list = test::namedChild<QTreeWidget>(*dialog, "backupList");
        REQUIRE(list->topLevelItemCount() == 1);
        CHECK(list->topLevelItem(0)->text(2).remove(QLatin1Char(',')).toLongLong()
            == f.backups().first().marker->members);
        auto* restore = test::namedChild<QPushButton>(*dialog, "restoreButton");
        CHECK_FALSE(restore->isEnabled());  // no account given yet
        test::typeText(
            test::namedChild<QLineEdit>(*dialog, "backupUsername"), test::adminCredentials().username);
        test::typeText(
            test::namedChild<QLineEdit>(*dialog, "backupPassword"), test::adminCredentials().password);
        CHECK(restore->isEnabled());
        test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
            restoredText = box->text();
            box->accept();
        });
        restore->click();
    });
    f.window.findChild<QAction*>(QStringLiteral("restoreFromBackup"))->trigger();
    CHECK(restoredText.contains(QStringLiteral("was restored from")));
    CHECK(restoredText.contains(QStringLiteral("社区党建.before-restore-")));
    CHECK(f.window.hasDatabase());
    CHECK(f.window.databasePath() == QFileInfo(f.path).absoluteFilePath());
    CHECK(QDir(f.dir.path(QStringLiteral(".")))
              .entryList({ QStringLiteral("社区党建.before-restore-*.redgrid") })
              .size()
        == 1);
    // The backup restored is still there: closing for the restore made no backup to rotate it out.
    CHECK(f.backups().size() == 1);
}
