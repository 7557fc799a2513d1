// The window as a 社区书记 and a district administrator see it: what lies outside the
// account's area is shown read-only, figures are the area's, and the roster says whose
// members it lists and starts from all of them (issue 21, sections 1 and 5).
#include "UiTestSupport.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/MemberStore.h"
#include "support/AreaDemo.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/NodeDetailsPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/organisation/OrgChecksView.h"
#include "ui/organisation/OrgComboBox.h"
#include "ui/organisation/OrgDialog.h"
#include "ui/organisation/OrganisationWidget.h"
#include "ui/roster/MemberImportDialog.h"
#include "ui/roster/RosterFilterBar.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/RosterWidget.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;
using ui::RosterModel;

namespace {

ui::Credentials secretary()
{
    return { QStringLiteral("secretary"), test::AreaDemo::AccountPassword };
}

// The roster's scope as it reads beside the search box.
QToolButton* scopeButton(ui::RosterWidget& roster)
{
    for (QToolButton* button : roster.filterBar()->findChildren<QToolButton*>())
        if (button->text().startsWith(QStringLiteral("Scope:")))
            return button;
    return nullptr;
}

// The branches the demo set up (not committees, not groups), of the organisations `orgs`.
QList<organisation::PartyOrg> branchesAmong(storage::Connection& db, const QSet<RecordId>& orgs)
{
    QList<organisation::PartyOrg> result;
    for (const organisation::PartyOrg& org : organisation::OrgStore(db).all())
        if (orgs.contains(org.id) && organisation::isBranch(org.kind))
            result.append(org);
    return result;
}

}  // namespace

TEST_CASE(
    "A community secretary's hierarchy offers changes inside their area only", "[gui][scope][hierarchy]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const qint64 households = hierarchy::HierarchyStore(*d.admin).householdsBelow(d.community.id);
    const qint64 districtHouseholds = hierarchy::HierarchyStore(*d.admin).householdsBelow(d.district.id);
    REQUIRE(households < districtHouseholds);
    d.admin.reset();

    ui::MainWindow window;
    REQUIRE(window.openDatabase(d.path, secretary()).ok());
    window.resize(1280, 800);
    window.show();
    ui::HierarchyWidget& tree = *window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"));
    ui::NodeDetailsPanel& details = *tree.detailsPanel();
    const auto offers = [&](bool add, bool rename, bool move, bool remove) {
        CHECK(tree.addChildAction()->isEnabled() == add);
        CHECK(tree.renameAction()->isEnabled() == rename);
        CHECK(tree.moveAction()->isEnabled() == move);
        CHECK(tree.deleteAction()->isEnabled() == remove);
    };

    // The district and the street above the area: shown, nothing offered, nothing editable,
    // and the figures are those of the area.
    for (const hierarchy::HierarchyNode& above : { d.district, d.street }) {
        INFO(above.name.toStdString());
        REQUIRE(tree.revealNode(above.id));
        offers(false, false, false, false);
        CHECK(details.nameEdit()->isReadOnly());
        CHECK(details.codeEdit()->isReadOnly());
        CHECK_FALSE(details.kindBox()->isEnabled());
        CHECK_FALSE(details.saveButton()->isVisible());
        details.nameEdit()->setText(QStringLiteral("改名"));
        CHECK_FALSE(details.hasChanges());
        REQUIRE(
            test::waitUntil([&] { return !details.householdsTotalLabel()->text().endsWith(QChar(0x2026)); }));
        CHECK(details.householdsTotalLabel()->text() == QLocale().toString(households));
    }
    test::screenshot(&window, QStringLiteral("secretary-district"));

    // Their community: add, rename and delete as core allows; a move would need a street of
    // their area to move it to, which they have not.
    REQUIRE(tree.revealNode(d.community.id));
    offers(true, true, false, true);
    CHECK_FALSE(details.nameEdit()->isReadOnly());
    CHECK(details.saveButton()->isVisible());
    // A grid of it moves to another community of their area (there is none, but the action is
    // theirs), and its fields are theirs to change.
    REQUIRE(tree.revealNode(d.grid.id));
    offers(true, true, true, true);
    details.nameEdit()->setText(d.grid.name + QStringLiteral("甲"));
    CHECK(details.hasChanges());
    details.save();
    CHECK(details.refusalLabel()->text().isEmpty());
    CHECK(tree.currentNode()->name == d.grid.name + QStringLiteral("甲"));
    test::screenshot(&window, QStringLiteral("secretary-grid"));

    // The status bar counts the area's nodes.
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusCounts"))->text().startsWith(QStringLiteral("1 ")));
}

TEST_CASE("A community secretary's checks hold their community's findings", "[gui][scope][organisation]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const QStringList expected = d.findingsIn(d.community);
    const QStringList everything = d.findingsIn(d.district);
    REQUIRE_FALSE(expected.isEmpty());
    d.admin.reset();

    ui::MainWindow window;
    REQUIRE(window.openDatabase(d.path, secretary()).ok());
    window.resize(1280, 800);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView")));
    window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))->refresh(test::AreaDemo::Today);
    QStringList shown;
    for (QTreeWidget* list :
        { window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))->findingsList(),
            window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))->coverageList() })
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            shown.append(list->topLevelItem(row)->text(1));
    QStringList expectedCodes;
    for (const QString& finding : expected)
        expectedCodes.append(finding.section(QLatin1Char(' '), 1));
    shown.sort();
    expectedCodes.sort();
    CHECK(shown == expectedCodes);
    CHECK(shown.size() < everything.size());
    CHECK(shown.contains(d.grid.code));
    test::screenshot(&window, QStringLiteral("secretary-checks"));
}

TEST_CASE("A community secretary edits the top organisation of their area, and adds only below it",
    "[gui][scope][organisation]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const organisation::PartyOrg committee
        = organisation::OrgStore(*d.admin).coveringNode(d.community.id).front();
    const RecordId streetCommittee = committee.parentId;
    REQUIRE_FALSE(streetCommittee.isNull());
    d.admin.reset();

    ui::MainWindow window;
    REQUIRE(window.openDatabase(d.path, secretary()).ok());
    window.resize(1280, 800);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    ui::OrganisationWidget& orgs
        = *window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget"));
    // Nothing selected: a new organisation would be a top-level one, which is not theirs to add.
    orgs.clearSelection();
    CHECK_FALSE(orgs.addAction()->isEnabled());
    REQUIRE(orgs.selectOrg(committee.id));
    CHECK(orgs.addAction()->isEnabled());

    // Its parent, the street's committee, lies outside the area: it stays as it is, and the
    // dialog saves what was changed.
    bool saved = false;
    test::onNextModalOf<ui::OrgDialog>([&](ui::OrgDialog* dialog) {
        REQUIRE(dialog);
        CHECK_FALSE(dialog->parentBox()->isEnabled());
        CHECK(dialog->parentBox()->findData(QString()) < 0);  // no "(top level)"
        dialog->phoneEdit()->setText(QStringLiteral("023-67890000"));
        test::screenshot(dialog, QStringLiteral("secretary-edit-committee"));
        dialog->accept();
        saved = dialog->result() == QDialog::Accepted;
        if (dialog->isVisible())
            dialog->reject();
    });
    orgs.editCurrent();
    CHECK(saved);
    auto db = test::openSignedIn(d.path);
    const auto after = organisation::OrgStore(*db).org(committee.id);
    REQUIRE(after);
    CHECK(after->phone == QStringLiteral("023-67890000"));
    CHECK(after->parentId == streetCommittee);
}

TEST_CASE("The roster starts from the whole area and says whose members it lists", "[gui][scope][roster]")
{
    test::AreaDemo d;
    const qint64 all = roster::MemberStore(*d.admin).count(roster::MemberStatus::Active);
    const QList<organisation::PartyOrg> branches = branchesAmong(*d.admin, d.orgsOf(d.community));
    REQUIRE_FALSE(branches.isEmpty());
    const organisation::PartyOrg branch = branches.front();
    d.admin.reset();

    ui::MainWindow window;
    REQUIRE(window.openDatabase(d.path, test::adminCredentials()).ok());
    window.resize(1400, 860);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    ui::OrganisationWidget& orgs
        = *window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget"));
    ui::RosterWidget& roster = *window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"));
    // The organisation tree taking the focus (as showing the tab or closing a dialog gives it)
    // does not narrow the roster to its first organisation.
    orgs.treeView()->setFocus(Qt::TabFocusReason);
    test::processEventsFor(50);
    CHECK(roster.organisation().isNull());
    CHECK(orgs.currentOrgId().isNull());
    CHECK(roster.model()->rowCount() == all);
    // Beside the search: whose members these are.
    QToolButton* scope = scopeButton(roster);
    REQUIRE(scope);
    CHECK(scope->text() == QStringLiteral("Scope: all organisations \u25BE"));
    CHECK(scope->isVisible());
    CHECK(std::abs(scope->mapTo(&window, QPoint()).y()
              - roster.filterBar()->searchEdit()->mapTo(&window, QPoint()).y())
        < scope->height());

    // One branch chosen: the scope says so, and widening it from its menu lists everyone again.
    REQUIRE(orgs.selectOrg(branch.id));
    CHECK(roster.organisation() == branch.id);
    CHECK(scope->toolTip().contains(branch.name));
    CHECK(scope->text().contains(branch.shortName.isEmpty() ? branch.name : branch.shortName));
    const qint64 inBranch = roster.model()->rowCount();
    CHECK(inBranch < all);
    test::screenshot(&window, QStringLiteral("roster-scope-branch"));
    REQUIRE(scope->menu());
    emit scope->menu()->aboutToShow();
    const QList<QAction*> choices = scope->menu()->actions();
    REQUIRE(choices.size() >= 3);  // the whole area, a separator, the branch's organisations
    CHECK(choices.constLast()->isChecked());
    choices.constFirst()->trigger();
    CHECK(roster.organisation().isNull());
    CHECK(orgs.currentOrgId().isNull());
    CHECK(roster.model()->rowCount() == all);
    CHECK(scope->text() == QStringLiteral("Scope: all organisations \u25BE"));
    // The organisation above the branch, from the same menu: the tree follows.
    REQUIRE(orgs.selectOrg(branch.id));
    emit scope->menu()->aboutToShow();
    const QList<QAction*> wider = scope->menu()->actions();
    wider.at(wider.size() - 2)->trigger();
    CHECK(roster.organisation() == branch.parentId);
    CHECK(orgs.currentOrgId() == branch.parentId);
    CHECK(roster.model()->rowCount() >= inBranch);

    // Keyboard: Tab goes from the scope to the search box.
    scope->setFocus(Qt::TabFocusReason);
    QWidget* next = scope->nextInFocusChain();
    while (next && next->focusPolicy() == Qt::NoFocus)
        next = next->nextInFocusChain();
    CHECK((next == roster.showAllButton() || next == roster.filterBar()->searchEdit()));
}

TEST_CASE("After an import the roster shows the members just imported", "[gui][scope][roster]")
{
    test::AreaDemo d;
    const QList<organisation::PartyOrg> here = branchesAmong(*d.admin, d.orgsOf(d.community));
    const QList<organisation::PartyOrg> there = branchesAmong(*d.admin, d.orgsOf(d.street));
    organisation::PartyOrg elsewhere;
    for (const organisation::PartyOrg& org : there)
        if (!d.orgsOf(d.community).contains(org.id))
            elsewhere = org;
    REQUIRE_FALSE(here.isEmpty());
    REQUIRE_FALSE(elsewhere.id.isNull());
    d.admin.reset();

    const QString idNumber = test::makeIdNumber(QDate(1986, 4, 9), 917);
    const QString csv = d.dir.path(QStringLiteral("new.csv"));
    test::writeText(csv,
        QStringLiteral("序号,姓名,所在党支部,公民身份证号,性别,民族,出生日期,学历,人员类别,加入党组织日期,"
                       "转为正式党员日期\n"
                       "1,孙新,%1,%2,男,汉族,1986-04-09,大学本科毕业,正式党员,2010-07-01,2011-07-01\n")
            .arg(elsewhere.code, idNumber));

    ui::MainWindow window;
    REQUIRE(window.openDatabase(d.path, test::adminCredentials()).ok());
    window.resize(1400, 860);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    ui::OrganisationWidget& orgs
        = *window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget"));
    ui::RosterWidget& roster = *window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"));
    ui::RosterFilterBar& filters = *roster.filterBar();
    // One branch of the community, its probationary members, a search: the new member is
    // none of them.
    REQUIRE(orgs.selectOrg(here.front().id));
    filters.categoryBox()->setCurrentIndex(filters.categoryBox()->findData(QStringLiteral("2")));
    filters.searchEdit()->setText(QStringLiteral("zh"));
    filters.searchNow();

    QAction* importAction = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == QStringLiteral("&Import Members…"))
            importAction = action;
    REQUIRE(importAction);
    bool imported = false;
    test::chooseFileInNextDialog(csv);
    test::onNextModalOf<ui::MemberImportDialog>([&](ui::MemberImportDialog* dialog) {
        REQUIRE(dialog);
        test::onNextModalOf<QMessageBox>([](QMessageBox* box) { box->accept(); });
        imported = dialog->runImport();
        dialog->accept();
    });
    importAction->trigger();
    REQUIRE(imported);
    test::processEventsFor(50);

    // Everyone, no search and no filter: the new member is among the rows.
    CHECK(roster.organisation().isNull());
    CHECK(orgs.currentOrgId().isNull());
    CHECK(filters.searchEdit()->text().isEmpty());
    CHECK(filters.categoryBox()->currentIndex() == 0);
    test::screenshot(&window, QStringLiteral("roster-after-import"));
    filters.searchEdit()->setText(QStringLiteral("孙新"));
    filters.searchNow();
    REQUIRE(roster.model()->rowCount() == 1);
    CHECK(roster.model()->data(roster.model()->index(0, RosterModel::NameColumn)).toString()
        == QStringLiteral("孙新"));
}
