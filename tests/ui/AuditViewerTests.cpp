// The audit viewer: the lazy table newest first, the filters (user, action, result, text,
// period), "Verify Chain" with the remembered head, and the export of what is shown.
#include "UiTestSupport.h"
#include "audit/AuditDetails.h"
#include "audit/AuditIntegrity.h"
#include "audit/AuditLog.h"
#include "audit/AuditMac.h"
#include "audit/AuditSchema.h"
#include "audit/ChainHeadStore.h"
#include "common/Translations.h"
#include "common/Utf16.h"
#include "format/CsvReader.h"
#include "format/TextDecoder.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "security/AccountStore.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/audit/AuditViewer.h"
#include "ui/common/SavedFileNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace redgrid;
using audit::AuditAction;
using audit::AuditRecord;
using ui::AuditTableModel;

namespace {

const QByteArray Key(32, '\x21');

// A log of 250 entries: 张三 logs in, 李四 changes members' names, 王五 exports, and a
// stranger fails to log in at the end (unsealed: no key opened for a failed login).
struct ViewerFixture
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db;
    const QString installation = RecordId::generate().toString();
    int logins = 0, changes = 0, exports = 0;

    ViewerFixture()
        : db(storage::Connection::open(
            dir.path(QStringLiteral("audit.redgrid")), storage::Connection::OpenMode::ReadWriteCreate))
    {
        db->exec(audit::AuditSchemaSql);
        audit::AuditLog log(*db, Key);
        storage::Transaction transaction(*db);  // one commit, not 249
        for (int i = 0; i < 249; ++i) {
            AuditRecord record;
            record.accountId = RecordId::generate();
            switch (i % 3) {
            case 0:
                record.username = s(u"张三");
                record.action = AuditAction::Login;
                ++logins;
                break;
            case 1:
                record.username = s(u"李四");
                record.action = AuditAction::Changed;
                record.targetTable = QStringLiteral("member");
                record.targetId = RecordId::generate();
                record.details = audit::AuditDetails::changes(
                    { { QStringLiteral("name"), s(u"王小明"), s(u"王晓明%1").arg(i) } });
                ++changes;
                break;
            default:
                record.username = s(u"王五");
                record.action = AuditAction::Exported;
                record.details
                    = { { QStringLiteral("file"), s(u"花名册.xlsx") }, { QStringLiteral("rows"), i } };
                ++exports;
            }
            REQUIRE(log.append(record).ok());
        }
        transaction.commit();
        AuditRecord failed;
        failed.username = s(u"陌生人");
        failed.action = AuditAction::LoginFailed;
        failed.succeeded = false;
        const auto unsealed = audit::AuditLog(*db, {}).append(failed);
        REQUIRE(unsealed.ok());
        // RedGrid remembers on this computer what it appended without the key.
        REQUIRE(audit::ChainHeadStore(dir.path(QStringLiteral("profile")))
                    .rememberPending(installation, { unsealed->seq, audit::AuditMac::digest(*unsealed) })
                    .ok());
    }

    std::unique_ptr<ui::AuditViewer> viewer()
    {
        auto view = std::make_unique<ui::AuditViewer>(*db, Key, installation);
        view->setHeadStore(audit::ChainHeadStore(dir.path(QStringLiteral("profile"))));
        view->resize(1180, 640);
        view->show();
        test::processEventsFor(50);
        return view;
    }
};

QString cell(const ui::AuditViewer& view, int row, int column)
{
    return view.model()->index(row, column).data().toString();
}

// The rows the table shows for the current filters, all of them (the model reads pages).
QStringList column(const ui::AuditViewer& view, int columnIndex)
{
    QStringList values;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        values << cell(view, row, columnIndex);
    return values;
}

void choose(QComboBox* box, const QString& text)
{
    const int index = box->findText(text);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

}  // namespace

TEST_CASE("The audit viewer lists entries newest first and filters them", "[ui][audit]")
{
    ViewerFixture f;
    auto view = f.viewer();
    AuditTableModel* model = view->model();
    ui::AuditFilterBar* bar = view->filterBar();

    REQUIRE(model->totalCount() == 250);
    CHECK(view->countLabel()->text() == QStringLiteral("250 entry(s)"));
    CHECK(cell(*view, 0, AuditTableModel::SeqColumn) == QStringLiteral("250"));
    CHECK(cell(*view, 0, AuditTableModel::UserColumn) == s(u"陌生人"));
    CHECK(cell(*view, 0, AuditTableModel::ActionColumn) == QStringLiteral("Login failed"));
    CHECK(cell(*view, 0, AuditTableModel::ResultColumn) == QStringLiteral("Failed"));
    CHECK(cell(*view, 0, AuditTableModel::MacColumn) == QStringLiteral("Not sealed yet"));
    CHECK(cell(*view, 1, AuditTableModel::MacColumn) == QStringLiteral("Sealed"));
    CHECK(cell(*view, 249, AuditTableModel::SeqColumn) == QStringLiteral("1"));
    // Lazy: what was looked at, not the whole log.
    CHECK(model->entriesRead() <= 2 * AuditTableModel::PageSize + 50);
    CHECK(model->entriesRead() < 250);
    test::screenshot(view.get(), QStringLiteral("audit-viewer"));

    SECTION("by user")
    {
        CHECK(bar->userBox()->count() == 5);  // all, and the four users
        choose(bar->userBox(), s(u"李四"));
        CHECK(model->totalCount() == f.changes);
        CHECK(view->countLabel()->text() == QStringLiteral("%1 entry(s)").arg(f.changes));
        const QStringList users = column(*view, AuditTableModel::UserColumn);
        CHECK(users.size() == f.changes);
        CHECK(users.count(s(u"李四")) == f.changes);
        CHECK(cell(*view, 0, AuditTableModel::DetailsColumn) == s(u"name: 王小明 → 王晓明247"));
        CHECK(cell(*view, 0, AuditTableModel::TargetColumn).startsWith(QStringLiteral("member ")));

        SECTION("and action")
        {
            choose(bar->actionBox(), QStringLiteral("Exported"));
            CHECK(model->totalCount() == 0);
            choose(bar->userBox(), QStringLiteral("All users"));
            CHECK(model->totalCount() == f.exports);
            CHECK(column(*view, AuditTableModel::UserColumn).count(s(u"王五")) == f.exports);
            CHECK(cell(*view, 0, AuditTableModel::DetailsColumn) == s(u"file: 花名册.xlsx; rows: 248"));
        }
    }
    SECTION("by action")
    {
        choose(bar->actionBox(), QStringLiteral("Logged in"));
        CHECK(model->totalCount() == f.logins);
        CHECK(column(*view, AuditTableModel::ActionColumn).count(QStringLiteral("Logged in")) == f.logins);
    }
    SECTION("by result")
    {
        choose(bar->resultBox(), QStringLiteral("Failed"));
        CHECK(model->totalCount() == 1);
        CHECK(cell(*view, 0, AuditTableModel::UserColumn) == s(u"陌生人"));
    }
    SECTION("by text in the details, after the typing pause")
    {
        test::typeText(bar->textEdit(), s(u"王晓明1"));
        CHECK(model->totalCount() == 250);  // not yet
        REQUIRE(test::waitUntil([&] { return model->totalCount() < 250; }));
        // 王晓明1, 王晓明10 … 王晓明199: the changes with an i starting with 1.
        const QStringList details = column(*view, AuditTableModel::DetailsColumn);
        CHECK(!details.isEmpty());
        for (const QString& text : details)
            CHECK(text.contains(s(u"王晓明1")));
    }
    SECTION("by period")
    {
        bar->fromEdit()->setDate(QDate::currentDate().addDays(1));
        bar->fromBox()->setChecked(true);
        CHECK(model->totalCount() == 0);
        bar->fromEdit()->setDate(QDate::currentDate());
        CHECK(model->totalCount() == 250);
        bar->toBox()->setChecked(true);
        bar->toEdit()->setDate(QDate::currentDate().addDays(-1));
        CHECK(model->totalCount() == 0);
        bar->reset();
        CHECK(model->totalCount() == 250);
        CHECK(!bar->fromEdit()->isEnabled());
    }
    SECTION("the selected entry in full")
    {
        view->table()->setCurrentIndex(model->index(1, 0));
        const QString text = view->entryText()->toPlainText();
        CHECK(text.startsWith(QStringLiteral("Entry 249")));
        CHECK(text.contains(s(u"Details: file: 花名册.xlsx; rows: 248")));
        CHECK(text.contains(QStringLiteral("MAC: ")));
        test::screenshot(view.get(), QStringLiteral("audit-viewer-entry"));
    }
}

TEST_CASE("The audit viewer verifies the chain and remembers its head", "[ui][audit]")
{
    ViewerFixture f;
    auto view = f.viewer();
    audit::ChainHeadStore heads(f.dir.path(QStringLiteral("profile")));
    CHECK(!heads.recall(f.installation));
    CHECK(view->reportLabel()->isHidden());

    view->verifyButton()->click();
    CHECK(view->reportLabel()->isVisible());
    CHECK(view->reportLabel()->text().startsWith(
        QStringLiteral("The audit log is intact: 249 entry(s) checked.")));
    CHECK(view->reportLabel()->text().contains(QStringLiteral("1 entry(s) at the end are not sealed yet")));
    REQUIRE(heads.recall(f.installation));
    CHECK(heads.recall(f.installation)->seq == 249);
    CHECK(cell(*view, 1, AuditTableModel::MacColumn) == QStringLiteral("Verified"));
    CHECK(cell(*view, 0, AuditTableModel::MacColumn) == QStringLiteral("Not sealed yet"));
    test::screenshot(view.get(), QStringLiteral("audit-viewer-verified"));

    SECTION("an edited entry")
    {
        f.db->exec(
            "DROP TRIGGER audit_entry_sealed; UPDATE audit_entry SET username = 'admin' WHERE seq = 200");
        view->refresh();
        const auto report = view->verify();
        CHECK(report.isBroken());
        CHECK(view->reportLabel()->text().contains(QStringLiteral("Entry 200 has been altered")));
        // Rows: 250 at the top, so seq 200 is row 50.
        CHECK(cell(*view, 50, AuditTableModel::MacColumn) == QStringLiteral("Broken"));
        CHECK(cell(*view, 49, AuditTableModel::MacColumn) == QStringLiteral("Not verifiable"));
        CHECK(cell(*view, 51, AuditTableModel::MacColumn) == QStringLiteral("Verified"));
        CHECK(view->model()->index(50, 0).data(Qt::ForegroundRole).value<QColor>() == QColor(0xc0, 0, 0));
        CHECK(!view->model()->index(49, 0).data(Qt::ForegroundRole).isValid());
        test::screenshot(view.get(), QStringLiteral("audit-viewer-broken"));
    }
    SECTION("a cut-off tail, which only the remembered head shows")
    {
        f.db->exec("DROP TRIGGER audit_entry_keep_young; DELETE FROM audit_entry WHERE seq >= 245");
        view->refresh();
        const auto report = view->verify();
        CHECK(report.isBroken());
        CHECK(view->reportLabel()->text().contains(QStringLiteral("Entries from 245 on are missing")));
        // The head did not move back.
        CHECK(heads.recall(f.installation)->seq == 249);
    }
}

TEST_CASE("The audit viewer exports the entries the filters select", "[ui][audit]")
{
    ViewerFixture f;
    auto view = f.viewer();
    choose(view->filterBar()->userBox(), s(u"王五"));
    const QString path = f.dir.path(QStringLiteral("audit.csv"));
    REQUIRE(view->exportTo(path).ok());
    CHECK(view->reportLabel()->text()
        == QStringLiteral("%1 entry(s) exported to %2.").arg(f.exports).arg(path));

    const auto decoded = format::TextDecoder::decode(test::readBytes(path));
    REQUIRE(decoded.ok());
    const auto table = format::CsvReader::read(decoded->text);
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == f.exports + 1);
    CHECK(table->records[1].fields[2] == s(u"王五"));
    CHECK(table->records[1].fields[3] == QStringLiteral("Exported"));
    CHECK(table->records[1].fields[7] == QStringLiteral("Verified"));

    CHECK(!view->exportTo(f.dir.path(QStringLiteral("no/such/folder/audit.xlsx"))).ok());
    CHECK(view->reportLabel()->text().contains(QStringLiteral("audit.xlsx")));
}

TEST_CASE("The audit viewer keeps a break reported until an administrator acknowledges it", "[ui][audit]")
{
    ViewerFixture f;
    auto view = f.viewer();
    CHECK(view->verify().isIntact());
    CHECK(view->acknowledgeButton()->isHidden());

    f.db->exec("DROP TRIGGER audit_entry_sealed; UPDATE audit_entry SET username = 'admin' WHERE seq = 120");
    view->refresh();
    CHECK(view->verify().isBroken());
    // Without the right to acknowledge (an auditor) there is no button.
    CHECK(view->acknowledgeButton()->isHidden());

    // An administrator's viewer: the same acknowledgement core runs for the main window.
    view->setAcknowledge([&f] {
        return audit::AuditIntegrity(
            *f.db, Key, f.installation, audit::ChainHeadStore(f.dir.path(QStringLiteral("profile"))))
            .acknowledge(RecordId::generate(), QStringLiteral("admin"));
    });
    CHECK(view->verify().isBroken());
    CHECK(view->acknowledgeButton()->isVisible());
    test::screenshot(view.get(), QStringLiteral("audit-viewer-acknowledge"));
    // Declined: nothing written, still broken.
    REQUIRE(view->acknowledgeBreaks(false).ok());
    CHECK(view->verify().isBroken());

    REQUIRE(view->acknowledgeBreaks(true).ok());
    CHECK(view->reportLabel()->text().contains(QStringLiteral("intact")));
    CHECK(view->acknowledgeButton()->isHidden());
    CHECK(cell(*view, 0, AuditTableModel::ActionColumn) == QStringLiteral("Audit log break acknowledged"));
}

TEST_CASE("The audit export says where the file went", "[ui][audit]")
{
    ViewerFixture f;
    auto view = f.viewer();
    const QString path = f.dir.path(QStringLiteral("审计日志.xlsx"));
    test::chooseFileInNextDialog(path);
    QString where;
    test::onNextModalOf<ui::SavedFileNotice>([&](ui::SavedFileNotice* notice) {
        where = notice->informativeText();
        notice->accept();
    });
    view->exportButton()->click();
    CHECK(where.contains(QDir::toNativeSeparators(path)));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("The audit viewer and its export speak Chinese, with names instead of ids", "[ui][audit][i18n]")
{
    test::TempDir dir;
    auto db = test::createJiangbeiDatabase(dir.path(QStringLiteral("zh.redgrid")));
    hierarchy::HierarchyEditor nodes(*db);
    const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
        { hierarchy::NodeKind::Street, s(u"观音桥街道"), {}, 0, std::nullopt, {} });
    REQUIRE(street.ok());
    const auto community
        = nodes.add(street->id, { hierarchy::NodeKind::Community, s(u"电测社区"), {}, 0, std::nullopt, {} });
    REQUIRE(community.ok());
    REQUIRE(security::AccountStore(*db)
                .add({ QStringLiteral("dianceshuji"), s(u"王书记"), security::Role::CommunitySecretary,
                    community->id, QStringLiteral("Shuji-2026x") })
                .ok());

    REQUIRE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    const auto english = qScopeGuard([] {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    ui::AuditViewer view(*db, Key, RecordId::generate().toString());
    view.setHeadStore(audit::ChainHeadStore(dir.path(QStringLiteral("profile"))));
    view.resize(1180, 640);
    view.show();
    test::processEventsFor(50);
    // Newest first: the account just created.
    CHECK(cell(view, 0, AuditTableModel::ActionColumn) == s(u"创建账号"));
    CHECK(cell(view, 0, AuditTableModel::TargetColumn) == s(u"账号 dianceshuji"));
    const QString details = cell(view, 0, AuditTableModel::DetailsColumn);
    INFO(details.toStdString());
    CHECK(details.contains(s(u"角色：社区书记")));
    CHECK(details.contains(s(u"管辖范围：电测社区（社区）")));
    CHECK_FALSE(details.contains(community->id.toString()));
    CHECK_FALSE(details.contains(QStringLiteral("community_secretary")));
    test::screenshot(&view, QStringLiteral("audit-viewer-zh"));

    // The export says the same.
    const QString path = dir.path(QStringLiteral("审计日志.csv"));
    REQUIRE(view.exportTo(path).ok());
    const auto decoded = format::TextDecoder::decode(test::readBytes(path));
    REQUIRE(decoded.ok());
    CHECK(decoded->text.contains(s(u"角色：社区书记；管辖范围：电测社区（社区）")));
    CHECK_FALSE(decoded->text.contains(community->id.toString()));
}
