// The Catch2 runner for every RedGrid test program. It creates the Qt application
// object first, because translations, resources and QStandardPaths need one; GUI test
// programs (built with REDGRID_TEST_GUI) get a QApplication.
#define CATCH_CONFIG_RUNNER
#include "CoreModules.h"
#include "security/KeySlots.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#ifdef REDGRID_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
#ifdef REDGRID_TEST_GUI
    // GUI tests run on the offscreen platform unless told otherwise, also when CTest lists
    // them at build time (catch_discover_tests sets no environment).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Keep tests away from the user's real settings and data folders.
    QStandardPaths::setTestModeEnabled(true);
    // Tests create hundreds of databases: Argon2id at its interactive cost, not the standard
    // one (SecurityTests checks that programs use the standard cost).
    redgrid::security::KeySlots::setCostOfNewSlots(redgrid::security::KdfCost::quick());
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RedGrid-tests"));
    TestApplication::setApplicationName(QStringLiteral("RedGrid-tests"));
    redgrid::registerCoreModules();
#ifdef REDGRID_TEST_GUI
    // The GUI tests open and close hundreds of databases: a backup at every close is for the
    // tests of backups alone (BackupUiTests switch it on).
    QSettings().setValue(QStringLiteral("backup/automatic"), false);
#endif
    return Catch::Session().run(argc, argv);
}
