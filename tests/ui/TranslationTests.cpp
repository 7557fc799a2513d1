// The interface speaks Chinese on a Chinese system: every visible string of the main
// window and its dialogs is translated, and the zh_CN translation covers every tr() string.
#include "UiTestSupport.h"
#include "common/Translations.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"
#include "ui/hierarchy/AddNodeDialog.h"
#include "ui/hierarchy/DeleteNodeDialog.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/MoveNodeDialog.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/mainwindow/StartupDialog.h"
#include "ui/roster/RosterFileActions.h"
#include "ui/roster/RosterWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// Latin words that stay as they are in the Chinese interface: product and standard
// names, key names, units, file formats.
const QSet<QString> AllowedWords { QStringLiteral("Qt"), QStringLiteral("SQLite"), QStringLiteral("GB"),
    QStringLiteral("Ctrl"), QStringLiteral("Del"), QStringLiteral("Ins"), QStringLiteral("Esc"),
    QStringLiteral("MiB"), QStringLiteral("redgrid"), QStringLiteral("CSV"), QStringLiteral("PDF") };

// Installs the Chinese interface for the life of the object, then restores English.
class ChineseInterface
{
public:
    ChineseInterface()
    {
        REQUIRE(
            installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
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
    static const QRegularExpression paths(QStringLiteral(R"([^\s（(]*[/\\][^\s）)]*|\S*\.redgrid)"));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    text.remove(tags).remove(paths).remove(QLatin1Char('&'));
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

// Everything `root` shows in words: titles, labels, buttons, menus, headers and cells.
QStringList visibleTexts(QWidget* root)
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
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int column = 0; column < model->columnCount(); ++column) {
                texts << model->headerData(column, Qt::Horizontal).toString();
                for (int row = 0; row < model->rowCount(); ++row)
                    texts << model->index(row, column).data().toString();
            }
        }
        collectActions(widget->actions(), texts);
    }
    return texts;
}

QStringList untranslatedTexts(QWidget* root)
{
    QStringList problems;
    for (const QString& text : visibleTexts(root)) {
        const QStringList words = untranslatedWords(text);
        if (!words.isEmpty())
            problems << QStringLiteral("\"%1\" (%2)").arg(text, words.join(QLatin1Char(' ')));
    }
    problems.removeDuplicates();
    return problems;
}

void requireAllTranslated(QWidget* root, const char* what)
{
    const QStringList problems = untranslatedTexts(root);
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
    REQUIRE(window.hierarchyWidget()->revealNode(grid.id));
    test::processEventsFor(300);
    CHECK(window.windowTitle().contains(QStringLiteral("红网格")));
    requireAllTranslated(&window, "main window");
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

TEST_CASE("The dialogs of the window are in Chinese on a Chinese system", "[ui][i18n]")
{
    ChineseInterface chinese;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.redgrid"));
    test::createSmallDemo(path);
    auto db = test::openSignedIn(path);
    hierarchy::HierarchyStore store(*db);
    hierarchy::HierarchyEditor editor(*db);
    const auto street = store.children(store.root()->id).constFirst();
    const auto community = store.children(street.id).constFirst();

    ui::StartupDialog startup(dir.path(QStringLiteral("demo-data.redgrid")));
    ui::AboutDialog about;
    ui::NewDatabaseDialog create;
    ui::AddNodeDialog add(editor, community, path);
    ui::MoveNodeDialog move(store, editor, community, path);
    ui::DeleteNodeDialog remove(store, editor, street, path);
    const std::pair<QDialog*, const char*> dialogs[] { { &startup, "start-up dialog" }, { &about, "About" },
        { &create, "New Database" }, { &add, "Add" }, { &move, "Move" }, { &remove, "Delete" } };
    for (const auto& [dialog, name] : dialogs) {
        dialog->show();
        test::processEventsFor(50);
        requireAllTranslated(dialog, name);
        dialog->hide();
    }
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
