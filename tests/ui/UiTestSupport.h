#pragma once

#include "hierarchy/HierarchyNode.h"
#include "organisation/PartyOrg.h"
#include "roster/Member.h"
#include "security/Role.h"
#include "storage/Connection.h"
#include "ui/security/Credentials.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <string>

// Failed checks print QStrings as text.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

class QFileDialog;
class QTreeWidget;
class QTreeWidgetItem;

namespace redgrid::assessment {
struct AssessmentTemplate;
struct Indicator;
}  // namespace redgrid::assessment

namespace redgrid::ui {
class SheetsPage;
}

namespace redgrid::test {

struct AreaDemo;

// The child of `parent` whose objectName is `name`; the test stops if there is none.
template<class T>
T* namedChild(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// Runs the event loop until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000);

// Lets the event loop run for `ms` (debounce timers, queued signals).
void processEventsFor(int ms);

// The next modal window (dialog or message box) that opens, and that `accepts` takes if
// given, is handed to `act`, which must close it; used for the dialogs the window opens
// with exec().
void onNextModal(std::function<void(QWidget*)> act, std::function<bool(QWidget*)> accepts = {});

// The same for the next modal window of type T (a progress dialog before it is passed by).
template<class T>
void onNextModalOf(std::function<void(T*)> act)
{
    onNextModal([act = std::move(act)](QWidget* modal) { act(qobject_cast<T*>(modal)); },
        [](QWidget* modal) { return qobject_cast<T*>(modal) != nullptr; });
}

// Chooses `path` in an open Qt file dialog and accepts it, as typing it into the file name
// field does. (QFileDialog::selectFile leaves the field alone once it has the focus, which it
// has in every file dialog after the first of a test.)
void chooseInFileDialog(QFileDialog* dialog, const QString& path);
// The next Qt file dialog chooses `path` (chooseInFileDialog).
void chooseFileInNextDialog(const QString& path);

// Types `text` into the focused-or-not `widget` as key presses, then Enter if asked.
void typeText(QWidget* widget, const QString& text);
void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// The test administrator (support/TestSupport.h) as the window's sign-in takes them.
ui::Credentials adminCredentials();

// The small demo database (3 real streets of 江北区) created at `path`, with the test
// administrator.
void createSmallDemo(const QString& path);

// A hierarchy built through HierarchyEditor with names from the real division list:
// 江北区 > 华新街街道 (3 communities), 观音桥街道 (2 communities) > grids > buildings, and one
// grid, 大网格, with `manyBuildings` buildings to exercise batch loading.
struct BuiltHierarchy
{
    std::unique_ptr<storage::Connection> db;
    hierarchy::HierarchyNode district;
    hierarchy::HierarchyNode huaxinjie, guanyinqiao;  // streets
    hierarchy::HierarchyNode communityA, communityB, communityC;  // under 华新街
    hierarchy::HierarchyNode communityD;  // under 观音桥
    hierarchy::HierarchyNode gridA1, gridA2, bigGrid;  // bigGrid under communityD
    hierarchy::HierarchyNode lastBuilding;  // the last one in bigGrid
};
BuiltHierarchy buildHierarchy(const QString& path, int manyBuildings = 620);

// A valid 18-character ID number of 江北区 (500105) for the birth date; `sequence` (0-999)
// makes it unique, and its parity gives the sex (odd: male).
QString makeIdNumber(const QDate& birth, int sequence);
// A member as the 2017 form has them: full member since one year after joining at 25, or
// probationary (joined a few months ago). Sex follows the ID number.
roster::Member makeMember(
    const QString& name, const RecordId& orgId, const QDate& birth, int sequence, bool probationary = false);

// Party organisations and members on top of buildHierarchy (3 buildings in the big grid):
//   中共嘉陵一村社区委员会 (committee, top)
//     第一支部 (branch A, covers 第一网格): 张三 曾强 陈明, 李四 (probationary), and `bulk`
//       more members with common names, a third of them in its group, every seventh
//       probationary
//       第一党小组 (group A1): 蔡文 杨洋
//     第二支部 (branch B): 张伟 王芳, 刘洋 (probationary): too few full members
// The named members are added one by one (with their 'created' event), the bulk in one
// transaction. `named` finds a member by name.
struct RosterData
{
    BuiltHierarchy h;
    organisation::PartyOrg committee, branchA, branchB, groupA1;
    QHash<QString, roster::Member> named;
    int bulk = 0;
    int activeCount() const { return int(named.size()) + bulk; }
};
RosterData buildRoster(const QString& path, int bulk = 300);

// Runs one test case of this program in a process of its own, with `environment` on top of
// this one's (a screen of another size, fonts that resolve otherwise): its output, and
// whether it ran and passed.
struct ChildRun
{
    bool passed = false;
    QString output;
};
ChildRun runTestInChild(const QString& testName, const QHash<QString, QString>& environment);

// With REDGRID_TEST_SCREENSHOTS set to a folder, saves a picture of `widget` there.
void screenshot(QWidget* widget, const QString& name);
// The same for the whole screen, with popups and dialogs.
void screenshotScreen(const QString& name);

// The assessment's pages (tests/ui/Assessment*Tests.cpp) ----------------------------------

// An account of `role` for `area` added to the demo, and a connection signed in as it.
std::unique_ptr<storage::Connection> signInAs(
    AreaDemo& demo, const QString& account, security::Role role, const RecordId& area);

// The sheets page as the window shows it: a size that fits the sheet, shown, its list read.
void showSheetsPage(ui::SheetsPage& page);

// The row of the sheets page's overview (a community or a branch) named `name`, or null.
QTreeWidgetItem* overviewRow(QTreeWidget* overview, const QString& name);
// Opens the sheet of the target named `name`: its row chosen in the overview.
void openSheetOf(ui::SheetsPage& page, const QString& name);

// The first indicator of the template scored by hand (a regular one, not bonus or penalty).
const assessment::Indicator* firstManualIndicator(const assessment::AssessmentTemplate& table);
// The score sheet's row of the indicator `key` (not one of its deduction rules), or null.
QTreeWidgetItem* scoreSheetRow(QTreeWidget* tree, const QString& key);
// The row of the first indicator of `table` scored by hand, or null.
QTreeWidgetItem* firstManualRow(QTreeWidget* tree, const assessment::AssessmentTemplate& table);
// Types `text` into a cell of the tree as a user does: the editor opened, the text typed over
// what was there, Enter (which ends the entry and opens the next one).
void typeIntoCell(QTreeWidget* tree, QTreeWidgetItem* row, int column, const QString& text);

}  // namespace redgrid::test
