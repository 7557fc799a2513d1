#include "UiTestSupport.h"
#include "audit/AuditLog.h"
#include "document/roster/MemberFormDocument.h"
#include "format/SpreadsheetSource.h"
#include "roster/MemberStore.h"
#include "security/AccountStore.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"
#include "ui/roster/MemberImportDialog.h"
#include "ui/roster/RosterFileActions.h"
#include "ui/roster/RosterFilterBar.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/RosterWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace redgrid;

namespace {

QList<QStringList> readSheet(const QString& path)
{
    auto source = format::SpreadsheetSource::open(path);
    REQUIRE(source.ok());
    QList<QStringList> rows;
    format::SheetRow row;
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

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    REQUIRE(text.exitCode() == 0);
    return QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

// The names of the roster's rows, top to bottom, as the user sees them.
QStringList namesOnScreen(const ui::RosterWidget& roster)
{
    QStringList names;
    const ui::RosterModel& model = *roster.model();
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, ui::RosterModel::NameColumn).data().toString());
    return names;
}

// Where each name first appears in `text`, in order; -1 if it does not.
QList<qsizetype> positions(const QString& text, const QStringList& names)
{
    QList<qsizetype> at;
    for (const QString& name : names)
        at.append(text.indexOf(name));
    return at;
}

// The roster remembers its name order; a test that changes it puts it back.
struct StrokeOrderSetting
{
    ~StrokeOrderSetting() { QSettings().remove(QStringLiteral("roster/strokeOrder")); }
};

// Branch A's full members (not 李四) in stroke order (姓氏笔画), which is not their pinyin order.
void showFullMembersByStrokes(ui::RosterWidget& roster, const test::RosterData& data)
{
    roster.setOrganisation(data.branchA.id, data.branchA.name);
    QComboBox* category = roster.filterBar()->categoryBox();
    category->setCurrentIndex(category->findData(QStringLiteral("1")));  // 正式党员
    roster.strokeOrderAction()->setChecked(true);
    const QStringList names = namesOnScreen(roster);
    REQUIRE(names.size() == 5);
    REQUIRE_FALSE(names.contains(QStringLiteral("李四")));
    const QStringList byPinyin { QStringLiteral("蔡文"), QStringLiteral("陈明"), QStringLiteral("杨洋"),
        QStringLiteral("曾强"), QStringLiteral("张三") };
    REQUIRE(names != byPinyin);
    REQUIRE(names.last() == QStringLiteral("蔡文"));  // 蔡 has 14 strokes, the most of them
}

// Receives what QDesktopServices would hand to the file manager.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    OpenedUrls() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~OpenedUrls() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

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

TEST_CASE("Exporting takes the roster as shown: its organisation, filters, search and order", "[gui][roster]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    ui::RosterWidget roster(*db);
    ui::RosterFileActions files(*db, &roster);
    const StrokeOrderSetting restored;
    showFullMembersByStrokes(roster, data);
    const QStringList shown = namesOnScreen(roster);

    const QString xlsx = dir.path(QStringLiteral("strokes.xlsx"));
    acceptNextMessage();
    REQUIRE(files.exportTo(xlsx, false, false));
    auto rows = readSheet(xlsx);
    REQUIRE(rows.size() == shown.size() + 1);
    CHECK(rows.at(0).at(1) == QStringLiteral("姓名"));
    QStringList exported;
    for (const QStringList& row : rows.mid(1)) {
        exported.append(row.at(1));
        CHECK(row.at(3).contains(QLatin1Char('*')));  // masked by default
    }
    CHECK(exported == shown);

    // A search typed a moment ago (still within the typing pause) is what the export takes.
    roster.filterBar()->searchEdit()->setText(QStringLiteral("张"));
    const QString searched = dir.path(QStringLiteral("search.xlsx"));
    acceptNextMessage();
    REQUIRE(files.exportTo(searched, false, false));
    rows = readSheet(searched);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).at(1) == QStringLiteral("张三"));
}

TEST_CASE("A saved file is confirmed with where it went, and its folder opens", "[gui][roster]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    ui::RosterWidget roster(*db);
    ui::RosterFileActions files(*db, &roster);
    roster.setOrganisation(data.branchB.id, data.branchB.name);
    OpenedUrls opened;

    const QString xlsx = dir.path(QStringLiteral("第二支部.xlsx"));
    QString text;
    QString informative;
    bool openFolderOffered = false;
    test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
        text = box->text();
        informative = box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Open Folder")) {
                openFolderOffered = true;
                button->click();  // opens the folder and closes the notice
            }
        if (box->isVisible())
            box->accept();
    });
    REQUIRE(files.exportTo(xlsx, false, false));
    CHECK(text.startsWith(QStringLiteral("3 member")));
    CHECK(text.contains(QStringLiteral("exported")));
    CHECK(informative.contains(QStringLiteral("第二支部.xlsx")));
    CHECK(informative.contains(QDir::toNativeSeparators(dir.root())));
    CHECK(openFolderOffered);
    REQUIRE(opened.urls.size() == 1);
    CHECK(QDir(opened.urls.front().toLocalFile()) == QDir(dir.root()));
}

TEST_CASE("Printing goes through a preview, in the order on screen, with full numbers when chosen",
    "[gui][roster][print]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);  // a district administrator: may see full numbers
    ui::RosterWidget roster(*db);
    ui::RosterFileActions files(*db, &roster);
    const StrokeOrderSetting restored;
    showFullMembersByStrokes(roster, data);
    const QStringList shown = namesOnScreen(roster);

    SECTION("the roster")
    {
        auto preview = files.rosterPreview();
        // The dialog says what it prints.
        const QString description = preview->descriptionLabel()->text();
        INFO(description.toStdString());
        CHECK(description.contains(data.branchA.name));
        CHECK(description.contains(QStringLiteral("5 members")));
        CHECK(description.contains(QStringLiteral("Filters: 正式党员")));
        CHECK(description.contains(QStringLiteral("Order: name, by the strokes of the surname")));
        QCheckBox* full = preview->fullNumbersBox();
        CHECK_FALSE(full->isHidden());
        CHECK_FALSE(full->isChecked());  // masked unless asked

        preview->dialog()->open();
        REQUIRE(test::waitUntil([&] { return preview->previewWidget()->pageCount() == 1; }));
        test::screenshot(preview->dialog(), QStringLiteral("print-preview-roster"));
        full->setChecked(true);  // the preview is drawn again, with the full numbers

        // Printed as the print dialog's "Print to File (PDF)" leaves the printer.
        const QString pdf = dir.path(QStringLiteral("roster.pdf"));
        preview->printer()->setOutputFormat(QPrinter::PdfFormat);
        preview->printer()->setOutputFileName(pdf);
        QString saved;
        test::onNextModalOf<ui::SavedFileNotice>([&](ui::SavedFileNotice* notice) {
            saved = notice->path();
            notice->accept();
        });
        preview->previewWidget()->print();
        CHECK(saved == pdf);
        preview->dialog()->reject();

        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        const QList<qsizetype> at = positions(text, shown);
        CHECK_FALSE(at.contains(-1));
        CHECK(std::is_sorted(at.begin(), at.end()));
        CHECK_FALSE(text.contains(QStringLiteral("李四")));
        CHECK(text.contains(QStringLiteral("排序：姓名（姓氏笔画）")));
        CHECK(text.contains(test::makeIdNumber(QDate(1968, 3, 14), 101)));  // 张三, in full
        CHECK_FALSE(text.contains(QStringLiteral("****")));

        audit::AuditLog log(*db, {});
        const auto printed = log.list({ .action = QStringLiteral("printed") });
        REQUIRE(printed.size() == 1);
        CHECK(printed.front().details.contains(QStringLiteral("\"unmasked\":true")));
        CHECK(printed.front().details.contains(QStringLiteral("roster.pdf")));
        // The preview showed the full numbers on screen too.
        CHECK(log.list({ .action = QStringLiteral("viewed_unmasked") }).size() == 1);
    }
    SECTION("a member's form, to check and sign: full numbers when ticked, masked otherwise")
    {
        const roster::Member zhang = data.named.value(QStringLiteral("张三"));
        const QString id = test::makeIdNumber(QDate(1968, 3, 14), 101);
        const QString mobile
            = QStringLiteral("138%1").arg(20000000 + 101 * 7919 % 79999999, 8, 10, QLatin1Char('0'));
        for (const bool inFull : { true, false }) {
            auto preview = files.memberFormPreview(zhang.id);
            CHECK(preview->descriptionLabel()->text().contains(QStringLiteral("张三")));
            preview->fullNumbersBox()->setChecked(inFull);
            const QString pdf = dir.path(inFull ? QStringLiteral("full.pdf") : QStringLiteral("masked.pdf"));
            preview->printer()->setOutputFormat(QPrinter::PdfFormat);
            preview->printer()->setOutputFileName(pdf);
            test::onNextModalOf<ui::SavedFileNotice>([](ui::SavedFileNotice* notice) { notice->accept(); });
            preview->previewWidget()->print();
            const QString text = pdfText(pdf);
            INFO(text.toStdString());
            CHECK(text.contains(QStringLiteral("党员基本信息采集表")));
            CHECK(text.contains(id) == inFull);
            CHECK(text.contains(mobile) == inFull);
            CHECK(text.contains(QStringLiteral("公民身份号码、联系电话已部分隐藏")) == !inFull);
        }
        const auto printed = audit::AuditLog(*db, {}).list({ .action = QStringLiteral("printed") });
        REQUIRE(printed.size() == 2);
        int unmasked = 0;
        for (const auto& entry : printed) {
            CHECK(entry.targetId == zhang.id);
            unmasked += entry.details.contains(QStringLiteral("\"unmasked\":true")) ? 1 : 0;
        }
        CHECK(unmasked == 1);
    }
}

TEST_CASE("Full numbers in print are offered only to an account allowed to see them", "[gui][roster][print]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    auto data = test::buildRoster(path, 0);
    const QString password = QStringLiteral("Grid-2026x");
    REQUIRE(security::AccountStore(*data.h.db)
                .add({ QStringLiteral("wangge"), {}, security::Role::GridWorker, data.h.gridA1.id, password })
                .ok());
    data.h.db.reset();
    auto gridWorker = test::openSignedIn(path, QStringLiteral("wangge"), password);
    ui::PrintJob job;
    job.title = QStringLiteral("Print Member Form");
    const RecordId zhang = data.named.value(QStringLiteral("张三")).id;
    job.document = std::make_shared<document::MemberFormDocument>(zhang);
    ui::PrintPreview preview(*gridWorker, job, nullptr);
    CHECK(preview.fullNumbersBox()->isHidden());
    preview.fullNumbersBox()->setChecked(true);  // even if ticked behind the user's back
    CHECK(preview.options().exposure == roster::Exposure::Masked);
    // And core refuses the print itself, and writes nothing.
    const QString pdf = dir.path(QStringLiteral("refused.pdf"));
    test::onNextModalOf<QMessageBox>([](QMessageBox* box) { box->accept(); });
    CHECK_FALSE(preview.saveAsPdf(pdf));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

#include "RosterFilesUiTests.moc"
