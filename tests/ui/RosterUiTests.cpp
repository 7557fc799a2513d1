// The roster: a lazy table over a real database, its order (pinyin, 姓氏笔画), filters,
// search, the member form with its validation and events, and the bulk move.
#include "UiTestSupport.h"
#include "common/ProcessStats.h"
#include "roster/Masking.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/common/CodeComboBox.h"
#include "ui/common/DateField.h"
#include "ui/organisation/OrgComboBox.h"
#include "ui/organisation/OrgPickerDialog.h"
#include "ui/organisation/OrgTreeModel.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/MemberEventDialog.h"
#include "ui/roster/MemberForm.h"
#include "ui/roster/RosterFilterBar.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/RosterScopeButton.h"
#include "ui/roster/RosterWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace redgrid;
using redgrid::roster::MemberField;
using redgrid::ui::RosterModel;

namespace {

struct RosterFixture
{
    test::TempDir dir;
    test::RosterData data;
    storage::Connection& db;

    explicit RosterFixture(int bulk = 300)
        : data(test::buildRoster(dir.path(QStringLiteral("roster.redgrid")), bulk))
        , db(*data.h.db)
    {
    }
    const roster::Member& named(const char16_t* name) const
    {
        return data.named.find(QString::fromUtf16(name)).value();
    }
};

// Every row's name, in the model's order (a few hundred rows: read them all).
QStringList namesInOrder(const RosterModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.data(model.index(row, RosterModel::NameColumn)).toString();
    return names;
}

// The rows whose name starts with `surname`: first and last.
std::pair<qsizetype, qsizetype> surnameRows(const QStringList& names, const char16_t* surname)
{
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names.at(i).startsWith(QString::fromUtf16(surname))) {
            if (first < 0)
                first = i;
            last = i;
        }
    return { first, last };
}

int rowOf(const RosterModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row, RosterModel::NameColumn)).toString() == name)
            return row;
    return -1;
}

}  // namespace

TEST_CASE("The roster model counts the active members and reads only what is looked at", "[gui][roster]")
{
    RosterFixture f(2500);
    RosterModel model(f.db);
    model.setFilter({});
    REQUIRE(model.rowCount() == f.data.activeCount());
    CHECK(model.totalCount() == roster::MemberStore(f.db).count());
    CHECK(model.rowIdsFetched() == 0);
    CHECK(model.membersRead() == 0);

    // The first row: one chunk of row ids, one page of members.
    CHECK_FALSE(model.data(model.index(0, RosterModel::NameColumn)).toString().isEmpty());
    CHECK(model.rowIdsFetched() == RosterModel::RowIdChunk);
    CHECK(model.rowIdsFetched() < model.rowCount());
    CHECK(model.membersRead() == RosterModel::PageSize);

    // The last row: the rest of the row ids, one more page.
    const int last = model.rowCount() - 1;
    CHECK_FALSE(model.data(model.index(last, RosterModel::NameColumn)).toString().isEmpty());
    CHECK(model.rowIdsFetched() == model.rowCount());
    CHECK(model.membersRead() == RosterModel::PageSize + model.rowCount() % RosterModel::PageSize);

    // Scrolling through everything keeps at most CachedPages pages.
    for (int row = 0; row < model.rowCount(); row += 50)
        CHECK_FALSE(model.data(model.index(row, RosterModel::NameColumn)).toString().isEmpty());
    CHECK(model.cachedPageCount() <= RosterModel::CachedPages);
    CHECK(model.cachedPageCount() == RosterModel::CachedPages);
}

TEST_CASE("A shown roster of thousands reads the visible rows only", "[gui][roster]")
{
    RosterFixture f(2500);
    ui::RosterWidget widget(f.db);
    widget.resize(1100, 600);
    widget.show();
    test::processEventsFor(100);
    RosterModel& model = *widget.model();
    CHECK(model.rowCount() == f.data.activeCount());
    CHECK(model.membersRead() == RosterModel::PageSize);
    CHECK(model.rowIdsFetched() < model.rowCount());
    CHECK(widget.countLabel()->text() == QStringLiteral("%1 members").arg(QLocale().toString(2509)));
    test::screenshot(&widget, QStringLiteral("roster-widget"));
}

TEST_CASE("The name column sorts by pinyin with 曾 read as a surname, or by surname strokes", "[gui][roster]")
{
    RosterFixture f;
    RosterModel model(f.db);
    model.setFilter({});
    REQUIRE(model.sortColumn() == RosterModel::NameColumn);
    QStringList names = namesInOrder(model);
    REQUIRE(names.size() == f.data.activeCount());

    // 曾 is zeng as a surname (not ceng): after yang, ye, yu, yuan and before zhang.
    const auto zeng = surnameRows(names, u"曾");
    REQUIRE(zeng.first >= 0);
    for (const char16_t* before : { u"蔡", u"曹", u"陈", u"程", u"杨", u"叶", u"于", u"余", u"袁" })
        CHECK(surnameRows(names, before).second < zeng.first);
    for (const char16_t* after : { u"张", u"赵", u"郑", u"周", u"朱" })
        CHECK(surnameRows(names, after).first > zeng.second);
    CHECK(names.indexOf(QStringLiteral("张三")) < names.indexOf(QStringLiteral("张伟")));

    // 姓氏笔画: 丁 (2 strokes) first, 曾 (12) before 蔡 (14) and 魏 (17).
    model.setNameOrder(RosterModel::NameOrder::Stroke);
    CHECK(model.currentOrder().key == roster::RosterSortKey::Stroke);
    names = namesInOrder(model);
    CHECK(names.constFirst().startsWith(QStringLiteral("丁")));
    CHECK(surnameRows(names, u"曾").second < surnameRows(names, u"蔡").first);
    CHECK(surnameRows(names, u"蔡").second < surnameRows(names, u"魏").first);
    CHECK(surnameRows(names, u"张").second < surnameRows(names, u"曾").first);

    // Descending reverses it.
    model.sort(RosterModel::NameColumn, Qt::DescendingOrder);
    CHECK(namesInOrder(model).constLast().startsWith(QStringLiteral("丁")));
}

TEST_CASE("Clicking a column header sorts by it; masked columns keep the order", "[gui][roster]")
{
    RosterFixture f;
    ui::RosterWidget widget(f.db);
    widget.show();
    RosterModel& model = *widget.model();
    QHeaderView* header = widget.tableView()->horizontalHeader();

    header->setSortIndicator(RosterModel::AgeColumn, Qt::AscendingOrder);
    CHECK(model.sortColumn() == RosterModel::AgeColumn);
    int previous = -1;
    bool ordered = true;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int age = model.data(model.index(row, RosterModel::AgeColumn)).toInt();
        ordered = ordered && age >= previous;
        previous = age;
    }
    CHECK(ordered);
    CHECK(model.data(model.index(0, RosterModel::NameColumn)).toString() == QStringLiteral("刘洋"));

    header->setSortIndicator(RosterModel::IdNumberColumn, Qt::AscendingOrder);
    CHECK(model.sortColumn() == RosterModel::AgeColumn);
    CHECK(header->sortIndicatorSection() == RosterModel::AgeColumn);

    // The toolbar's toggle gives the name column stroke order.
    header->setSortIndicator(RosterModel::NameColumn, Qt::AscendingOrder);
    const QString firstByPinyin = model.data(model.index(0, RosterModel::NameColumn)).toString();
    widget.strokeOrderAction()->trigger();
    CHECK(model.nameOrder() == RosterModel::NameOrder::Stroke);
    CHECK(model.data(model.index(0, RosterModel::NameColumn)).toString() != firstByPinyin);
    CHECK(QSettings().value(QStringLiteral("roster/strokeOrder")).toBool());
    widget.strokeOrderAction()->trigger();
    CHECK(model.data(model.index(0, RosterModel::NameColumn)).toString() == firstByPinyin);
}

TEST_CASE("Coded values show their labels, ID numbers and phones are masked", "[gui][roster]")
{
    RosterFixture f(0);
    RosterModel model(f.db);
    model.setFilter({});
    const int row = rowOf(model, QStringLiteral("王芳"));
    REQUIRE(row >= 0);
    const auto cell = [&](int column) { return model.data(model.index(row, column)).toString(); };
    const roster::Member full
        = *roster::MemberStore(f.db).member(f.named(u"王芳").id, roster::Exposure::Unmasked);
    CHECK(cell(RosterModel::IdNumberColumn) == roster::maskIdNumber(full.idNumber));
    CHECK(cell(RosterModel::IdNumberColumn).contains(QStringLiteral("********")));
    CHECK_FALSE(cell(RosterModel::IdNumberColumn).contains(full.idNumber.mid(6, 8)));
    CHECK(cell(RosterModel::MobileColumn) == roster::maskPhone(full.mobile));
    CHECK(cell(RosterModel::SexColumn) == QStringLiteral("女"));
    CHECK(cell(RosterModel::EthnicityColumn) == QStringLiteral("汉族"));
    CHECK(cell(RosterModel::CategoryColumn) == QStringLiteral("正式党员"));
    CHECK(cell(RosterModel::EducationColumn) == QStringLiteral("大学本科毕业"));
    CHECK(cell(RosterModel::JobPostColumn) == QStringLiteral("退休人员"));
    CHECK(cell(RosterModel::BranchColumn) == QStringLiteral("第二支部"));
    CHECK(model.data(model.index(row, RosterModel::BranchColumn), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("中共重庆市江北区华新街街道嘉陵一村社区第二支部委员会")));
    CHECK(cell(RosterModel::BirthDateColumn) == QStringLiteral("1970-11-09"));
    CHECK(cell(RosterModel::AgeColumn) == QString::number(full.age(QDate::currentDate())));
    CHECK(cell(RosterModel::PartyAgeColumn) == QString::number(full.partyAge(QDate::currentDate())));
    CHECK(cell(RosterModel::StandingColumn) == QStringLiteral("正常"));
    // A probationary member has no party age yet.
    const int probationary = rowOf(model, QStringLiteral("刘洋"));
    CHECK(model.data(model.index(probationary, RosterModel::PartyAgeColumn)).toString().isEmpty());
    CHECK(model.data(model.index(probationary, RosterModel::CategoryColumn)).toString()
        == QStringLiteral("预备党员"));
}

TEST_CASE("Filters narrow the roster and the count follows", "[gui][roster]")
{
    RosterFixture f;
    ui::RosterWidget widget(f.db);
    widget.show();
    RosterModel& model = *widget.model();
    ui::RosterFilterBar& bar = *widget.filterBar();
    const int all = f.data.activeCount();
    REQUIRE(model.rowCount() == all);

    // 预备党员: 李四, 刘洋 and every seventh of the bulk.
    const int probationary = 2 + f.data.bulk / 7;
    bar.categoryBox()->setCurrentIndex(bar.categoryBox()->findData(QStringLiteral("2")));
    CHECK(model.rowCount() == probationary);
    CHECK(widget.countLabel()->text() == QStringLiteral("%1 members").arg(probationary));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, RosterModel::CategoryColumn)).toString()
            == QStringLiteral("预备党员"));
    bar.categoryBox()->setCurrentIndex(0);
    CHECK(model.rowCount() == all);

    // An organisation's subtree: branch B alone, branch A with its group.
    widget.setOrganisation(f.data.branchB.id, f.data.branchB.name);
    CHECK(model.rowCount() == 3);
    CHECK(widget.scopeButton()->toolTip().contains(f.data.branchB.name));
    widget.setOrganisation(f.data.groupA1.id, f.data.groupA1.name);
    CHECK(model.rowCount() == 2 + f.data.bulk / 3);
    widget.setOrganisation(f.data.branchA.id, f.data.branchA.name);
    CHECK(model.rowCount() == 6 + f.data.bulk);
    widget.setOrganisation({}, {});
    CHECK(model.rowCount() == all);

    // Age band 61 to 70 (born 1956-1965 or so), checked row by row.
    bar.ageBox()->setCurrentIndex(bar.ageBox()->findText(QStringLiteral("61 to 70")));
    REQUIRE(model.rowCount() > 0);
    CHECK(model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int age = model.data(model.index(row, RosterModel::AgeColumn)).toInt();
        CHECK((age >= 61 && age <= 70));
    }
    // Education by level: 大学本科 (2x) for every third member.
    bar.reset();
    bar.educationBox()->setCurrentIndex(bar.educationBox()->findData(QStringLiteral("2")));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, RosterModel::EducationColumn)).toString()
            == QStringLiteral("大学本科毕业"));
    CHECK(model.rowCount() < all);

    // Nobody is mobile, lost or dual-registered yet; one member becomes mobile.
    bar.reset();
    bar.mobileBox()->setChecked(true);
    CHECK(model.rowCount() == 0);
    CHECK(widget.countLabel()->text() == QStringLiteral("0 members"));
    roster::Member moving = *roster::MemberStore(f.db).member(f.named(u"陈明").id);
    moving.isMobile = true;
    moving.mobileDestination = QStringLiteral("广东省深圳市");
    REQUIRE(roster::MemberEditor(f.db).update(moving).ok());
    widget.reload();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, RosterModel::MobileMemberColumn)).toString()
        == QStringLiteral("广东省深圳市"));
    bar.lostContactBox()->setChecked(true);
    CHECK(model.rowCount() == 0);
    bar.reset();
    bar.dualBox()->setChecked(true);
    CHECK(model.rowCount() == 0);
    bar.reset();

    // Former members only when asked for.
    REQUIRE(roster::MemberEvents(f.db).death(f.named(u"张伟").id, QDate::currentDate()).ok());
    widget.reload();
    CHECK(model.rowCount() == all - 1);
    bar.statusBox()->setCurrentIndex(bar.statusBox()->findData(QStringLiteral("deceased")));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, RosterModel::NameColumn)).toString() == QStringLiteral("张伟"));
}

TEST_CASE("Typing a search finds 张三 by initials, by ID and by phone; the count updates", "[gui][roster]")
{
    RosterFixture f;
    ui::RosterWidget widget(f.db);
    widget.show();
    RosterModel& model = *widget.model();
    ui::RosterFilterBar& bar = *widget.filterBar();
    const int all = f.data.activeCount();

    bar.searchEdit()->setFocus();
    test::typeText(bar.searchEdit(), QStringLiteral("zs"));
    CHECK(bar.searchPending());
    CHECK(model.rowCount() == all);  // not on every keystroke
    REQUIRE(test::waitUntil([&] { return model.rowCount() < all; }, 2000));
    const QStringList found = namesInOrder(model);
    CHECK(found.contains(QStringLiteral("张三")));
    CHECK(found.contains(QStringLiteral("郑思远")));  // zheng si yuan
    CHECK_FALSE(found.contains(QStringLiteral("曾强")));
    CHECK_FALSE(found.contains(QStringLiteral("张伟")));
    CHECK(model.sortsByRelevance());
    CHECK_FALSE(widget.tableView()->horizontalHeader()->isSortIndicatorShown());
    CHECK(widget.countLabel()->text() == QStringLiteral("%1 members").arg(found.size()));

    // The full pinyin narrows it to 张三.
    bar.searchEdit()->setText(QStringLiteral("zhangsan"));
    bar.searchNow();
    CHECK(namesInOrder(model) == QStringList { QStringLiteral("张三") });
    CHECK(widget.countLabel()->text() == QStringLiteral("1 member"));

    // The last four of the ID number, the whole mobile.
    const roster::Member full
        = *roster::MemberStore(f.db).member(f.named(u"张三").id, roster::Exposure::Unmasked);
    bar.searchEdit()->setText(full.idNumber.right(4));
    bar.searchNow();
    CHECK(namesInOrder(model).contains(QStringLiteral("张三")));
    bar.searchEdit()->setText(full.idNumber);
    bar.searchNow();
    CHECK(namesInOrder(model) == QStringList { QStringLiteral("张三") });
    bar.searchEdit()->setText(full.mobile);
    bar.searchNow();
    CHECK(namesInOrder(model).contains(QStringLiteral("张三")));

    // Clearing the search brings back everyone in name order.
    bar.searchEdit()->clear();
    bar.searchNow();
    CHECK(model.rowCount() == all);
    CHECK_FALSE(model.sortsByRelevance());
    CHECK(widget.tableView()->horizontalHeader()->isSortIndicatorShown());
}

TEST_CASE("The member form puts the validator's message beside a bad ID number", "[gui][roster][form]")
{
    RosterFixture f(0);
    const qint64 before = roster::MemberStore(f.db).count();
    ui::MemberDialog dialog(f.db, {}, f.data.branchB.id, nullptr);
    ui::MemberForm& form = *dialog.form();
    CHECK(form.orgBox()->orgId() == f.data.branchB.id);
    form.nameEdit()->setText(QStringLiteral("赵敏"));
    QString id = test::makeIdNumber(QDate(1985, 5, 20), 222);
    const QChar wrong = id.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    form.idNumberEdit()->setText(id.left(17) + wrong);
    QLabel* idProblem = form.problemLabel(MemberField::IdNumber);
    REQUIRE(idProblem);
    CHECK_FALSE(idProblem->isHidden());
    CHECK_FALSE(idProblem->text().isEmpty());
    test::screenshot(&dialog, QStringLiteral("member-form-bad-id"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.refusalLabel()->text().contains(QStringLiteral("red")));
    CHECK(roster::MemberStore(f.db).count() == before);

    // The right number, typed as a user types it: birth date and sex follow from it.
    form.idNumberEdit()->clear();
    test::typeText(form.idNumberEdit(), id);
    CHECK(idProblem->isHidden());
    CHECK(form.birthDateField()->date() == QDate(1985, 5, 20));
    CHECK(form.sexBox()->code() == QStringLiteral("2"));
    // A member needs the date of joining; a full member the date of conversion.
    CHECK_FALSE(form.problemLabel(MemberField::JoinedOn)->isHidden());
    form.joinedField()->setText(QStringLiteral("2010.7.1"));
    CHECK_FALSE(form.problemLabel(MemberField::ConvertedOn)->isHidden());
    form.convertedField()->setText(QStringLiteral("2011年7月1日"));
    CHECK(form.problemLabel(MemberField::ConvertedOn)->isHidden());
    form.mobileEdit()->setText(QStringLiteral("+86 139-2345-6789"));
    form.educationBox()->setCode(QStringLiteral("21"));
    REQUIRE(dialog.save());
    CHECK(roster::MemberStore(f.db).count() == before + 1);
    const auto saved = roster::MemberStore(f.db).findByIdNumber(id, roster::Exposure::Unmasked);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("赵敏"));
    CHECK(saved->mobile == QStringLiteral("13923456789"));
    CHECK(saved->joinedOn == QDate(2010, 7, 1));
    CHECK(saved->orgId == f.data.branchB.id);
    CHECK(saved->education == QStringLiteral("21"));
}

TEST_CASE("An existing member opens masked, saves an edit and lists the history", "[gui][roster][form]")
{
    RosterFixture f(0);
    const roster::Member& zhang = f.named(u"张三");
    ui::MemberDialog dialog(f.db, zhang.id, {}, nullptr);
    ui::MemberForm& form = *dialog.form();
    CHECK(form.idNumberEdit()->text().contains(QStringLiteral("********")));
    CHECK(form.mobileEdit()->text().contains(QStringLiteral("****")));
    CHECK(form.problemLabel(MemberField::IdNumber)->isHidden());
    CHECK(form.problemLabel(MemberField::Mobile)->isHidden());
    CHECK_FALSE(form.hasChanges());
    CHECK(dialog.historyList()->topLevelItemCount() == 1);  // entered

    form.addressEdit()->setText(QStringLiteral("重庆市江北区建新北路88号"));
    CHECK(form.hasChanges());
    REQUIRE(dialog.save());
    const auto full = roster::MemberStore(f.db).member(zhang.id, roster::Exposure::Unmasked);
    CHECK(full->address == QStringLiteral("重庆市江北区建新北路88号"));
    const auto before = roster::MemberStore(f.db).member(zhang.id, roster::Exposure::Unmasked);
    CHECK(full->idNumber == test::makeIdNumber(QDate(1968, 3, 14), 101));  // the mask kept it
    REQUIRE(dialog.historyList()->topLevelItemCount() == 2);
    CHECK(dialog.historyList()->topLevelItem(1)->text(1) == QStringLiteral("Changed"));
    CHECK(dialog.historyList()->topLevelItem(1)->text(2).contains(QStringLiteral("家庭住址")));
    CHECK(dialog.wroteChanges());
}

TEST_CASE("A life event is recorded from the member form", "[gui][roster][form]")
{
    RosterFixture f(0);
    const roster::Member& chen = f.named(u"陈明");
    ui::MemberDialog dialog(f.db, chen.id, {}, nullptr);
    using Event = ui::MemberEventDialog::Event;
    CHECK(dialog.eventButton(Event::TransferOut)->isEnabled());
    CHECK_FALSE(dialog.eventButton(Event::TransferIn)->isEnabled());
    CHECK_FALSE(dialog.eventButton(Event::Restore)->isEnabled());

    // A letter valid for more than 3 months is refused in the dialog, which stays open.
    test::onNextModalOf<ui::MemberEventDialog>([](ui::MemberEventDialog* event) {
        event->textEdit()->setText(QStringLiteral("中共重庆市渝中区解放碑街道委员会"));
        event->letterField()->setDate(QDate::currentDate().addMonths(5));
        event->accept();
        CHECK(event->isVisible());
        CHECK(event->refusalLabel()->text().contains(QStringLiteral("3 months")));
        event->letterField()->setDate(QDate::currentDate().addMonths(2));
        event->accept();
    });
    dialog.eventButton(Event::TransferOut)->click();
    const auto after = roster::MemberStore(f.db).member(chen.id);
    CHECK(after->status == roster::MemberStatus::TransferredOut);
    CHECK(dialog.wroteChanges());
    CHECK(dialog.eventButton(Event::TransferIn)->isEnabled());
    CHECK_FALSE(dialog.eventButton(Event::TransferOut)->isEnabled());
    const QTreeWidgetItem* last
        = dialog.historyList()->topLevelItem(dialog.historyList()->topLevelItemCount() - 1);
    CHECK(last->text(1) == QStringLiteral("Transferred out"));
    CHECK(last->text(2).contains(QStringLiteral("渝中区")));
}

TEST_CASE("Bulk move registers the selected members elsewhere and records it", "[gui][roster][move]")
{
    RosterFixture f(0);
    ui::RosterWidget widget(f.db);
    widget.show();
    widget.setOrganisation(f.data.branchA.id, f.data.branchA.name);
    RosterModel& model = *widget.model();
    REQUIRE(model.rowCount() == 6);
    QTableView& table = *widget.tableView();
    table.selectRow(0);
    table.selectionModel()->select(
        model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<RecordId> ids = widget.selectedMemberIds();
    REQUIRE(ids.size() == 2);
    CHECK(widget.countLabel()->text() == QStringLiteral("6 members · 2 selected"));
    CHECK(widget.moveAction()->isEnabled());

    test::onNextModalOf<ui::OrgPickerDialog>([&](ui::OrgPickerDialog* picker) {
        // A committee holds no members directly.
        picker->select(f.data.committee.id);
        picker->accept();
        CHECK(picker->isVisible());
        REQUIRE(picker->select(f.data.branchB.id));
        picker->accept();
    });
    widget.moveAction()->trigger();
    roster::MemberStore store(f.db);
    roster::MemberEvents events(f.db);
    for (const RecordId& id : ids) {
        CHECK(store.member(id)->orgId == f.data.branchB.id);
        const QList<roster::MemberEvent> history = events.history(id);
        REQUIRE_FALSE(history.isEmpty());
        CHECK(history.constLast().kind == roster::MemberEvent::Kind::Moved);
        CHECK(history.constLast().details.value(QStringLiteral("to")).toString()
            == f.data.branchB.id.toString());
    }
    CHECK(model.rowCount() == 4);
    CHECK(widget.countLabel()->text() == QStringLiteral("4 members"));
}

TEST_CASE("The column chooser hides and shows columns and remembers them", "[gui][roster]")
{
    RosterFixture f(0);
    QSettings().remove(QStringLiteral("roster/hiddenColumns"));
    {
        ui::RosterWidget widget(f.db);
        CHECK(widget.isColumnVisible(RosterModel::IdNumberColumn));
        CHECK_FALSE(widget.isColumnVisible(RosterModel::AddressColumn));
        QMenu* menu = widget.columnMenu();
        QAction* address = nullptr;
        for (QAction* action : menu->actions())
            if (action->isCheckable() && action->data().toInt() == RosterModel::AddressColumn
                && action != widget.strokeOrderAction())
                address = action;
        REQUIRE(address);
        CHECK_FALSE(address->isChecked());
        address->trigger();
        CHECK(widget.isColumnVisible(RosterModel::AddressColumn));
        widget.setColumnVisible(RosterModel::EthnicityColumn, false);
        widget.setColumnVisible(RosterModel::NameColumn, false);  // refused: the name stays
        CHECK(widget.isColumnVisible(RosterModel::NameColumn));
    }
    ui::RosterWidget again(f.db);
    CHECK(again.isColumnVisible(RosterModel::AddressColumn));
    CHECK_FALSE(again.isColumnVisible(RosterModel::EthnicityColumn));
    CHECK(again.isColumnVisible(RosterModel::IdNumberColumn));
    QSettings().remove(QStringLiteral("roster/hiddenColumns"));
}

// Not run by default: a roster of a million members (REDGRID_BENCH_MEMBERS), built once
// into REDGRID_BENCH_ROSTER_DB, then shown and scrolled from top to bottom in a second run,
// which prints time and peak memory (`redgrid_ui_tests "[benchmark]"` twice).
TEST_CASE("Scrolling a roster of a million members stays fast and small", "[.][gui][roster][benchmark]")
{
    const QString path = qEnvironmentVariable(
        "REDGRID_BENCH_ROSTER_DB", QStringLiteral("/tmp/redgrid-roster-bench.redgrid"));
    const int members = qEnvironmentVariableIsSet("REDGRID_BENCH_MEMBERS")
        ? qEnvironmentVariableIntValue("REDGRID_BENCH_MEMBERS")
        : 1000000;
    QElapsedTimer clock;
    clock.start();
    if (!QFileInfo::exists(path)) {
        test::RosterData built = test::buildRoster(path, members);
        std::printf("built %d members into %s in %lld ms; run again to measure\n", built.activeCount(),
            qPrintable(path), clock.elapsed());
        return;
    }
    std::unique_ptr<storage::Connection> db = test::openSignedIn(path);
    {
        ui::RosterWidget widget(*db);
        widget.resize(1300, 800);
        widget.show();
        test::processEventsFor(50);
        RosterModel& model = *widget.model();
        std::printf("shown %d rows in %lld ms\n", model.rowCount(), clock.restart());
        QScrollBar* bar = widget.tableView()->verticalScrollBar();
        qint64 slowest = 0;
        for (int step = 0; step <= 100; ++step) {
            QElapsedTimer one;
            one.start();
            bar->setValue(int(qint64(bar->maximum()) * step / 100));
            widget.tableView()->viewport()->repaint();
            slowest = std::max(slowest, one.elapsed());
        }
        std::printf("scrolled top to bottom in 100 jumps in %lld ms (slowest %lld ms); %lld row ids, %lld "
                    "members read, %d pages cached\n",
            clock.restart(), slowest, qint64(model.rowIdsFetched()), model.membersRead(),
            model.cachedPageCount());
        CHECK(model.cachedPageCount() <= RosterModel::CachedPages);
        // The reading alone, without painting: one page at 100 places.
        const qint64 readBefore = model.membersRead();
        for (int step = 0; step < 100; ++step)
            model.data(
                model.index(int(qint64(model.rowCount() - 1) * step / 100 + 100), RosterModel::NameColumn));
        std::printf("read %lld members at 100 places in %lld ms\n", model.membersRead() - readBefore,
            clock.restart());
        widget.filterBar()->searchEdit()->setText(QStringLiteral("zs"));
        widget.filterBar()->searchNow();
        widget.tableView()->viewport()->repaint();
        std::printf("search zs: %d rows in %lld ms\n", model.rowCount(), clock.restart());
        widget.filterBar()->searchEdit()->setText(QStringLiteral("zhangjianguo"));
        widget.filterBar()->searchNow();
        widget.tableView()->viewport()->repaint();
        std::printf("search zhangjianguo: %d rows in %lld ms\n", model.rowCount(), clock.restart());
        widget.filterBar()->reset();
        widget.tableView()->horizontalHeader()->setSortIndicator(RosterModel::AgeColumn, Qt::AscendingOrder);
        widget.tableView()->viewport()->repaint();
        std::printf("sorted by age in %lld ms\n", clock.restart());
        bar->setValue(bar->maximum());
        widget.tableView()->viewport()->repaint();
        std::printf("to the end by age in %lld ms\n", clock.restart());
    }
    const double peak = ProcessStats::peakResidentMiB();
    std::printf("peak resident memory %.1f MiB\n", peak);
    CHECK(peak < 200);
}
