// The interface speaks Chinese on a Chinese system: every visible string of the main
// window and its dialogs is translated, and the zh_CN translation covers every tr() string.
#include "UiTestSupport.h"
#include "assessment/DefaultTemplates.h"
#include "assessment/SheetStore.h"
#include "common/Translations.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/DivisionImporter.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/assessment/EvidenceFilesDialog.h"
#include "ui/assessment/TemplateRulesDialog.h"
#include "ui/assessment/YearEndDialog.h"
#include "ui/audit/AuditLogWindow.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"
#include "ui/common/Translations.h"
#include "ui/hierarchy/AddNodeDialog.h"
#include "ui/hierarchy/DeleteNodeDialog.h"
#include "ui/hierarchy/DivisionImportDialog.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/MoveNodeDialog.h"
#include "ui/hierarchy/NodePickerDialog.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/mainwindow/RestoreDialog.h"
#include "ui/mainwindow/StartPage.h"
#include "ui/mainwindow/StartupDialog.h"
#include "ui/organisation/OrgDialog.h"
#include "ui/organisation/OrgPickerDialog.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/MemberEventDialog.h"
#include "ui/roster/MemberImportDialog.h"
#include "ui/roster/RosterFileActions.h"
#include "ui/roster/RosterWidget.h"
#include "ui/security/AccountsDialog.h"
#include "ui/security/AddAccountDialog.h"
#include "ui/security/ChangePasswordDialog.h"
#include "ui/security/FirstAdministratorDialog.h"
#include "ui/security/IdleLock.h"
#include "ui/security/LockScreen.h"
#include "ui/security/RecoveryKeyDialog.h"
#include "ui/security/ResetPasswordDialog.h"
#include "ui/security/SignInDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// Latin words that stay as they are in the Chinese interface: product and standard
// names, key names, units, file formats.
const QSet<QString> AllowedWords { QStringLiteral("Qt"), QStringLiteral("SQLite"), QStringLiteral("GB"),
    QStringLiteral("Ctrl"), QStringLiteral("Del"), QStringLiteral("Ins"), QStringLiteral("Esc"),
    QStringLiteral("MiB"), QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("redgrid"),
    QStringLiteral("CSV"), QStringLiteral("Excel"), QStringLiteral("PDF") };

// The user's own words, which no translation changes: the test administrator's account
// name, and the home folder's (in the file dialogs' list of places).
const QStringList UserData { QStringLiteral("admin"), QDir::home().dirName() };

// Installs the Chinese interface for the life of the object, then restores English.
class ChineseInterface
{
public:
    ChineseInterface()
    {
        // As `redgrid --lang zh_CN` does it, on a system that speaks English.
        REQUIRE(QLocale::system().language() != QLocale::Chinese);
        REQUIRE(ui::installInterfaceLanguage(
            *QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    }
    ~ChineseInterface()
    {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

// The words of `text` a Chinese user would see in English.
QStringList untranslatedWords(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    // Paths and file names are the user's, not the interface's.
    static const QRegularExpression paths(
        QStringLiteral(R"([^\s（(]*[/\\][^\s）)]*|[^\s<>（(“"]*\.(redgrid|csv|xlsx|xls|txt|pdf)\b)"));
    // A recovery key (13 groups of 4), shown as it is, and its placeholder.
    static const QRegularExpression keys(
        QStringLiteral(R"(\b[A-Z2-7X]{4}(-[A-Z2-7X]{4}|\s+[A-Z2-7X]{4}\b|-…)+)"));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    text.remove(tags).remove(paths).remove(keys).remove(QLatin1Char('&'));
    for (const QString& data : UserData)
        text.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(data)));
    QStringList found;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (!AllowedWords.contains(word)
            && !QRegularExpression(QStringLiteral("^F\\d+$")).match(word).hasMatch())
            found << word;
    }
    return found;
}

void collectActions(const QList<QAction*>& actions, QStringList& texts)
{
    for (QAction* action : actions) {
        if (!action->isVisible())
            continue;
        texts << action->text() << action->toolTip() << action->statusTip();
        if (action->menu()) {
            texts << action->menu()->title();
            collectActions(action->menu()->actions(), texts);
        }
    }
}

// Everything `root` shows in words: titles, labels, buttons, menus, headers and cells
// (the cells only when asked).
enum class Cells { Checked, Skipped };

QStringList visibleTexts(QWidget* root, Cells cells = Cells::Checked)
{
    QStringList texts { root->windowTitle() };
    if (auto* window = qobject_cast<QMainWindow*>(root))
        collectActions(window->menuBar()->actions(), texts);
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        texts << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            texts << group->title();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->placeholderText();
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        // A table's header is a view of the table's model: the table itself is read below.
        if (auto* view = qobject_cast<QAbstractItemView*>(widget);
            view && view->model() && !qobject_cast<QHeaderView*>(widget)) {
            const QAbstractItemModel* model = view->model();
            const QModelIndex parent = view->rootIndex();
            for (int column = 0; column < model->columnCount(parent); ++column) {
                // A hidden column (a key the program keeps beside what it shows) is not seen.
                if (auto* table = qobject_cast<QTableView*>(view); table && table->isColumnHidden(column))
                    continue;
                texts << model->headerData(column, Qt::Horizontal).toString();
                for (int row = 0; cells == Cells::Checked && row < model->rowCount(parent); ++row)
                    texts << model->index(row, column, parent).data().toString();
            }
        }
        collectActions(widget->actions(), texts);
    }
    return texts;
}

QStringList untranslatedTexts(QWidget* root, Cells cells = Cells::Checked)
{
    QStringList problems;
    for (const QString& text : visibleTexts(root, cells)) {
        const QStringList words = untranslatedWords(text);
        if (!words.isEmpty())
            problems << QStringLiteral("\"%1\" (%2)").arg(text, words.join(QLatin1Char(' ')));
    }
    problems.removeDuplicates();
    return problems;
}

void requireAllTranslated(QWidget* root, const char* what, Cells cells = Cells::Checked)
{
    const QStringList problems = untranslatedTexts(root, cells);
    INFO(what << ": untranslated in zh_CN:\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

// One message of a Qt Linguist file: "context|source", and whether it has a finished translation.
struct TsMessage
{
    QString key;
    bool translated = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QXmlStreamReader xml(test::readBytes(path));
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            message = { context + QLatin1Char('|') + xml.readElementText(), false };
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            message.translated = finished
                && !xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// The small demo open in a shown main window.
struct DemoWindow
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.redgrid"));
    ui::MainWindow window;

    DemoWindow()
    {
        test::createSmallDemo(path);
        REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
        window.show();
    }
};

}  // namespace

TEST_CASE("Every visible string of the main window is in Chinese on a Chinese system", "[ui][i18n]")
{
    ChineseInterface chinese;
    DemoWindow f;
    ui::MainWindow& window = f.window;

    // A grid selected: the details form, the overview and its counts are all showing.
    auto db = test::openSignedIn(f.path);
    const auto grid = hierarchy::HierarchyStore(*db).search(QStringLiteral("第一网格"), 1).constFirst();
    REQUIRE(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->revealNode(grid.id));
    test::processEventsFor(300);
    CHECK(window.windowTitle().contains(QStringLiteral("红网格")));
    requireAllTranslated(&window, "main window");

    // Every tab in front in turn: the organisations beside the roster, the checks.
    for (int tab = 1; tab < window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->count(); ++tab) {
        window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->setCurrentIndex(tab);
        test::processEventsFor(300);
        requireAllTranslated(&window,
            qPrintable(QStringLiteral("main window, tab ")
                + window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->tabText(tab)));
        test::screenshot(&window, QStringLiteral("zh-tab-%1").arg(tab));
    }
}

TEST_CASE("The lock screen and the unlock dialog are in Chinese", "[ui][i18n]")
{
    ChineseInterface chinese;
    DemoWindow f;
    f.window.lockNow();
    REQUIRE(f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked());
    REQUIRE_FALSE(f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->lockScreens().isEmpty());
    requireAllTranslated(
        f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->lockScreens().constFirst(),
        "lock screen");
    REQUIRE(f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog());
    requireAllTranslated(f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog(),
        "unlock dialog after Lock Now");
    f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))
        ->unlockDialog()
        ->passwordEdit()
        ->setText(test::TestPassword);
    f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog()->accept();
    CHECK_FALSE(f.window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked());
}

TEST_CASE("The window without a database, after signing out, is in Chinese", "[ui][i18n]")
{
    ChineseInterface chinese;
    DemoWindow f;
    f.window.closeDatabase();
    test::processEventsFor(50);
    CHECK(f.window.windowTitle() == QStringLiteral("红网格"));
    requireAllTranslated(&f.window, "main window without a database");
}

TEST_CASE("A new database opens on its start page in Chinese", "[ui][i18n]")
{
    ChineseInterface chinese;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("江北区.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    REQUIRE(window.findChild<ui::StartPage*>(QStringLiteral("startPage")));
    REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->currentWidget()
        == window.findChild<ui::StartPage*>(QStringLiteral("startPage")));
    test::processEventsFor(50);
    requireAllTranslated(&window, "main window with the start page");
    test::screenshot(&window, QStringLiteral("zh-start-page"));
}

TEST_CASE("The file dialogs show types, sizes and dates in Chinese on a system that does not", "[ui][i18n]")
{
    ChineseInterface chinese;
    test::TempDir dir;
    REQUIRE(QDir(dir.root()).mkdir(QStringLiteral("子文件夹")));
    test::writeBytes(dir.path(QStringLiteral("江北区.redgrid")), QByteArray(5 * 1024 * 1024, 'x'));
    test::writeBytes(dir.path(QStringLiteral("花名册.xlsx")), QByteArray(123456, 'x'));

    QStringList dates, problems;
    QMap<QString, QString> types;
    test::onNextModalOf<QFileDialog>([&](QFileDialog* dialog) {
        REQUIRE(dialog);
        dialog->setViewMode(QFileDialog::Detail);  // the columns, as the user chooses them
        auto* tree = dialog->findChild<QTreeView*>(QStringLiteral("treeView"));
        REQUIRE(tree);
        REQUIRE(test::waitUntil([&] { return tree->model()->rowCount(tree->rootIndex()) == 3; }));
        test::processEventsFor(100);
        requireAllTranslated(dialog, "file dialog");
        const QAbstractItemModel* model = tree->model();
        for (int row = 0; row < 3; ++row) {
            const QString name = model->index(row, 0, tree->rootIndex()).data().toString();
            types.insert(name, model->index(row, 2, tree->rootIndex()).data().toString());
            dates << model->index(row, 3, tree->rootIndex()).data().toString();
            // Nothing cut off: every size, type and date fits its column.
            for (int column = 1; column <= 3; ++column) {
                const QString text = model->index(row, column, tree->rootIndex()).data().toString();
                if (tree->fontMetrics().horizontalAdvance(text) + 8 > tree->header()->sectionSize(column))
                    problems << text;
            }
        }
        test::screenshot(dialog, QStringLiteral("zh-file-dialog"));
        dialog->reject();
    });
    QFileDialog::getOpenFileName(nullptr, QStringLiteral("打开"), dir.root());

    CHECK(types.value(QStringLiteral("子文件夹")) == QStringLiteral("文件夹"));
    CHECK(types.value(QStringLiteral("江北区.redgrid")) == QStringLiteral("红网格数据库"));
    REQUIRE(dates.size() == 3);
    for (const QString& date : std::as_const(dates))
        CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"))
                  .match(date)
                  .hasMatch());
    INFO("cut off: " << problems.join(QStringLiteral(", ")).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The check for untranslated text finds the English of the English interface", "[ui][i18n]")
{
    DemoWindow f;
    test::processEventsFor(100);
    const QString found = untranslatedTexts(&f.window).join(QLatin1Char('\n'));
    CHECK(found.contains(QStringLiteral("Search by name or code")));
    CHECK(found.contains(QStringLiteral("File")));
    CHECK(found.contains(QStringLiteral("Street")));  // the kind column of the tree
    CHECK(found.contains(QStringLiteral("Remarks")));
}

namespace {

// What the dialogs are made from: the roster of tests/ui (a community with two branches and
// their members, on real 江北区 names), signed in as the administrator.
struct DialogWorld
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("roster.redgrid"));
    test::RosterData data = test::buildRoster(path, 10);
    storage::Connection& db = *data.h.db;
    hierarchy::HierarchyStore store { db };
    hierarchy::HierarchyEditor editor { db };
    QString divisionList = test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"));
    QString rosterFile = dir.path(QStringLiteral("花名册.csv"));

    DialogWorld()
    {
        test::writeText(rosterFile,
            QStringLiteral(
                "序号,姓名,所在党支部,公民身份证号,性别,民族,出生日期,学历,人员类别,入党日期,转正日期\n"
                "1,赵六,%1,%2,男,汉族,1980-05-06,大学本科毕业,正式党员,2009-07-01,2010-07-01\n")
                .arg(data.branchA.name, test::makeIdNumber(QDate(1980, 5, 6), 301)));
    }
    roster::Member member() const { return data.named.value(QStringLiteral("张三")); }
};

// A dialog or window of the program: the name of its class (and what is shown, after a
// space, when one class shows more than one thing), and how to make one.
struct ProgramDialog
{
    QString name;
    std::function<std::unique_ptr<QWidget>(DialogWorld&)> make;
    Cells cells = Cells::Checked;
};

// Every dialog of the program. A new dialog goes here: the test below fails for a QDialog
// subclass of ui/ that is missing.
const std::vector<ProgramDialog>& programDialogs()
{
    static const std::vector<ProgramDialog> dialogs {
        { QStringLiteral("StartupDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::StartupDialog>(w.dir.path(QStringLiteral("demo-data.redgrid")));
            } },
        { QStringLiteral("AboutDialog"), [](DialogWorld&) { return std::make_unique<ui::AboutDialog>(); } },
        { QStringLiteral("NewDatabaseDialog"),
            [](DialogWorld&) { return std::make_unique<ui::NewDatabaseDialog>(); } },
        { QStringLiteral("RestoreDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::RestoreDialog>(
                    backup::BackupFolder(w.dir.path(QStringLiteral("backups")), w.path), w.path);
            } },
        { QStringLiteral("AddNodeDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::AddNodeDialog>(w.editor, w.data.h.communityA, w.path);
            } },
        { QStringLiteral("MoveNodeDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::MoveNodeDialog>(w.store, w.editor, w.data.h.communityA, w.path);
            } },
        { QStringLiteral("DeleteNodeDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::DeleteNodeDialog>(w.store, w.editor, w.data.h.huaxinjie, w.path);
            } },
        { QStringLiteral("DivisionImportDialog"),
            [](DialogWorld& w) -> std::unique_ptr<QWidget> {
                QByteArray list = test::readBytes(w.divisionList);
                list.append("500105006099,,500105006000,5\r\n");  // a rejected row and its reason
                auto preview = importexport::DivisionImporter(w.db).importBytes(list, w.divisionList, true);
                REQUIRE(preview.ok());
                return std::make_unique<ui::DivisionImportDialog>(*preview);
            } },
        { QStringLiteral("NodePickerDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::NodePickerDialog>(w.store, w.path,
                    QSet<hierarchy::NodeLevel> { hierarchy::NodeLevel::Grid }, QStringLiteral("选择网格"));
            } },
        { QStringLiteral("OrgDialog"),
            [](DialogWorld& w) { return std::make_unique<ui::OrgDialog>(w.db, w.data.branchA); } },
        { QStringLiteral("OrgPickerDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::OrgPickerDialog>(
                    w.db, QStringLiteral("移到党组织"), QStringLiteral("选择党组织："));
            } },
        { QStringLiteral("EvidenceFilesDialog"),
            [](DialogWorld&) {
                return std::make_unique<ui::EvidenceFilesDialog>(
                    QStringLiteral("组织生活"), QStringList { QStringLiteral("/nowhere/记录.pdf") }, true);
            } },
        { QStringLiteral("TemplateRulesDialog"),
            [](DialogWorld&) {
                return std::make_unique<ui::TemplateRulesDialog>(
                    assessment::DefaultTemplates::communityQuarterly(), true);
            } },
        { QStringLiteral("YearEndDialog"),
            [](DialogWorld& w) -> std::unique_ptr<QWidget> {
                const auto community = assessment::SheetStore(w.db).target(
                    assessment::TargetKind::Community, w.data.h.communityA.id);
                REQUIRE(community);
                return std::make_unique<ui::YearEndDialog>(w.db, *community, 2026);
            } },
        { QStringLiteral("MemberDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::MemberDialog>(w.db, w.member().id, RecordId());
            } },
        { QStringLiteral("MemberEventDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::MemberEventDialog>(
                    w.db, w.member(), ui::MemberEventDialog::Event::TransferOut);
            } },
        { QStringLiteral("MemberImportDialog"),
            [](DialogWorld& w) {
                auto dialog
                    = std::make_unique<ui::MemberImportDialog>(w.db, w.path, w.rosterFile, RecordId());
                REQUIRE(dialog->load(true));
                return dialog;
            } },
        { QStringLiteral("AccountsDialog"),
            [](DialogWorld& w) { return std::make_unique<ui::AccountsDialog>(w.db); } },
        { QStringLiteral("AddAccountDialog"),
            [](DialogWorld& w) { return std::make_unique<ui::AddAccountDialog>(w.db); } },
        { QStringLiteral("ChangePasswordDialog"),
            [](DialogWorld& w) { return std::make_unique<ui::ChangePasswordDialog>(w.db); } },
        { QStringLiteral("ResetPasswordDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::ResetPasswordDialog>(w.db, QStringLiteral("admin"));
            } },
        { QStringLiteral("FirstAdministratorDialog"),
            [](DialogWorld&) {
                return std::make_unique<ui::FirstAdministratorDialog>(
                    ui::FirstAdministratorDialog::Purpose::SecureExisting, QStringLiteral("江北区.redgrid"));
            } },
        { QStringLiteral("SignInDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::SignInDialog>(w.db, ui::SignInDialog::Mode::SignIn);
            } },
        { QStringLiteral("SignInDialog (recovery)"),
            [](DialogWorld& w) {
                auto dialog = std::make_unique<ui::SignInDialog>(w.db, ui::SignInDialog::Mode::SignIn);
                dialog->showRecovery(true);
                return dialog;
            } },
        { QStringLiteral("SignInDialog (unlock)"),
            [](DialogWorld& w) {
                return std::make_unique<ui::SignInDialog>(
                    w.db, ui::SignInDialog::Mode::Unlock, QStringLiteral("admin"));
            } },
        { QStringLiteral("RecoveryKeyDialog"),
            [](DialogWorld& w) {
                return std::make_unique<ui::RecoveryKeyDialog>(
                    QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSA"),
                    w.path);
            } },
        // The audit log's window (an auditor's tab), its entries' details included.
        { QStringLiteral("AuditViewer"),
            [](DialogWorld& w) { return std::unique_ptr<QWidget>(ui::createAuditViewer(w.db)); } },
        { QStringLiteral("SavedFileNotice"),
            [](DialogWorld& w) {
                return std::make_unique<ui::SavedFileNotice>(w.dir.path(QStringLiteral("花名册.xlsx")),
                    QCoreApplication::translate(
                        "redgrid::ui::PrintPreview", "The document was saved as a PDF file."));
            } },
    };
    return dialogs;
}

// The dialog classes declared in ui/: `class X : public QDialog` (or a message box).
QStringList dialogClassesInSources()
{
    static const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)\s*:\s*public\s+(QDialog|QMessageBox|QWizard|QProgressDialog)\b)"));
    QStringList classes;
    QDirIterator it(QStringLiteral(REDGRID_SOURCE_DIR "/ui"), { QStringLiteral("*.h") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString text = QString::fromUtf8(test::readBytes(it.next()));
        for (auto match = declaration.globalMatch(text); match.hasNext();)
            classes << match.next().captured(1);
    }
    return classes;
}

}  // namespace

TEST_CASE("Every dialog of the program is in Chinese on a Chinese system", "[ui][i18n]")
{
    ChineseInterface chinese;
    DialogWorld world;
    for (const ProgramDialog& entry : programDialogs()) {
        INFO(entry.name.toStdString());
        std::unique_ptr<QWidget> dialog = entry.make(world);
        REQUIRE(dialog);
        dialog->show();
        test::processEventsFor(50);
        requireAllTranslated(dialog.get(), qPrintable(entry.name), entry.cells);
        test::screenshot(dialog.get(), QStringLiteral("zh-") + entry.name);
        dialog->hide();
    }
}

TEST_CASE("The translation check covers every dialog class of ui/", "[ui][i18n]")
{
    QSet<QString> listed;
    for (const ProgramDialog& entry : programDialogs())
        listed.insert(entry.name.section(QLatin1Char(' '), 0, 0));
    QStringList missing;
    for (const QString& name : dialogClassesInSources())
        if (!listed.contains(name))
            missing << name;
    INFO("add these to programDialogs() in tests/ui/TranslationTests.cpp: "
        << missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
    CHECK(listed.size() >= 20);
}

TEST_CASE("The print preview and the notice of a saved file are in Chinese on a Chinese system", "[ui][i18n]")
{
    ChineseInterface chinese;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    const auto data = test::buildRoster(path, 0);
    auto db = test::openSignedIn(path);
    ui::RosterWidget roster(*db);
    ui::RosterFileActions files(*db, &roster);
    roster.setOrganisation(data.branchB.id, data.branchB.name);

    const auto preview = files.rosterPreview();
    preview->dialog()->show();
    REQUIRE(test::waitUntil([&] { return preview->previewWidget()->pageCount() == 1; }));
    requireAllTranslated(preview->dialog(), "print preview");
    test::screenshot(preview->dialog(), QStringLiteral("print-preview-zh"));
    CHECK(preview->descriptionLabel()->text().contains(QStringLiteral("排序：姓名，按拼音")));
    preview->dialog()->hide();

    ui::SavedFileNotice notice(dir.path(QStringLiteral("roster.pdf")),
        QCoreApplication::translate("redgrid::ui::PrintPreview", "The document was saved as a PDF file."));
    notice.show();
    test::processEventsFor(50);
    requireAllTranslated(&notice, "saved-file notice");
    test::screenshot(&notice, QStringLiteral("saved-file-notice-zh"));
    CHECK(notice.informativeText().contains(QStringLiteral("保存位置")));
}

TEST_CASE("The zh_CN translation covers every translatable string in the sources", "[ui][i18n]")
{
    // lupdate over the sources as they are now, into a scratch file.
    test::TempDir dir;
    const QString scratch = dir.path(QStringLiteral("now.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(REDGRID_SOURCE_DIR));
    lupdate.start(QStringLiteral(REDGRID_LUPDATE_PATH),
        { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
            QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
            QStringLiteral("-ts"), scratch });
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    const QList<TsMessage> now = readTs(scratch);
    QSet<QString> translated;
    for (const TsMessage& message :
        readTs(QStringLiteral(REDGRID_SOURCE_DIR "/resources/translations/redgrid_zh_CN.ts"))) {
        if (message.translated)
            translated.insert(message.key);
    }
    QStringList missing;
    for (const TsMessage& message : now) {
        if (!translated.contains(message.key))
            missing << message.key;
    }
    const auto messages = now.size();
    CHECK(messages > 300);
    INFO("not translated in resources/translations/redgrid_zh_CN.ts (run the update_translations target):\n"
        << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
