// A new database opens on the steps that set it up: import the division list, set up the
// organisations, import the roster, add accounts; each button does its step.
#include "UiTestSupport.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/MemberEditor.h"
#include "security/AccountStore.h"
#include "support/TestSupport.h"
#include "ui/hierarchy/DivisionImportDialog.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StartPage.h"
#include "ui/organisation/OrgDialog.h"
#include "ui/security/AccountsDialog.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using Step = ui::StartPage::Step;

TEST_CASE("A new database opens on the steps that set it up, and each button does its step", "[ui][start]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("江北区.redgrid"));
    test::createJiangbeiDatabase(path).reset();  // the district and nothing else, as File › New makes it
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();

    ui::StartPage* page = window.findChild<ui::StartPage*>(QStringLiteral("startPage"));
    REQUIRE(page);
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->currentWidget() == page);
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->indexOf(page) == 0);
    for (Step step : { Step::Divisions, Step::Organisations, Step::Roster, Step::Accounts }) {
        CHECK(page->isShown(step));
        CHECK_FALSE(page->isDone(step));
        CHECK(page->button(step)->isEnabled());
    }
    test::screenshot(&window, QStringLiteral("start-page-new"));

    // 1. The division list: the file, the preview, Import.
    test::chooseFileInNextDialog(test::fixture(QStringLiteral("divisions/jiangbei_500105.csv")));
    test::onNextModalOf<ui::DivisionImportDialog>([](ui::DivisionImportDialog* preview) {
        REQUIRE(preview);
        REQUIRE(preview->importButton());
        preview->importButton()->click();
    });
    page->button(Step::Divisions)->click();
    CHECK(page->isDone(Step::Divisions));
    CHECK(page->statusLabel(Step::Divisions)->text().contains(QStringLiteral("12 streets/towns")));
    CHECK_FALSE(page->isDone(Step::Organisations));

    // 2. The first organisation, in the organisation dialog.
    test::onNextModalOf<ui::OrgDialog>([](ui::OrgDialog* dialog) {
        REQUIRE(dialog);
        dialog->nameEdit()->setText(QStringLiteral("中共重庆市江北区华新街街道工作委员会"));
        dialog->shortNameEdit()->setText(QStringLiteral("华新街街道党工委"));
        dialog->accept();
        INFO(dialog->refusalLabel()->text().toStdString());
        CHECK_FALSE(dialog->isVisible());
        if (dialog->isVisible())
            dialog->reject();
    });
    page->button(Step::Organisations)->click();
    CHECK(page->isDone(Step::Organisations));
    CHECK(page->statusLabel(Step::Organisations)->text().contains(QStringLiteral("1")));

    // 3. The roster: the import asks for the office's file first.
    bool askedForRoster = false;
    test::onNextModalOf<QFileDialog>([&](QFileDialog* dialog) {
        REQUIRE(dialog);
        askedForRoster = dialog->nameFilters().join(QLatin1Char(' ')).contains(QStringLiteral("xlsx"));
        dialog->reject();
    });
    page->button(Step::Roster)->click();
    CHECK(askedForRoster);
    CHECK_FALSE(page->isDone(Step::Roster));

    // 4. The accounts dialog.
    bool accountsShown = false;
    test::onNextModalOf<ui::AccountsDialog>([&](ui::AccountsDialog* dialog) {
        accountsShown = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    page->button(Step::Accounts)->click();
    CHECK(accountsShown);
    CHECK_FALSE(page->isDone(Step::Accounts));  // the administrator's own account only

    // Done elsewhere (a roster imported from the Members menu, an account from the Account menu):
    // the page reads it again.
    {
        auto db = test::openSignedIn(path);
        const auto org = organisation::OrgStore(*db).all().constFirst();
        REQUIRE(roster::MemberEditor(*db)
                    .add(test::makeMember(QStringLiteral("张三"), org.id, QDate(1968, 3, 14), 101))
                    .ok());
        const auto street = hierarchy::HierarchyStore(*db).nodeByCode(QStringLiteral("500105001000"));
        REQUIRE(street);
        REQUIRE(security::AccountStore(*db)
                    .add({ QStringLiteral("zhang"), QStringLiteral("张主任"), security::Role::StreetAdmin,
                        street->id, QStringLiteral("Zhang-2026-pass") })
                    .ok());
    }
    page->refresh();
    CHECK(page->isDone(Step::Roster));
    CHECK(page->isDone(Step::Accounts));
    test::screenshot(&window, QStringLiteral("start-page-done"));
}

TEST_CASE("A database that is set up opens on its hierarchy, without the start page", "[ui][start]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.redgrid"));
    test::createSmallDemo(path);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    CHECK(window.findChild<ui::StartPage*>(QStringLiteral("startPage")) == nullptr);
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->currentWidget()
        == window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
}

TEST_CASE("The start page offers only the steps the account may do", "[ui][start]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    auto data = test::buildRoster(path, 0);
    // A community with no organisation and no members: its secretary sees the steps of the
    // role, the roster to do.
    REQUIRE(security::AccountStore(*data.h.db)
                .add({ QStringLiteral("shuji"), QStringLiteral("书记"), security::Role::CommunitySecretary,
                    data.h.communityC.id, QStringLiteral("Shuji-2026-pass") })
                .ok());
    data.h.db.reset();
    ui::MainWindow window;
    REQUIRE(window
                .openDatabase(
                    path, ui::Credentials { QStringLiteral("shuji"), QStringLiteral("Shuji-2026-pass") })
                .ok());
    ui::StartPage* page = window.findChild<ui::StartPage*>(QStringLiteral("startPage"));
    REQUIRE(page);
    CHECK_FALSE(page->isShown(Step::Divisions));  // the district's list: its administrators'
    CHECK_FALSE(page->isShown(Step::Accounts));
    CHECK(page->isShown(Step::Roster));
    CHECK_FALSE(page->isDone(Step::Roster));
}
