#include "UiTestSupport.h"
#include "common/ProcessStats.h"
#include "common/Translations.h"
#include "hierarchy/HierarchyStore.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/common/Translations.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/DemoDatabase.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/mainwindow/ReadyProbe.h"
#include "ui/mainwindow/RecentFiles.h"
#include "ui/mainwindow/Startup.h"
#include "ui/mainwindow/StartupDialog.h"
#include "ui/security/AccountActions.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::hierarchy;

namespace {

QString rootNameIn(const QString& path)
{
    return HierarchyStore(*test::openSignedIn(path)).root()->name;
}

}  // namespace

TEST_CASE("New Database creates a file with the district at its root", "[ui][startup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("江北区.redgrid"));
    ui::NewDatabaseDialog dialog;
    dialog.setFirstAdministrator(test::testAdministrator());  // SecurityUiTests asks for one
    dialog.codeEdit()->setText(QStringLiteral("500105"));
    dialog.nameEdit()->setText(QStringLiteral("江北区"));
    dialog.locationEdit()->setText(dir.path(QStringLiteral("江北区")));  // the suffix is added

    SECTION("a new file")
    {
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        auto connection = dialog.takeConnection();
        REQUIRE(connection);
        CHECK(HierarchyStore(*connection).root()->code == QStringLiteral("500105"));
        CHECK_FALSE(dialog.recoveryKey().isEmpty());
        connection.reset();
        CHECK(rootNameIn(path) == QStringLiteral("江北区"));
    }
    SECTION("a wrong code is refused before an existing file is touched")
    {
        test::writeText(path, QStringLiteral("keep me"));
        dialog.codeEdit()->setText(QStringLiteral("5001"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.refusalLabel()->isHidden());
        CHECK_FALSE(dialog.refusalLabel()->text().isEmpty());
        CHECK(test::readBytes(path) == QByteArrayLiteral("keep me"));
        dialog.show();
        test::screenshot(&dialog, QStringLiteral("new-database-refused"));
    }
    SECTION("an existing file is replaced once the user confirms")
    {
        test::writeText(path, QStringLiteral("old"));
        QString question;
        test::onNextModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            REQUIRE(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        dialog.accept();
        CHECK(question.contains(QStringLiteral("already exists")));
        REQUIRE(dialog.result() == QDialog::Accepted);
        dialog.takeConnection().reset();
        CHECK(rootNameIn(path) == QStringLiteral("江北区"));
    }
}

TEST_CASE("A file that fails at start-up is explained, then the start dialog is offered", "[ui][startup]")
{
    test::TempDir dir;
    const QString bad = dir.path(QStringLiteral("坏文件.redgrid"));
    test::writeBytes(bad, QByteArray(4096, 'x'));
    ui::MainWindow window;
    ui::StartupOptions options;
    options.file = bad;
    ui::Startup startup(window, options);

    QString message;
    bool offeredStartDialog = false;
    test::onNextModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        message = box->text();
        test::onNextModal([&](QWidget* next) {
            auto* start = qobject_cast<ui::StartupDialog*>(next);
            REQUIRE(start);
            offeredStartDialog = start->demoButton()->isVisible() && start->openButton()->isVisible();
            test::screenshot(start, QStringLiteral("startup-dialog"));
            start->reject();  // Quit
        });
        box->accept();
    });
    CHECK_FALSE(startup.run());
    CHECK(message.contains(QStringLiteral("坏文件.redgrid")));
    CHECK(offeredStartDialog);
    CHECK_FALSE(window.hasDatabase());
    CHECK_FALSE(window.isVisible());
}

TEST_CASE(
    "Starting with --demo creates the demo database in the data folder and opens it", "[ui][startup][demo]")
{
    const QString demoPath = ui::DemoDatabase::defaultPath();
    // A -wal left by an earlier run that was killed would be replayed into the new file.
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(demoPath + QLatin1String(suffix));
    // As `redgrid --demo` runs unattended: the account from the environment, nothing asked.
    // A question or sign-in dialog would wait for ever: it is closed and counted instead.
    qputenv("REDGRID_USER", "demo");
    qputenv("REDGRID_PASSWORD", "Demo-2026-pass");
    QStringList asked;
    QTimer unexpected;
    QObject::connect(&unexpected, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && !qobject_cast<QProgressDialog*>(dialog) && dialog->isVisible()) {
            asked << QString::fromLatin1(dialog->metaObject()->className());
            dialog->done(QDialog::Rejected);
        }
    });
    unexpected.start(50);
    ui::MainWindow window;
    ui::StartupOptions options;
    options.demo = true;
    ui::Startup startup(window, options);
    const bool started = startup.run();
    unexpected.stop();
    qunsetenv("REDGRID_USER");
    qunsetenv("REDGRID_PASSWORD");
    CHECK(asked.isEmpty());
    REQUIRE(started);
    REQUIRE(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions")));
    // The status bar names the person (the demo's administrator) and the role.
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))
              ->text()
              .contains(QStringLiteral("Demo administrator")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))
              ->text()
              .contains(QStringLiteral("District administrator")));
    CHECK(window.databasePath() == demoPath);
    CHECK(window.isDemo());
    CHECK(window.findChild<QLabel*>(QStringLiteral("demoBanner"))->isVisible());
    const QModelIndex district
        = window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->model()->rootIndex();
    CHECK(
        window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->model()->rowCount(district)
        == 12);  // all streets of 江北区
    window.close();
    CHECK(ui::RecentFiles().lastFile() == demoPath);
    window.closeDatabase();
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(demoPath + QLatin1String(suffix));
}

TEST_CASE("Recent files keep the newest eight that still exist", "[ui][startup]")
{
    test::TempDir dir;
    ui::RecentFiles recent;
    recent.clear();
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths.append(dir.path(QStringLiteral("f%1.redgrid").arg(i)));
        test::writeText(paths.last(), QStringLiteral("x"));
        recent.add(paths.last());
    }
    QStringList files = recent.files();
    REQUIRE(files.size() == ui::RecentFiles::Max);
    CHECK(files.first().endsWith(QStringLiteral("f9.redgrid")));
    CHECK(recent.lastFile().endsWith(QStringLiteral("f9.redgrid")));
    QFile::remove(paths.at(8));
    files = recent.files();
    CHECK(files.size() == ui::RecentFiles::Max - 1);
    CHECK_FALSE(files.join(QLatin1Char('|')).contains(QStringLiteral("f8.redgrid")));
    recent.clear();
}

TEST_CASE(
    "Chinese is chosen on a Chinese system or with --lang, and loads Qt's own translation", "[ui][startup]")
{
    CHECK(ui::interfaceLocale(QStringLiteral("en")).language() == QLocale::English);
    CHECK(ui::interfaceLocale(QStringLiteral("zh_CN")).language() == QLocale::Chinese);
    CHECK(ui::interfaceLocale(QStringLiteral("zh_CN")).territory() == QLocale::China);

    const QLocale before;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    redgrid::installTranslations(*app, QLocale(QLocale::English));
    CHECK(app->findChildren<QTranslator*>().isEmpty());
    redgrid::installTranslations(*app, ui::interfaceLocale(QStringLiteral("zh_CN")));
    CHECK(QLocale().language() == QLocale::Chinese);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
    qDeleteAll(app->findChildren<QTranslator*>());  // removes them again
    QLocale::setDefault(before);
}

TEST_CASE("Once the window is painted, the ready line gives time and memory", "[ui][startup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ready.redgrid"));
    test::createSmallDemo(path);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    bool ready = false;
    new ui::ReadyProbe(
        window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->treeView()->viewport(),
        [&] { ready = true; });
    CHECK_FALSE(ready);
    window.show();
    CHECK(test::waitUntil([&] { return ready; }));
    const QString line = redgrid::ProcessStats::readyLine();
    CHECK(QRegularExpression(QStringLiteral("^ready \\d+ ms, peak \\d+\\.\\d MiB$")).match(line).hasMatch());
    CHECK(redgrid::ProcessStats::peakResidentMiB() > 1.0);
}

TEST_CASE("About names the versions of RedGrid, Qt and SQLite", "[ui][startup]")
{
    ui::AboutDialog about;
    const QString versions = ui::AboutDialog::versionText();
    CHECK(versions.contains(QStringLiteral(REDGRID_VERSION)));
    CHECK(versions.contains(QString::fromLatin1(qVersion())));
    CHECK(versions.contains(QStringLiteral("SQLite 3.")));
    about.show();
    test::screenshot(&about, QStringLiteral("about"));
}
