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
#include <QFile>
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

namespace {

// Overwrites the start of the member table's root page, as a failing disk sector would.
void damageMemberTable(const QString& path)
{
    qint64 root = 0, pageSize = 0;
    {
        auto db = storage::Connection::open(path, storage::Connection::OpenMode::ReadOnly);
        root = db->scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'member'");
        pageSize = db->scalar("PRAGMA page_size");
    }
    REQUIRE(root > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    REQUIRE(file.write(QByteArray(48, char(0x7F))) == 48);
}

}  // namespace

TEST_CASE("A damaged database opens read-only, says so, and Restore from Backup brings back the good copy",
    "[ui][backup][restore][integrity]")
{
    BackupFixture f;
    f.window.findChild<QAction*>(QStringLiteral("backUpNow"))->trigger();
    REQUIRE(f.backups().size() == 1);
    f.window.closeDatabase();
    const QByteArray good = test::readBytes(f.path);
    damageMemberTable(f.path);
    const QByteArray damaged = test::readBytes(f.path);

    QString warning, details, restoredText;
    QStringList buttons;
    test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
        CHECK(box->objectName() == QStringLiteral("readOnlyWarning"));
        warning = box->text();
        details = box->informativeText();
        for (QAbstractButton* button : box->buttons())
            buttons.append(button->text());
        test::screenshot(box, QStringLiteral("damaged-read-only"));
        test::onNextModalOf<ui::RestoreDialog>([&](ui::RestoreDialog* dialog) {
            test::typeText(
                test::namedChild<QLineEdit>(*dialog, "backupUsername"), test::adminCredentials().username);
            test::typeText(
                test::namedChild<QLineEdit>(*dialog, "backupPassword"), test::adminCredentials().password);
            test::onNextModalOf<QMessageBox>([&](QMessageBox* done) {
                restoredText = done->text();
                done->accept();
            });
            test::namedChild<QPushButton>(*dialog, "restoreButton")->click();
        });
        for (QAbstractButton* button : box->buttons())
            if (button->text().contains(QStringLiteral("Restore")))
                button->click();
    });
    f.open();
    CHECK(f.window.windowTitle().contains(QStringLiteral("[Read-Only]")));
    REQUIRE(test::waitUntil([&] { return !restoredText.isEmpty(); }, 20000));
    INFO(warning.toStdString());
    CHECK(warning.contains(QStringLiteral("is damaged")));
    CHECK(warning.contains(QStringLiteral("reading only")));
    CHECK(details.contains(QStringLiteral("What SQLite found")));
    CHECK(buttons.size() == 2);
    CHECK(restoredText.contains(QStringLiteral("was restored from")));
    // The damaged file was kept aside untouched, and the window works on the good copy.
    const QStringList kept
        = QDir(f.dir.root()).entryList({ QStringLiteral("社区党建.before-restore-*.redgrid") });
    REQUIRE(kept.size() == 1);
    CHECK(test::readBytes(f.dir.path(kept.first())) == damaged);
    CHECK(f.window.hasDatabase());
    CHECK_FALSE(f.window.windowTitle().contains(QStringLiteral("[Read-Only]")));
    Q_UNUSED(good);
}

TEST_CASE(
    "A read-only database file opens read-only in the window, without a restore to offer", "[ui][backup]")
{
    BackupFixture f;
    f.window.closeDatabase();
    REQUIRE(QFile::setPermissions(f.path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::readBytes(f.path);
    QString warning;
    QStringList buttons;
    test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        for (QAbstractButton* button : box->buttons())
            buttons.append(button->text());
        test::screenshot(box, QStringLiteral("read-only-file"));
        test::pressKey(box, Qt::Key_Escape);
    });
    f.open();
    REQUIRE(test::waitUntil([&] { return !warning.isEmpty(); }));
    CHECK(warning.contains(QStringLiteral("is read-only")));
    CHECK(buttons.size() == 1);  // Continue Read-Only: the file is sound, nothing to restore
    CHECK(f.window.windowTitle().contains(QStringLiteral("[Read-Only]")));
    f.window.closeDatabase();  // no backup of a file that cannot be written: it is not changing
    CHECK(test::readBytes(f.path) == before);
    REQUIRE(QFile::setPermissions(f.path, QFile::ReadOwner | QFile::WriteOwner));
}
