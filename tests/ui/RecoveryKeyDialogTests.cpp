// The recovery key page: printed through a print preview (read back from the PDF), and shown
// in a fixed-pitch font also where the machine's `monospace` is not one.
#include "UiTestSupport.h"
#include "document/PdfReading.h"
#include "support/TestSupport.h"
#include "ui/common/SavedFileNotice.h"
#include "ui/common/Translations.h"
#include "ui/security/RecoveryKeyDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <functional>

using namespace redgrid;

namespace {

const QString Key = QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSA");

// Opens Print… and, in its print preview, prints to `pdf` as the print dialog's "Print to
// File (PDF)" leaves the preview's printer; `whileOpen` runs before, in the preview.
void printThroughPreview(ui::RecoveryKeyDialog& dialog, const QString& pdf,
    const std::function<void(QPrintPreviewDialog*)>& whileOpen = {})
{
    bool previewed = false;
    test::onNextModalOf<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        REQUIRE(preview);
        auto* pages = preview->findChild<QPrintPreviewWidget*>();
        REQUIRE(pages);
        REQUIRE(test::waitUntil([&] { return pages->pageCount() > 0; }));
        previewed = true;
        if (whileOpen)
            whileOpen(preview);
        preview->printer()->setOutputFormat(QPrinter::PdfFormat);
        preview->printer()->setOutputFileName(pdf);
        pages->print();
        preview->reject();
    });
    dialog.printButton()->click();
    REQUIRE(previewed);
}

QString printToPdf(ui::RecoveryKeyDialog& dialog, const QString& pdf)
{
    test::onNextModalOf<ui::SavedFileNotice>([](ui::SavedFileNotice* notice) { notice->accept(); });
    printThroughPreview(dialog, pdf);
    test::keep(pdf);
    return test::runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
}

}  // namespace

TEST_CASE("The recovery key prints on one page with what it is for", "[ui][security][print]")
{
    test::TempDir dir;
    ui::RecoveryKeyDialog dialog(Key, dir.path(QStringLiteral("jiangbei.redgrid")));
    const QString pdf = dir.path(QStringLiteral("key.pdf"));
    const QString text = printToPdf(dialog, pdf);

    // The key in lines of five groups, as on the screen, to copy by hand.
    CHECK(text.contains(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST")));
    CHECK(text.contains(QStringLiteral("UVWX-YZ23-4567-ABCD-EFGH")));
    CHECK(text.contains(QStringLiteral("IJKL-MNOP-QRSA")));
    CHECK(text.contains(QStringLiteral("RedGrid recovery key")));
    CHECK(text.contains(QStringLiteral("jiangbei.redgrid")));
    CHECK(text.contains(QStringLiteral("Forgot password")));
    CHECK(test::runTool(QStringLiteral("pdfinfo"), { pdf })
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    // The key's font is a fixed-pitch one, embedded.
    CHECK(test::runTool(QStringLiteral("pdffonts"), { pdf }).contains(QStringLiteral("Mono")));
}

TEST_CASE("The recovery key prints in Chinese in the Chinese interface", "[ui][security][print][i18n]")
{
    REQUIRE(ui::installInterfaceLanguage(
        *QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    test::TempDir dir;
    QString text;
    {
        ui::RecoveryKeyDialog dialog(Key, dir.path(QStringLiteral("江北区.redgrid")));
        text = printToPdf(dialog, dir.path(QStringLiteral("key-zh_CN.pdf")));
    }
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("红网格恢复密钥")));
    CHECK(text.contains(QStringLiteral("江北区.redgrid")));
    CHECK(text.contains(QStringLiteral("本页")));  // 页 read back as itself, not as the radical ⻚
    CHECK(text.contains(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST")));
}

TEST_CASE("Print on the recovery key page opens a print preview of the key", "[ui][security][print]")
{
    test::TempDir dir;
    ui::RecoveryKeyDialog dialog(Key, dir.path(QStringLiteral("jiangbei.redgrid")));
    dialog.show();
    REQUIRE(dialog.printButton()->isVisible());
    bool previewed = false;
    test::onNextModalOf<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        REQUIRE(preview);
        previewed = preview->isVisible();
        test::screenshot(preview, QStringLiteral("recovery-key-print-preview"));
        preview->reject();
    });
    dialog.printButton()->click();
    CHECK(previewed);
    CHECK(dialog.isVisible());  // printing is not storing: the box is still to tick
}

// Run by the test below in a process of its own, where `monospace` is made to mean a
// proportional font.
TEST_CASE("(child) The recovery key's font is fixed-pitch where monospace is not", "[.][font-child]")
{
    // The machine is like one with LibreOffice installed: the system's fixed font is not.
    CHECK_FALSE(QFontInfo(QFontDatabase::systemFont(QFontDatabase::FixedFont)).fixedPitch());
    test::TempDir dir;
    ui::RecoveryKeyDialog dialog(Key, dir.path(QStringLiteral("jiangbei.redgrid")));
    dialog.show();
    CHECK(QFontInfo(dialog.keyLabel()->font()).fixedPitch());
}

TEST_CASE(
    "The recovery key is shown in a fixed-pitch font also where monospace is proportional", "[ui][security]")
{
    // As on a UOS or Kylin desktop with LibreOffice, where fontconfig answers `monospace` with
    // a font Qt does not take for fixed-pitch: here DejaVu Sans, bound strongly.
    test::TempDir dir;
    const QString config = dir.path(QStringLiteral("fonts.conf"));
    test::writeText(config,
        QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                       "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
                       "  <match target=\"pattern\">\n"
                       "    <test name=\"family\"><string>monospace</string></test>\n"
                       "    <edit name=\"family\" mode=\"prepend\" binding=\"strong\"><string>DejaVu "
                       "Sans</string></edit>\n"
                       "  </match>\n</fontconfig>\n"));
    const test::ChildRun run = test::runTestInChild(
        QStringLiteral("(child) The recovery key's font is fixed-pitch where monospace is not"),
        { { QStringLiteral("FONTCONFIG_FILE"), config },
            { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen") } });
    INFO(run.output.toStdString());
    CHECK(run.passed);
}

TEST_CASE("The recovery key is never saved or printed over the open database", "[ui][security][print][files]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    auto db = test::createJiangbeiDatabase(path);
    const QByteArray before = test::readBytes(path);
    ui::RecoveryKeyDialog dialog(Key, path);
    for (const QString& target : { path, path + QStringLiteral("-wal") }) {
        QString warning;
        test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
            warning = box->text();
            box->accept();
        });
        CHECK_FALSE(dialog.saveTo(target));
        CHECK(warning.contains(QStringLiteral("open database")));
        test::onNextModalOf<QMessageBox>([&](QMessageBox* box) {
            warning = box->text();
            box->accept();
        });
        warning.clear();
        printThroughPreview(dialog, target);
        CHECK(warning.contains(QStringLiteral("open database")));
    }
    CHECK(test::readBytes(path) == before);
    CHECK(db->scalar("SELECT count(*) FROM account") == 1);
}

TEST_CASE("Print on the recovery key page reads Printed once the key is saved from the preview",
    "[ui][security][print]")
{
    test::TempDir dir;
    ui::RecoveryKeyDialog dialog(Key, dir.path(QStringLiteral("jiangbei.redgrid")));
    dialog.show();
    const QString pdf = dir.path(QStringLiteral("key.pdf"));
    test::onNextModalOf<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        auto* save = preview->findChild<QAction*>(QStringLiteral("saveAsPdf"));
        REQUIRE(save);
        test::chooseFileInNextDialog(pdf);
        test::onNextModalOf<ui::SavedFileNotice>([](ui::SavedFileNotice* notice) { notice->accept(); });
        save->trigger();
    });
    dialog.printButton()->click();
    CHECK(test::runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
              .contains(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST")));
    CHECK(dialog.printButton()->text() == QStringLiteral("Printed"));
    CHECK(dialog.isVisible());  // printing is not storing: the box is still to tick
}
