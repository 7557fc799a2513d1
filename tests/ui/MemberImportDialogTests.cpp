// The import preview (MemberImportDialog) as a secretary uses it: values no code table
// knows and the codes to choose for them, branches that do not exist yet, long reasons read
// in full, drop-downs that stay on the screen. Widgets are found by their object names.
#include "UiTestSupport.h"
#include "common/Utf16.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"
#include "ui/roster/MemberImportDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

QString header()
{
    return s(u"序号,姓名,所在党支部,公民身份证号,性别,民族,出生日期,学历,人员类别,加入党组织日期,"
             u"转为正式党员日期,工作岗位\n");
}

QString row(int serial, const QString& name, const QString& org, const QString& id, const QString& jobPost)
{
    return QStringLiteral("%1,%2,%3,%4,男,汉族,%5,大学本科毕业,正式党员,2010-07-01,2011-07-01,%6\n")
        .arg(QString::number(serial), name, org, id, roster::IdNumber::birthDateOf(id).toString(Qt::ISODate),
            jobPost);
}

template<class T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("no widget " << name);
    REQUIRE(found);
    return found;
}

void acceptNextMessage()
{
    test::onNextModalOf<QMessageBox>([](QMessageBox* box) { box->accept(); });
}

// Chooses the entry with `code` in a choice box as a user does.
void choose(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    REQUIRE(index > 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

}  // namespace

TEST_CASE(
    "Import preview: a value no code table knows is listed with the codes to choose from, and the choice "
    "is imported and remembered",
    "[gui][roster][import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    const QString id = test::makeIdNumber(QDate(1980, 5, 6), 901);
    const QString csv = dir.path(QStringLiteral("岗位.csv"));
    test::writeText(csv, header() + row(1, s(u"孙新"), data.branchA.name, id, s(u"企业管理人员")));

    ui::MemberImportDialog dialog(*db, path, csv, {});
    REQUIRE(dialog.load(true));
    // Not rejected for the label.
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("1 new")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("0 rejected")));
    CHECK(dialog.previewView()->model()->index(0, 1).data().toString().contains(s(u"企业管理人员")));

    auto* values = child<QTableWidget>(&dialog, "importValueChoices");
    CHECK(values->isVisibleTo(&dialog));
    REQUIRE(values->rowCount() == 1);
    CHECK(values->item(0, 0)->text() == s(u"工作岗位"));
    CHECK(values->item(0, 1)->text() == s(u"企业管理人员"));
    CHECK(values->item(0, 2)->text() == QStringLiteral("1"));
    auto* box = qobject_cast<QComboBox*>(values->cellWidget(0, 3));
    REQUIRE(box);
    // The two codes of the label first, then every accepted value.
    CHECK(box->itemData(1).toString() == QStringLiteral("014"));
    CHECK(box->itemData(2).toString() == QStringLiteral("021"));
    CHECK(box->findData(QStringLiteral("0111")) > 0);
    CHECK(box->findText(QStringLiteral("0111 公务员")) > 0);
    test::screenshot(&dialog, QStringLiteral("member-import-unknown-value"));

    choose(box, QStringLiteral("021"));
    CHECK(dialog.previewView()->model()->index(0, 1).data().toString() == QStringLiteral("OK"));
    acceptNextMessage();
    REQUIRE(dialog.runImport());
    const auto member = roster::MemberStore(*db).findByIdNumber(id);
    REQUIRE(member);
    CHECK(member->jobPost == QStringLiteral("021"));

    // The next import of the same value starts from the remembered choice.
    const QString next = dir.path(QStringLiteral("下次.csv"));
    const QString other = test::makeIdNumber(QDate(1981, 6, 7), 903);
    test::writeText(next, header() + row(1, s(u"钱新"), data.branchA.name, other, s(u"企业管理人员")));
    ui::MemberImportDialog again(*db, path, next, {});
    REQUIRE(again.load(true));
    auto* remembered
        = qobject_cast<QComboBox*>(child<QTableWidget>(&again, "importValueChoices")->cellWidget(0, 3));
    REQUIRE(remembered);
    CHECK(remembered->currentData().toString() == QStringLiteral("021"));
    CHECK(again.previewView()->model()->index(0, 1).data().toString() == QStringLiteral("OK"));
}

TEST_CASE("Import preview: branches that do not exist are listed and set up below a chosen organisation",
    "[gui][roster][import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    const QString third = s(u"中共嘉陵一村社区第三支部委员会");
    const QString fourth = s(u"中共嘉陵一村社区第四支部委员会");
    const QString csv = dir.path(QStringLiteral("新支部.csv"));
    test::writeText(csv,
        header() + row(1, s(u"孙新"), third, test::makeIdNumber(QDate(1980, 5, 6), 901), s(u"公务员"))
            + row(2, s(u"钱新"), third, test::makeIdNumber(QDate(1981, 6, 7), 903), s(u"公务员"))
            + row(3, s(u"李新"), fourth, test::makeIdNumber(QDate(1982, 7, 8), 905), s(u"公务员")));

    ui::MemberImportDialog dialog(*db, path, csv, {});
    REQUIRE(dialog.load(true));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("3 rejected")));
    auto* missing = child<QGroupBox>(&dialog, "missingOrgs");
    CHECK(missing->isVisibleTo(&dialog));
    const QString listed = child<QLabel>(&dialog, "missingOrgsList")->text();
    CHECK(listed.contains(third));
    CHECK(listed.contains(fourth));
    CHECK(listed.contains(QStringLiteral("2 row")));
    auto* under = child<QComboBox>(&dialog, "createOrgsUnder");
    // Proposed: the committee, the organisation that can hold branches.
    CHECK(under->currentData().toString() == data.committee.id.toString());
    test::screenshot(&dialog, QStringLiteral("member-import-missing-branches"));

    child<QCheckBox>(&dialog, "createMissingOrgs")->setChecked(true);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("3 new")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("0 rejected")));
    CHECK(child<QLabel>(&dialog, "missingOrgsList")->text().contains(QStringLiteral("will be set up")));
    organisation::OrgStore store(*db);
    CHECK_FALSE(store.find(third).ok());  // the preview writes nothing

    acceptNextMessage();
    REQUIRE(dialog.runImport());
    CHECK(dialog.lastReport().inserted == 3);
    const auto created = store.find(third);
    REQUIRE(created.ok());
    CHECK(created->parentId == data.committee.id);
    CHECK(created->kind == organisation::OrgKind::Branch);
    CHECK(store.memberCount(created->id, false) == 2);
    CHECK(store.find(fourth).ok());
}

TEST_CASE(
    "Import preview: long reasons are read in full; drop-downs stay on the screen", "[gui][roster][import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    // A row with many problems: dates that are no days, a phone that is none.
    const QString csv = dir.path(QStringLiteral("问题.csv"));
    test::writeText(csv,
        s(u"姓名,所在党支部,公民身份证号,出生日期,加入党组织日期,转为正式党员日期,手机号,失去联系日期,"
          u"双报到日期\n")
            + QStringLiteral("%1,%2,%3,1980-05-06,2010-02-30,2011-02-30,1381234,2020-13-01,2021-02-29\n")
                  .arg(s(u"孙新"), data.branchA.name, test::makeIdNumber(QDate(1980, 5, 6), 901)));

    ui::MemberImportDialog dialog(*db, path, csv, {});
    dialog.resize(1100, 720);
    dialog.show();
    REQUIRE(dialog.load(true));
    QAbstractItemModel* preview = dialog.previewView()->model();
    const QString cell = preview->index(0, 1).data().toString();
    INFO(cell.toStdString());
    REQUIRE(cell.size() > 150);  // more than the column shows
    // Each reason whole: in the tooltip, one a line, and in the detail below the preview.
    const QString tooltip = preview->index(0, 1).data(Qt::ToolTipRole).toString();
    CHECK(tooltip.count(QLatin1Char('\n')) >= 4);
    for (const char16_t* item :
        { u"加入党组织日期", u"转为正式党员日期", u"手机号", u"失去联系日期", u"双报到日期" })
        CHECK(tooltip.contains(s(item)));
    dialog.previewView()->setCurrentIndex(preview->index(0, 0));
    const QString detail = child<QPlainTextEdit>(&dialog, "problemDetail")->toPlainText();
    INFO(detail.toStdString());
    for (const QString& reason : cell.split(QStringLiteral("; ")))
        CHECK(detail.contains(reason));
    test::screenshot(&dialog, QStringLiteral("member-import-long-reasons"));
}

TEST_CASE("Import preview: the mapping drop-down stays on the screen", "[gui][roster][import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    const QString csv = dir.path(QStringLiteral("名册.csv"));
    test::writeText(csv,
        header()
            + row(
                1, s(u"孙新"), data.branchA.name, test::makeIdNumber(QDate(1980, 5, 6), 901), s(u"公务员")));
    ui::MemberImportDialog dialog(*db, path, csv, {});
    dialog.resize(1100, 720);
    dialog.show();
    REQUIRE(dialog.load(true));

    // The mapping drop-down (34 items) opens as a bounded list on the screen.
    auto* mapping = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(0, 1));
    REQUIRE(mapping);
    REQUIRE(mapping->count() > 30);
    mapping->showPopup();
    QWidget* popup = mapping->view()->window();
    REQUIRE(popup->isVisible());
    const QRect screen = mapping->screen()->availableGeometry();
    INFO("popup " << popup->geometry().y() << "+" << popup->geometry().height() << " on a screen of "
                  << screen.height());
    CHECK(screen.contains(popup->geometry()));
    CHECK(popup->geometry().height() < screen.height() / 2);
    test::processEventsFor(100);  // the list drawn, as the user sees it
    test::screenshotScreen(QStringLiteral("member-import-mapping-popup"));
    mapping->hidePopup();
}
