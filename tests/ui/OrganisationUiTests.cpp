// The organisations panel: the tree with member counts, the add/edit dialog with core's
// refusals, deleting, the checks and coverage lists, and the panel beside the roster in
// the main window.
#include "UiTestSupport.h"
#include "organisation/OrgChecks.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/MemberEditor.h"
#include "support/TestSupport.h"
#include "ui/common/CodeComboBox.h"
#include "ui/common/DateField.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/NodePickerDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/organisation/OrgChecksView.h"
#include "ui/organisation/OrgComboBox.h"
#include "ui/organisation/OrgDialog.h"
#include "ui/organisation/OrgTreeModel.h"
#include "ui/organisation/OrganisationWidget.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/MemberForm.h"
#include "ui/roster/RosterFilterBar.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/RosterWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using redgrid::organisation::OrgFinding;
using redgrid::organisation::OrgKind;
using redgrid::ui::OrgTreeModel;

namespace {

struct OrgFixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("orgs.redgrid"));
    test::RosterData data;
    storage::Connection& db;

    explicit OrgFixture(int bulk = 60)
        : data(test::buildRoster(path, bulk))
        , db(*data.h.db)
    {
    }
};

QList<QTreeWidgetItem*> itemsOf(QTreeWidget* list)
{
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        items << list->topLevelItem(i);
    return items;
}

// The line about `org` of this kind; it names the organisation by its short name.
QTreeWidgetItem* findingAbout(QTreeWidget* list, const organisation::PartyOrg& org, OrgFinding::Kind kind)
{
    for (QTreeWidgetItem* item : itemsOf(list))
        if (item->data(ui::OrgChecksView::SubjectColumn, ui::OrgChecksView::IdRole).toString()
                == org.id.toString()
            && item->data(ui::OrgChecksView::SubjectColumn, ui::OrgChecksView::KindRole).toInt()
                == static_cast<int>(kind)) {
            CHECK(item->text(ui::OrgChecksView::SubjectColumn) == org.shortName);
            CHECK(item->toolTip(ui::OrgChecksView::SubjectColumn) == org.name);
            return item;
        }
    return nullptr;
}

}  // namespace

TEST_CASE(
    "The organisation tree shows each organisation with the members of its subtree", "[gui][organisation]")
{
    OrgFixture f;
    ui::OrganisationWidget widget(f.db);
    OrgTreeModel& model = *widget.model();
    REQUIRE(model.rowCount() == 1);
    const QModelIndex committee = model.index(0, 0);
    CHECK(model.data(committee).toString() == QStringLiteral("嘉陵一村社区党委"));
    CHECK(model.data(committee, OrgTreeModel::FullNameRole).toString() == f.data.committee.name);
    CHECK(
        model.data(model.index(0, OrgTreeModel::KindColumn)).toString() == QStringLiteral("Party committee"));
    CHECK(widget.treeView()->isExpanded(committee));
    REQUIRE(model.rowCount(committee) == 2);
    const auto count = [&](const organisation::PartyOrg& org) {
        return model.data(model.indexOf(org.id, OrgTreeModel::MembersColumn)).toString();
    };
    CHECK(count(f.data.committee) == QString::number(f.data.activeCount()));
    CHECK(count(f.data.branchA) == QString::number(6 + f.data.bulk));
    CHECK(count(f.data.groupA1) == QString::number(2 + f.data.bulk / 3));
    CHECK(count(f.data.branchB) == QStringLiteral("3"));
    CHECK(model.memberCount(f.data.branchA.id, false) == 4 + f.data.bulk - f.data.bulk / 3);
    // The same as core counts them.
    organisation::OrgStore store(f.db);
    for (const organisation::PartyOrg& org : store.all())
        CHECK(model.memberCount(org.id, true) == store.memberCount(org.id, true));

    REQUIRE(widget.selectOrg(f.data.groupA1.id));
    CHECK(widget.treeView()->isExpanded(model.indexOf(f.data.branchA.id)));
    CHECK(widget.summaryLabel()->text().contains(QStringLiteral("第一支部第一党小组")));
    CHECK(widget.editAction()->isEnabled());
}

TEST_CASE("The organisation dialog adds a branch below the selected committee", "[gui][organisation]")
{
    OrgFixture f(0);
    ui::OrganisationWidget widget(f.db);
    widget.show();
    REQUIRE(widget.selectOrg(f.data.committee.id));
    int changed = 0;
    QObject::connect(&widget, &ui::OrganisationWidget::organisationsChanged, [&] { ++changed; });

    test::onNextModalOf<ui::OrgDialog>([&](ui::OrgDialog* dialog) {
        CHECK(dialog->parentBox()->orgId() == f.data.committee.id);
        CHECK(dialog->kindBox()->currentText() == QStringLiteral("Party branch"));
        CHECK(dialog->kindBox()->findText(QStringLiteral("Party group")) < 0);  // not in a committee
        CHECK(dialog->codeEdit()->placeholderText() == f.data.committee.code + QStringLiteral(".03"));
        CHECK_FALSE(dialog->secretaryBox()->isEnabled());
        // Nothing but the name: refused, and said so.
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->refusalLabel()->text().contains(QStringLiteral("the full name is empty")));

        dialog->nameEdit()->setText(QStringLiteral("中共重庆市江北区华新街街道嘉陵一村社区第三支部委员会"));
        dialog->shortNameEdit()->setText(QStringLiteral("第三支部"));
        dialog->categoryBox()->setCode(QStringLiteral("7"));
        dialog->unitBox()->setCode(QStringLiteral("1"));
        dialog->foundedField()->setText(QStringLiteral("2019.7.1"));
        dialog->phoneEdit()->setText(QStringLiteral("023-67891234"));
        // A term that ends before it starts: core's rule, shown in the dialog.
        dialog->termStartField()->setText(QStringLiteral("2024-05-01"));
        dialog->termEndField()->setText(QStringLiteral("2021-05-01"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->refusalLabel()->text().contains(QStringLiteral("before it starts")));
        test::screenshot(dialog, QStringLiteral("org-dialog-refused"));
        dialog->termEndField()->setText(QStringLiteral("2027-04-30"));
        dialog->committeeBox()->setChecked(true);
        CHECK(dialog->addNode(f.data.h.gridA2.id));
        REQUIRE(dialog->nodeList()->count() == 1);
        CHECK(dialog->nodeList()->item(0)->text().contains(QStringLiteral("嘉陵一村社区 › 第二网格")));
        dialog->accept();
    });
    widget.addAction()->trigger();

    const auto added = organisation::OrgStore(f.db).find(QStringLiteral("第三支部"));
    REQUIRE(added.ok());
    CHECK(added->parentId == f.data.committee.id);
    CHECK(added->kind == OrgKind::Branch);
    CHECK(added->code == f.data.committee.code + QStringLiteral(".03"));
    CHECK(added->category == QStringLiteral("7"));
    CHECK(added->foundedOn == QDate(2019, 7, 1));
    CHECK(added->termEnd == QDate(2027, 4, 30));
    CHECK(added->hasCommittee);
    CHECK(added->nodeIds == QList<RecordId> { f.data.h.gridA2.id });
    CHECK(widget.currentOrgId() == added->id);
    CHECK(changed == 1);
    CHECK(widget.model()->rowCount(widget.model()->indexOf(f.data.committee.id)) == 3);
}

TEST_CASE("Editing an organisation offers its members as secretary and saves the term", "[gui][organisation]")
{
    OrgFixture f(0);
    ui::OrgDialog dialog(f.db, *organisation::OrgStore(f.db).org(f.data.branchB.id), nullptr);
    CHECK(dialog.nameEdit()->text() == f.data.branchB.name);
    // (none) and the 3 members of branch B, in pinyin order.
    REQUIRE(dialog.secretaryBox()->count() == 4);
    CHECK(dialog.secretaryBox()->itemText(1) == QStringLiteral("刘洋"));
    CHECK(dialog.secretaryBox()->itemText(2) == QStringLiteral("王芳"));
    CHECK(dialog.secretaryBox()->itemText(3) == QStringLiteral("张伟"));
    dialog.secretaryBox()->setCurrentIndex(2);
    dialog.contactBox()->setCurrentIndex(3);
    dialog.termStartField()->setText(QStringLiteral("2024-01-15"));
    dialog.termEndField()->setDate(QDate::currentDate().addMonths(1));
    // A group sits inside a branch: below a committee it is not offered.
    CHECK(dialog.kindBox()->findText(QStringLiteral("Party group")) < 0);
    CHECK(dialog.kindBox()->currentText() == QStringLiteral("Party branch"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto saved = organisation::OrgStore(f.db).org(f.data.branchB.id);
    CHECK(saved->secretaryId == f.data.named.value(QStringLiteral("王芳")).id);
    CHECK(saved->contactId == f.data.named.value(QStringLiteral("张伟")).id);
    CHECK(saved->termStart == QDate(2024, 1, 15));
}

TEST_CASE(
    "Editing from the panel keeps the covered areas and lists members below as theirs", "[gui][organisation]")
{
    OrgFixture f(0);
    ui::OrganisationWidget widget(f.db);
    widget.show();
    REQUIRE(widget.selectOrg(f.data.branchA.id));
    test::onNextModalOf<ui::OrgDialog>([&](ui::OrgDialog* dialog) {
        REQUIRE(dialog->nodeList()->count() == 1);
        CHECK(dialog->nodeList()->item(0)->text().contains(QStringLiteral("第一网格")));
        // Members of the group below say so.
        CHECK(dialog->secretaryBox()->findText(QStringLiteral("蔡文 — 第一党小组")) > 0);
        CHECK(dialog->secretaryBox()->findText(QStringLiteral("张三")) > 0);
        dialog->phoneEdit()->setText(QStringLiteral("023-67712345"));
        dialog->accept();
    });
    widget.editAction()->trigger();
    const auto saved = organisation::OrgStore(f.db).org(f.data.branchA.id);
    CHECK(saved->phone == QStringLiteral("023-67712345"));
    CHECK(saved->nodeIds == QList<RecordId> { f.data.h.gridA1.id });
}

TEST_CASE("Deleting an organisation that holds members is refused with the reason", "[gui][organisation]")
{
    OrgFixture f(0);
    ui::OrganisationWidget widget(f.db);
    widget.show();
    REQUIRE(widget.selectOrg(f.data.branchB.id));
    test::onNextModalOf<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    QString warning;
    test::onNextModal(
        [&](QWidget* modal) {
            warning = static_cast<QMessageBox*>(modal)->text();
            static_cast<QMessageBox*>(modal)->accept();
        },
        [](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            return box && box->windowTitle() == QStringLiteral("Not Deleted");
        });
    widget.deleteAction()->trigger();
    CHECK(warning.contains(QStringLiteral("3 member record(s)")));
    CHECK(organisation::OrgStore(f.db).org(f.data.branchB.id).has_value());

    // Empty, it goes; the selection moves to its parent.
    const QList<RecordId> ids { f.data.named.value(QStringLiteral("张伟")).id,
        f.data.named.value(QStringLiteral("王芳")).id, f.data.named.value(QStringLiteral("刘洋")).id };
    REQUIRE(roster::MemberEditor(f.db).moveTo(ids, f.data.branchA.id).ok());
    widget.reload();
    test::onNextModalOf<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    widget.deleteAction()->trigger();
    CHECK_FALSE(organisation::OrgStore(f.db).org(f.data.branchB.id).has_value());
    CHECK(widget.currentOrgId() == f.data.committee.id);
    CHECK_FALSE(widget.model()->indexOf(f.data.branchB.id).isValid());
}

TEST_CASE("The checks list a branch with too few full members; a double-click shows it",
    "[gui][organisation][checks]")
{
    OrgFixture f(60);
    organisation::PartyOrg branchA = *organisation::OrgStore(f.db).org(f.data.branchA.id);
    branchA.termStart = QDate::currentDate().addYears(-3);
    branchA.termEnd = QDate::currentDate().addMonths(1);
    REQUIRE(organisation::OrgEditor(f.db).update(branchA).ok());

    ui::OrgChecksView view(f.db);
    view.resize(900, 500);
    view.show();  // runs the checks
    QTreeWidget* findings = view.findingsList();
    QTreeWidgetItem* few = findingAbout(findings, f.data.branchB, OrgFinding::Kind::TooFewFullMembers);
    REQUIRE(few);
    CHECK(few->text(ui::OrgChecksView::MessageColumn).contains(QStringLiteral("2 full member(s)")));
    CHECK(few->text(ui::OrgChecksView::CodeColumn) == f.data.branchB.code);
    // Branch A: 66 members, over 50, no committee, term ending in a month.
    CHECK(findingAbout(findings, f.data.branchA, OrgFinding::Kind::TooManyMembers));
    CHECK(findingAbout(findings, f.data.branchA, OrgFinding::Kind::CommitteeMissing));
    CHECK(findingAbout(findings, f.data.branchA, OrgFinding::Kind::TermEndingVerySoon));
    CHECK_FALSE(findingAbout(findings, f.data.branchA, OrgFinding::Kind::TooFewFullMembers));
    CHECK(findings->topLevelItemCount()
        == organisation::OrgChecks(f.db).branchSizes().size()
            + organisation::OrgChecks(f.db).terms(QDate::currentDate()).size());
    CHECK(view.pages()->tabText(0) == QStringLiteral("Checks (%1)").arg(findings->topLevelItemCount()));

    // Coverage: branch A covers 第一网格; the other grids are listed.
    QStringList grids;
    for (QTreeWidgetItem* item : itemsOf(view.coverageList()))
        grids << item->data(ui::OrgChecksView::SubjectColumn, ui::OrgChecksView::IdRole).toString();
    CHECK_FALSE(grids.contains(f.data.h.gridA1.id.toString()));
    CHECK(grids.contains(f.data.h.gridA2.id.toString()));
    CHECK(grids.contains(f.data.h.bigGrid.id.toString()));
    test::screenshot(&view, QStringLiteral("org-checks"));

    QList<RecordId> orgsChosen, gridsChosen;
    QObject::connect(&view, &ui::OrgChecksView::orgChosen, [&](const RecordId& id) { orgsChosen << id; });
    QObject::connect(&view, &ui::OrgChecksView::gridChosen, [&](const RecordId& id) { gridsChosen << id; });
    emit findings->itemActivated(few, 0);
    CHECK(orgsChosen == QList<RecordId> { f.data.branchB.id });
    CHECK(gridsChosen.isEmpty());
    QTreeWidgetItem* uncovered = view.coverageList()->topLevelItem(0);
    emit view.coverageList()->itemActivated(uncovered, 0);
    REQUIRE(gridsChosen.size() == 1);
    CHECK(gridsChosen.constFirst().toString()
        == uncovered->data(ui::OrgChecksView::SubjectColumn, ui::OrgChecksView::IdRole).toString());

    // Covering the big grid takes it off the list once checked again.
    organisation::PartyOrg branchB = *organisation::OrgStore(f.db).org(f.data.branchB.id);
    branchB.nodeIds = { f.data.h.bigGrid.id };
    REQUIRE(organisation::OrgEditor(f.db).update(branchB).ok());
    view.refresh();
    grids.clear();
    for (QTreeWidgetItem* item : itemsOf(view.coverageList()))
        grids << item->data(ui::OrgChecksView::SubjectColumn, ui::OrgChecksView::IdRole).toString();
    CHECK_FALSE(grids.contains(f.data.h.bigGrid.id.toString()));
}

TEST_CASE("In the window the organisations panel narrows the roster; a finding shows its organisation",
    "[gui][organisation][window]")
{
    OrgFixture f(120);
    f.data.h.db.reset();  // the window opens the file itself
    ui::MainWindow window;
    REQUIRE(window.openDatabase(f.path, test::adminCredentials()).ok());
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("featureTabs")));
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->currentWidget()
        == window.findChild<ui::HierarchyWidget*>(
            QStringLiteral("hierarchyWidget")));  // start-up shows the hierarchy
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    ui::OrganisationWidget& orgs
        = *window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget"));
    ui::RosterWidget& roster = *window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"));
    CHECK(roster.model()->rowCount() == f.data.activeCount());

    REQUIRE(orgs.selectOrg(f.data.branchB.id));
    CHECK(roster.organisation() == f.data.branchB.id);
    CHECK(roster.model()->rowCount() == 3);
    CHECK(roster.countLabel()->text() == QStringLiteral("3 members"));
    REQUIRE(orgs.selectOrg(f.data.branchA.id));
    CHECK(roster.model()->rowCount() == 6 + 120);
    test::screenshot(&window, QStringLiteral("window-members"));
    // "Show All" beside the organisation's name lists everyone and clears the tree's choice.
    REQUIRE(roster.showAllButton()->isVisible());
    roster.showAllButton()->click();
    CHECK(roster.organisation().isNull());
    CHECK(orgs.currentOrgId().isNull());
    CHECK(roster.model()->rowCount() == f.data.activeCount());
    CHECK_FALSE(roster.showAllButton()->isVisible());
    REQUIRE(orgs.selectOrg(f.data.branchA.id));

    // A move in the roster updates the counts in the tree (李四 is probationary: branch B
    // keeps too few full members).
    REQUIRE(roster.moveMembers({ f.data.named.value(QStringLiteral("李四")).id }, f.data.branchB.id));
    CHECK(orgs.model()->memberCount(f.data.branchB.id, true) == 4);
    CHECK(roster.model()->rowCount() == 6 + 120 - 1);

    // The checks tab; double-clicking branch B's finding brings it up in the members tab.
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView")));
    QTreeWidgetItem* few
        = findingAbout(window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))->findingsList(),
            f.data.branchB, OrgFinding::Kind::TooFewFullMembers);
    REQUIRE(few);
    test::screenshot(&window, QStringLiteral("window-checks"));
    emit window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))
        ->findingsList()
        ->itemActivated(few, 0);
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->currentWidget()
        == window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    CHECK(orgs.currentOrgId() == f.data.branchB.id);

    // A grid without a branch: the hierarchy tab, with the grid selected.
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView")));
    QTreeWidgetItem* grid
        = window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))->coverageList()->topLevelItem(0);
    REQUIRE(grid);
    emit window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))
        ->coverageList()
        ->itemActivated(grid, 0);
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->currentWidget()
        == window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
    const auto node
        = window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->currentNode();
    REQUIRE(node);
    CHECK(node->id.toString()
        == grid->data(ui::OrgChecksView::SubjectColumn, ui::OrgChecksView::IdRole).toString());

    // Opening the file again replaces the widgets; the menus hold the new ones, no more.
    const auto menuEntries = [&] {
        QStringList entries;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* action : menu->menu()->actions())
                    entries << action->text();
        return entries;
    };
    const QStringList before = menuEntries();
    CHECK(before.contains(QStringLiteral("&Add Organisation…")));
    CHECK(before.contains(QStringLiteral("&Move to Organisation…")));
    REQUIRE(window.openDatabase(f.path, test::adminCredentials()).ok());
    CHECK(menuEntries().size() == before.size());  // (texts follow the selected node)
}

// Pictures of the members tab, the checks and the dialogs over a real database, e.g. the
// demo: REDGRID_SCREENSHOT_DB=…/demo.redgrid REDGRID_TEST_SCREENSHOTS=/tmp/shots.
TEST_CASE("Screenshots of the organisations and the roster over a given database", "[.][gui][screenshots]")
{
    const QString path = qEnvironmentVariable("REDGRID_SCREENSHOT_DB");
    if (path.isEmpty()) {
        WARN("REDGRID_SCREENSHOT_DB is not set");
        return;
    }
    test::TempDir dir;
    const QString copy = dir.path(QStringLiteral("shown.redgrid"));
    REQUIRE(QFile::copy(path, copy));
    ui::MainWindow window;
    REQUIRE(window.openDatabase(copy, test::adminCredentials()).ok());
    window.resize(1400, 880);
    window.show();
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    ui::OrganisationWidget& orgs
        = *window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget"));
    test::screenshot(&window, QStringLiteral("demo-members-all"));
    // The first branch with members.
    for (const organisation::PartyOrg* org : orgs.model()->inTreeOrder())
        if (organisation::isBranch(org->kind) && orgs.model()->memberCount(org->id, true) > 0) {
            orgs.selectOrg(org->id);
            break;
        }
    test::screenshot(&window, QStringLiteral("demo-members-branch"));
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))
        ->filterBar()
        ->searchEdit()
        ->setText(QStringLiteral("zhang"));
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->filterBar()->searchNow();
    test::screenshot(&window, QStringLiteral("demo-members-search"));
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->filterBar()->reset();
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView")));
    test::screenshot(&window, QStringLiteral("demo-checks"));
    window.findChild<ui::OrgChecksView*>(QStringLiteral("checksView"))->pages()->setCurrentIndex(1);
    test::screenshot(&window, QStringLiteral("demo-coverage"));

    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->tableView()->selectRow(0);
    test::onNextModal([](QWidget* dialog) {
        test::screenshot(dialog, QStringLiteral("demo-member-dialog"));
        auto* member = static_cast<ui::MemberDialog*>(dialog);
        QComboBox* jobPost = member->form()->jobPostBox();
        jobPost->showPopup();
        test::processEventsFor(100);
        test::screenshotScreen(QStringLiteral("demo-job-post-list"));
        jobPost->hidePopup();
        member->tabs()->setCurrentIndex(1);
        test::screenshot(dialog, QStringLiteral("demo-member-history"));
        member->reject();
    });
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->openCurrent();
    test::onNextModal([](QWidget* dialog) {
        test::screenshot(dialog, QStringLiteral("demo-org-dialog"));
        static_cast<QDialog*>(dialog)->reject();
    });
    orgs.editCurrent();
}
