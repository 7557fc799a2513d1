#include "UiTestSupport.h"
#include "importexport/SpreadsheetSource.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/roster/MemberImportDialog.h"
#include "ui/roster/RosterFileActions.h"
#include "ui/roster/RosterWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

QList<QStringList> readSheet(const QString& path)
{
    auto source = importexport::SpreadsheetSource::open(path);
    REQUIRE(source.ok());
    QList<QStringList> rows;
    importexport::SheetRow row;
    while (true) {
        auto more = (*source)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        QStringList cells;
        for (const auto& cell : row.cells)
            cells.append(cell.text);
        rows.append(cells);
    }
    return rows;
}

void acceptNextMessage()
{
    test::onNextModalOf<QMessageBox>([](QMessageBox* box) { box->accept(); });
}

}  // namespace

TEST_CASE("Importing a roster in the window: preview with each row's problems, then the valid rows",
    "[gui][roster]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 20);
    auto db = test::openSignedIn(path);

    const QString goodId = test::makeIdNumber(QDate(1980, 5, 6), 901);
    QString badId = test::makeIdNumber(QDate(1981, 6, 7), 903);
    badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');  // a wrong check digit
    const QString csv = dir.path(QStringLiteral("roster.csv"));
    test::writeText(csv,
        QStringLiteral("序号,姓名,所在党支部,公民身份证号,性别,民族,出生日期,学历,人员类别,加入党组织日期,"
                       "转为正式党员日期\n"
                       "1,孙新,%1,%2,男,汉族,1980-05-06,大学本科毕业,正式党员,2010-07-01,2011-07-01\n"
                       "2,钱错,%1,%3,男,汉族,1981-06-07,大学本科毕业,正式党员,2010-07-01,2011-07-01\n")
            .arg(data.branchA.name, goodId, badId));

    ui::MemberImportDialog dialog(*db, path, csv, {});
    REQUIRE(dialog.load(true));
    auto* preview = dialog.previewView()->model();
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->index(0, 1).data().toString() == QStringLiteral("OK"));
    CHECK(preview->index(1, 1).data().toString().contains(QStringLiteral("check digit")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("1 new")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("1 rejected")));
    CHECK(dialog.importButton()->isEnabled());
    // Column mapping as understood: 公民身份证号 went to the ID number.
    CHECK(dialog.mappingTable()->rowCount() == 11);
    test::screenshot(&dialog, QStringLiteral("member-import-preview"));

    const QString rejects = dir.path(QStringLiteral("rejected.xlsx"));
    dialog.rejectsEdit()->setText(rejects);
    acceptNextMessage();
    REQUIRE(dialog.runImport());
    CHECK(dialog.lastReport().inserted == 1);
    CHECK(dialog.lastReport().rejected == 1);
    CHECK(roster::MemberStore(*db).findByIdNumber(goodId).has_value());
    CHECK_FALSE(roster::MemberStore(*db).findByIdNumber(badId).has_value());
    const auto rejected = readSheet(rejects);
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(1).contains(QStringLiteral("钱错")));
    CHECK(rejected.at(1).constLast().contains(QStringLiteral("check digit")));
}

TEST_CASE("Exporting and printing from the roster", "[gui][roster]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 10);
    auto db = test::openSignedIn(path);
    ui::RosterWidget roster(*db);
    ui::RosterFileActions files(*db, &roster);
    roster.setOrganisation(data.branchB.id, data.branchB.name);

    const QString xlsx = dir.path(QStringLiteral("branch-b.xlsx"));
    acceptNextMessage();
    REQUIRE(files.exportTo(xlsx, false, false));
    const auto rows = readSheet(xlsx);
    REQUIRE(rows.size() == 4);  // header + 张伟 王芳 刘洋
    CHECK(rows.at(0).size() == 21);
    CHECK(rows.at(0).at(3) == QStringLiteral("公民身份证号"));
    QStringList names;
    for (const QStringList& row : rows.mid(1)) {
        names.append(row.at(1));
        CHECK(row.at(3).contains(QLatin1Char('*')));  // masked by default
    }
    CHECK(names.contains(QStringLiteral("王芳")));

    const QString pdf = dir.path(QStringLiteral("roster.pdf"));
    REQUIRE(files.printRosterTo(data.branchB.id, pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("王芳")));

    const QString form = dir.path(QStringLiteral("form.pdf"));
    REQUIRE(files.printMemberTo(data.named.value(QStringLiteral("王芳")).id, form));
    CHECK(QFileInfo(form).size() > 1000);
}
