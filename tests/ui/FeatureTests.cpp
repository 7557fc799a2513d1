// The main window is built from the features that ui/UiModules.cpp registers: a tab for each
// one the signed-in role may see, their menus, and staleness passed from one to the others.
// Widgets are found by their object names, as a test (or a newcomer) reaches them.
#include "UiTestSupport.h"
#include "security/Session.h"
#include "support/AreaDemo.h"
#include "support/TestSupport.h"
#include "ui/UiModules.h"
#include "ui/common/Feature.h"
#include "ui/common/RefusalLabel.h"
#include "ui/common/Translations.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/organisation/OrgChecksView.h"
#include "ui/organisation/OrganisationWidget.h"
#include "ui/roster/RosterWidget.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

namespace {

QStringList tabTitles(const ui::MainWindow& window)
{
    QStringList titles;
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("featureTabs")))
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
    return titles;
}

QStringList visibleMenus(ui::MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        if (action->menu() && action->isVisible())
            titles << action->text();
    return titles;
}

}  // namespace

TEST_CASE("The window shows the registered features the signed-in role may see", "[ui][features]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("gridworker"), Role::GridWorker, d.grid.id);
    d.addAccount(QStringLiteral("auditor"), Role::Auditor, d.district.id);
    d.admin.reset();

    struct Case
    {
        QString account;
        QStringList tabs, menus;
    };
    const QString file = QStringLiteral("&File"), account = QStringLiteral("&Account"),
                  help = QStringLiteral("&Help");
    const QList<Case> cases {
        { QStringLiteral("secretary"),
            { QStringLiteral("&Hierarchy"), QStringLiteral("Party &Members"),
                QStringLiteral("Organisation &Checks"), QStringLiteral("A&ssessment") },
            { file, QStringLiteral("&Hierarchy"), QStringLiteral("&Organisations"),
                QStringLiteral("&Members"), account, help } },
        { QStringLiteral("gridworker"), { QStringLiteral("&Hierarchy") },
            { file, QStringLiteral("&Hierarchy"), account, help } },
        { QStringLiteral("auditor"), { QStringLiteral("&Audit Log") }, { file, account, help } },
    };
    for (const Case& c : cases) {
        INFO(c.account.toStdString());
        ui::MainWindow window;
        REQUIRE(
            window.openDatabase(d.path, ui::Credentials { c.account, test::AreaDemo::AccountPassword }).ok());
        CHECK(tabTitles(window) == c.tabs);
        CHECK(visibleMenus(window) == c.menus);

        // The same as asking each registered feature whether the role sees it.
        auto db = d.signIn(c.account);
        QObject owner;
        QStringList shown;
        for (ui::Feature* feature : ui::createUiFeatures(&owner))
            if (feature->isShownTo(*security::Session::of(*db)))
                shown << feature->title();
        CHECK(shown == c.tabs);

        // Closed: no tabs, and every feature's menu back for the next file, open only where an
        // entry works without a database (Find).
        window.closeDatabase();
        CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs")) == nullptr);
        CHECK(visibleMenus(window).size() == 6);
        QStringList enabled;
        for (QAction* action : window.menuBar()->actions())
            if (action->menu() && action->isEnabled())
                enabled << action->text();
        CHECK(enabled == QStringList { file, QStringLiteral("&Hierarchy"), help });
    }
}

TEST_CASE("Widgets of the window are found by their names", "[ui][features]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("小.redgrid"));
    test::createSmallDemo(path);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    CHECK(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
    CHECK(window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget")));
    CHECK(window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget")));
    CHECK(window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView")));
    CHECK(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("demoBanner"))->isVisibleTo(&window));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))
              ->text()
              .contains(test::testAdministrator().username));
    CHECK(window.findChild<QAction*>(QStringLiteral("saveCopy"))->isEnabled());
    window.closeDatabase();
    CHECK_FALSE(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
    CHECK_FALSE(window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget")));
}

TEST_CASE("An edit in one feature marks the others stale through the window", "[ui][features]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("小.redgrid"));
    test::createSmallDemo(path);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("featureTabs"));
    auto* checks = window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"));
    REQUIRE(tabs);
    REQUIRE(checks);
    tabs->setCurrentWidget(checks);  // read when shown
    REQUIRE(test::waitUntil([&] { return !checks->isStale(); }));

    emit window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->hierarchyChanged();
    CHECK(checks->isStale());
    tabs->setCurrentIndex(0);
    tabs->setCurrentWidget(checks);
    REQUIRE(test::waitUntil([&] { return !checks->isStale(); }));
    emit window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->membersChanged();
    CHECK(checks->isStale());
}

TEST_CASE("Refusals are RefusalLabels: no hand-written red style sheet is left in ui/", "[ui][features]")
{
    ui::NewDatabaseDialog dialog;
    auto* refusal = qobject_cast<ui::RefusalLabel*>(dialog.refusalLabel());
    REQUIRE(refusal);
    CHECK(refusal->wordWrap());
    CHECK(refusal->styleSheet().contains(ui::RefusalLabel::colour(ui::RefusalLabel::Tone::Refusal)));

    QStringList handWritten;
    QDirIterator it(QStringLiteral(REDGRID_SOURCE_DIR "/ui"), { QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.endsWith(QStringLiteral("/RefusalLabel.cpp")))
            continue;
        if (test::readBytes(source).contains("#b00020"))
            handWritten << source;
    }
    CHECK(handWritten.join(QLatin1Char('\n')) == QString());
}

// Pictures of the window as the district administrator and as a 社区书记 see it:
// REDGRID_TEST_SCREENSHOTS=/tmp/shots redgrid_ui_tests "[screenshots][features]".
TEST_CASE("Screenshots of the window per role", "[.][gui][screenshots][features]")
{
    REQUIRE(ui::installInterfaceLanguage(
        *QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.admin.reset();
    for (const auto& [name, credentials] :
        { std::pair { QStringLiteral("window-admin"), test::adminCredentials() },
            std::pair { QStringLiteral("window-secretary"),
                ui::Credentials { QStringLiteral("secretary"), test::AreaDemo::AccountPassword } } }) {
        ui::MainWindow window;
        REQUIRE(window.openDatabase(d.path, credentials).ok());
        window.resize(1280, 800);
        window.show();
        test::processEventsFor(200);
        test::screenshot(&window, name);
        for (QAction* action : window.menuBar()->actions()) {
            if (!action->menu() || !action->isVisible())
                continue;
            action->menu()->popup(window.mapToGlobal(QPoint(0, 0)));
            test::processEventsFor(100);
            test::screenshot(action->menu(), name + QStringLiteral("-menu-") + action->menu()->objectName());
            action->menu()->close();
        }
    }
}

TEST_CASE("The main window names no feature: it knows them through ui/common/Feature.h", "[ui][features]")
{
    static const QRegularExpression featureInclude(
        QStringLiteral(R"(^\s*#\s*include\s*"ui/(hierarchy|organisation|roster|audit)/)"),
        QRegularExpression::MultilineOption);
    for (const char* file : { "MainWindow.h", "MainWindow.cpp", "MainWindowFileCommands.cpp" }) {
        INFO(file);
        const QString source = QString::fromUtf8(
            test::readBytes(QStringLiteral(REDGRID_SOURCE_DIR "/ui/mainwindow/") + QLatin1String(file)));
        REQUIRE_FALSE(source.isEmpty());
        CHECK_FALSE(featureInclude.match(source).hasMatch());
    }
}
