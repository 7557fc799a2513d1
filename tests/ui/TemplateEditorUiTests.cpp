// The template editor's own actions driven through its buttons and dialogs (issue 23 §7):
// Copy as New, Export to a file chosen in the file dialog, Import (from another database,
// again, and a damaged file), and Use for New Sheets, which only an administrator may.
// Each checks what TemplateStore holds afterwards, or the file as TemplateFile reads it.
#include "UiTestSupport.h"
#include "assessment/DefaultTemplates.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateEditor.h"
#include "assessment/TemplateFile.h"
#include "assessment/TemplateStore.h"
#include "support/AreaDemo.h"
#include "support/TestSupport.h"
#include "ui/assessment/SheetsPage.h"
#include "ui/assessment/TemplateEditorWidget.h"
#include "ui/common/SavedFileNotice.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

namespace {

// The administrator's template editor with the template named `name` chosen in its list.
void chooseTemplate(ui::TemplateEditorWidget& editor, const QString& name)
{
    auto* list = test::namedChild<QTreeWidget>(editor, "templateList");
    const QList<QTreeWidgetItem*> found = list->findItems(name, Qt::MatchExactly);
    INFO(name.toStdString());
    REQUIRE(found.size() == 1);
    list->setCurrentItem(found.front());
}

int rowsNamed(ui::TemplateEditorWidget& editor, const QString& name)
{
    return int(
        test::namedChild<QTreeWidget>(editor, "templateList")->findItems(name, Qt::MatchExactly).size());
}

QString statusOf(ui::TemplateEditorWidget& editor)
{
    return test::namedChild<QLabel>(editor, "templateStatus")->text();
}

const QString Community = assessment::DefaultTemplates::communityQuarterly().name;

}  // namespace

TEST_CASE(
    "Copy as New stores the chosen template under a new identity and name", "[ui][assessment][templates]")
{
    test::AreaDemo d;
    ui::TemplateEditorWidget editor(*d.admin);
    editor.resize(1200, 800);
    editor.reload();
    editor.show();
    chooseTemplate(editor, Community);
    const auto original = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(original);
    const int before = int(assessment::TemplateStore(*d.admin).latestVersions().size());

    const QString name = QStringLiteral("社区党建考核（江北试行）");
    test::onNextModalOf<QInputDialog>([&](QInputDialog* dialog) {
        auto* edit = dialog->findChild<QLineEdit*>();
        REQUIRE(edit);
        CHECK(edit->text().contains(Community));  // "… (copy)" offered
        edit->selectAll();
        test::typeText(edit, name);
        test::pressKey(edit, Qt::Key_Return);
    });
    auto* copy = test::namedChild<QPushButton>(editor, "copyTemplate");
    REQUIRE(copy->isEnabled());
    copy->click();

    CHECK(statusOf(editor) == ui::TemplateEditorWidget::tr("Copied as \"%1\", version 1.").arg(name));
    CHECK(rowsNamed(editor, name) == 1);
    CHECK(rowsNamed(editor, Community) == 1);
    const auto all = assessment::TemplateStore(*d.admin).latestVersions();
    CHECK(int(all.size()) == before + 1);
    std::optional<assessment::StoredTemplate> copied;
    for (const auto& stored : all)
        if (stored.table->name == name)
            copied = stored;
    REQUIRE(copied);
    CHECK(copied->table->id != original->table->id);
    CHECK(copied->table->version == 1);
    CHECK_FALSE(copied->inUse);
    CHECK(copied->table->indicators.size() == original->table->indicators.size());
    CHECK(copied->table->vetoes.size() == original->table->vetoes.size());
}

TEST_CASE("Export writes the chosen template to the file chosen in the dialog; read back it is the same",
    "[ui][assessment][templates]")
{
    test::AreaDemo d;
    ui::TemplateEditorWidget editor(*d.admin);
    editor.reload();
    editor.show();
    chooseTemplate(editor, Community);
    test::TempDir out;
    const QString path = out.path(QStringLiteral("社区考核模板.json"));
    test::chooseFileInNextDialog(path);
    QString noticed;
    test::onNextModalOf<ui::SavedFileNotice>([&](ui::SavedFileNotice* notice) {
        noticed = notice->path();
        notice->accept();
    });
    test::namedChild<QPushButton>(editor, "exportTemplate")->click();
    CHECK(noticed == path);
    const auto read = assessment::TemplateFile::read(path);
    INFO((read ? QString() : read.error().toString()).toStdString());
    REQUIRE(read);
    const auto stored = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(stored);
    CHECK(read->id == stored->table->id);
    CHECK(read->version == stored->table->version);
    CHECK(assessment::TemplateFile::toJson(*read) == assessment::TemplateFile::toJson(*stored->table));
}

TEST_CASE("Import takes in a template exported from another database, again harmlessly; a damaged file "
          "is refused naming it",
    "[ui][assessment][templates]")
{
    // Another office's database: its own copy of the community template, exported.
    test::TempDir other;
    assessment::AssessmentTemplate theirs;
    const QString file = other.path(QStringLiteral("观音桥街道模板.json"));
    {
        auto db = test::createJiangbeiDatabase(other.path(QStringLiteral("other.redgrid")));
        const auto source = assessment::TemplateStore(*db).inUse(assessment::TargetKind::Community);
        REQUIRE(source);
        const auto copied
            = assessment::TemplateEditor(*db).copy(source->table->id, QStringLiteral("观音桥街道社区考核"));
        REQUIRE(copied);
        theirs = *copied->table;
        REQUIRE(assessment::TemplateFile::write(theirs, file));
    }

    test::AreaDemo d;
    REQUIRE_FALSE(assessment::TemplateStore(*d.admin).latest(theirs.id));
    ui::TemplateEditorWidget editor(*d.admin);
    editor.reload();
    editor.show();
    auto* import = test::namedChild<QPushButton>(editor, "importTemplate");
    REQUIRE(import->isEnabled());
    test::chooseFileInNextDialog(file);
    import->click();
    CHECK(statusOf(editor)
        == ui::TemplateEditorWidget::tr("Imported \"%1\", version %2.").arg(theirs.name).arg(1));
    CHECK(rowsNamed(editor, theirs.name) == 1);
    const auto imported = assessment::TemplateStore(*d.admin).latest(theirs.id);
    REQUIRE(imported);
    CHECK(assessment::TemplateFile::toJson(*imported->table) == assessment::TemplateFile::toJson(theirs));
    const int count = int(assessment::TemplateStore(*d.admin).latestVersions().size());

    // Again: nothing new, no refusal.
    test::chooseFileInNextDialog(file);
    import->click();
    CHECK(statusOf(editor)
        == ui::TemplateEditorWidget::tr("Imported \"%1\", version %2.").arg(theirs.name).arg(1));
    CHECK(rowsNamed(editor, theirs.name) == 1);
    CHECK(int(assessment::TemplateStore(*d.admin).latestVersions().size()) == count);
    CHECK(assessment::TemplateStore(*d.admin).versions(theirs.id).size() == 1);

    // Cut short: refused, the message naming the file, nothing stored.
    QByteArray bytes = test::readBytes(file);
    const QString damaged = other.path(QStringLiteral("损坏的模板.json"));
    test::writeBytes(damaged, bytes.left(bytes.size() / 2));
    test::chooseFileInNextDialog(damaged);
    import->click();
    INFO(statusOf(editor).toStdString());
    CHECK(statusOf(editor).contains(QStringLiteral("损坏的模板.json")));
    CHECK(int(assessment::TemplateStore(*d.admin).latestVersions().size()) == count);
}

TEST_CASE("Use for New Sheets: an administrator chooses the template new sheets carry; a community "
          "secretary cannot",
    "[ui][assessment][templates]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    const auto before = assessment::TemplateStore(*d.admin).inUse(assessment::TargetKind::Community);
    REQUIRE(before);
    const auto copied
        = assessment::TemplateEditor(*d.admin).copy(before->table->id, QStringLiteral("江北区社区考核2027"));
    REQUIRE(copied);

    // The secretary's editor: Use is not theirs (core says the same).
    {
        auto db = d.signIn(QStringLiteral("secretary"));
        ui::TemplateEditorWidget editor(*db);
        editor.reload();
        editor.show();
        chooseTemplate(editor, copied->table->name);
        CHECK_FALSE(test::namedChild<QPushButton>(editor, "useTemplate")->isEnabled());
        CHECK_FALSE(assessment::TemplateEditor(*db).use(copied->table->id));
    }
    CHECK(
        assessment::TemplateStore(*d.admin).inUseId(assessment::TargetKind::Community) == before->table->id);

    {
        ui::TemplateEditorWidget editor(*d.admin);
        editor.reload();
        editor.show();
        chooseTemplate(editor, copied->table->name);
        auto* use = test::namedChild<QPushButton>(editor, "useTemplate");
        REQUIRE(use->isEnabled());
        use->click();
        CHECK(statusOf(editor)
            == ui::TemplateEditorWidget::tr("New sheets are scored with \"%1\".").arg(copied->table->name));
        auto* list = test::namedChild<QTreeWidget>(editor, "templateList");
        CHECK(list->findItems(copied->table->name, Qt::MatchExactly).front()->text(3)
            == ui::TemplateEditorWidget::tr("Yes"));  // In use
        CHECK(list->findItems(before->table->name, Qt::MatchExactly).front()->text(3).isEmpty());
    }
    CHECK(
        assessment::TemplateStore(*d.admin).inUseId(assessment::TargetKind::Community) == copied->table->id);

    // The secretary's sheet of the quarter, not saved yet, opens with the template now in use.
    auto db = d.signIn(QStringLiteral("secretary"));
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);
    CHECK(test::namedChild<QLabel>(page, "sheetTitle")->text().contains(copied->table->name));
    assessment::SheetStore store(*db);
    const auto target = store.target(assessment::TargetKind::Community, d.community.id);
    REQUIRE(target);
    const auto sheet
        = store.open(*target, assessment::Period::containing(test::AreaDemo::Today), test::AreaDemo::Today);
    REQUIRE(sheet);
    REQUIRE_FALSE(sheet->isSaved());
    CHECK(sheet->table.table->id == copied->table->id);
    CHECK(sheet->table.table->version == copied->table->version);
}
