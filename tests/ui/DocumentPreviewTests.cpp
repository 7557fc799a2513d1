// Every document opens in the print preview the same way (a PrintJob holding a
// document::Document), and prints through the preview's printer to a PDF file that reads
// back as printed: the roster's documents, and a document of the engine's blocks (a table
// across pages and a chart), as an assessment report will be, and the recovery key page.
#include "UiTestSupport.h"
#include "common/Utf16.h"
#include "document/PdfReading.h"
#include "document/engine/ChartBlock.h"
#include "document/engine/Document.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/PageFlow.h"
#include "document/engine/Table.h"
#include "document/engine/TestPageDocument.h"
#include "document/engine/TextBlock.h"
#include "document/roster/MemberFormDocument.h"
#include "document/roster/RosterTableDocument.h"
#include "document/security/RecoveryKeyDocument.h"
#include "support/TestSupport.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"

#include <QCheckBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// A document on the engine's blocks, written as a newcomer writes one: a heading, a table
// of 60 grids that breaks across pages and a bar chart, in a PageFlow with a running header.
class GridScoreDocument : public document::Document
{
public:
    Status print(document::PageCanvas& canvas, const document::PrintOptions& options,
        storage::Connection*) const override
    {
        document::PageFrame frame;
        frame.headerCentre = s(u"网格考核汇总");
        document::PageFlow flow(QPageLayout::Portrait, {}, frame);
        flow.add(document::TextBlock(s(u"一、网格得分"), document::PageCanvas::font(14, true))).keepWithNext
            = true;
        document::Table table({ { s(u"序号"), 20 }, { s(u"网格"), 80 }, { s(u"得分"), 30 } });
        for (int i = 1; i <= 60; ++i)
            table.addRow({ QString::number(i), s(u"第%1网格").arg(i), QString::number(90 + i % 10) });
        flow.add(std::move(table));
        document::ChartData chart;
        chart.title = s(u"各社区平均得分");
        chart.categories = { s(u"建新北路社区"), s(u"花园新村社区") };
        chart.series = { { s(u"得分"), { 93.5, 88 } } };
        flow.add(document::ChartBlock(chart, 80));
        return flow.print(canvas, s(u"网格考核汇总"), options);
    }
};

struct Printed
{
    QString pdf;
    int pages = 0;
    QString text;
};

// Opens `document` in the preview and prints it as the print dialog's "Print to File (PDF)"
// leaves the preview's printer.
// With a null `db`, as a document that reads no database opens (the recovery key page).
Printed printThroughPreview(
    storage::Connection* db, std::shared_ptr<const document::Document> document, const QString& pdf)
{
    ui::PrintJob job;
    job.title = QStringLiteral("Print");
    job.fileName = QStringLiteral("document.pdf");
    job.document = std::move(document);
    const auto preview = db ? std::make_unique<ui::PrintPreview>(*db, job, nullptr)
                            : std::make_unique<ui::PrintPreview>(job, nullptr);
    preview->dialog()->open();
    REQUIRE(test::waitUntil([&] { return preview->previewWidget()->pageCount() > 0; }));
    preview->printer()->setOutputFormat(QPrinter::PdfFormat);
    preview->printer()->setOutputFileName(pdf);
    test::onNextModalOf<ui::SavedFileNotice>([](ui::SavedFileNotice* notice) { notice->accept(); });
    preview->previewWidget()->print();
    preview->dialog()->reject();
    return { pdf, test::pdfPageCount(pdf), test::pdfText(pdf) };
}

}  // namespace

TEST_CASE("Every document prints through the preview's printer to a PDF that reads back", "[print][document]")
{
    test::TempDir dir;
    auto data = test::buildRoster(dir.path(QStringLiteral("roster.redgrid")), 40);
    storage::Connection& db = *data.h.db;
    const roster::Member zhang = data.named.value(QStringLiteral("张三"));
    const document::MemberSelection branchA { roster::RosterFilter { .orgId = data.branchA.id }, {} };

    SECTION("a member's form")
    {
        const Printed p = printThroughPreview(&db, std::make_shared<document::MemberFormDocument>(zhang.id),
            dir.path(QStringLiteral("form.pdf")));
        INFO(p.text.toStdString());
        CHECK(p.pages == 1);
        CHECK(p.text.contains(s(u"党员基本信息采集表")));
        CHECK(p.text.contains(QStringLiteral("张三")));
        CHECK(p.text.contains(s(u"公民身份号码、联系电话已部分隐藏")));
    }
    SECTION("the forms of a branch, one page each")
    {
        const Printed p = printThroughPreview(&db, std::make_shared<document::MemberFormDocument>(branchA),
            dir.path(QStringLiteral("forms.pdf")));
        INFO(p.text.toStdString());
        CHECK(p.pages > 40);
        CHECK(p.text.count(s(u"党员基本信息采集表")) == p.pages);
        CHECK(p.text.contains(QStringLiteral("陈明")));
    }
    SECTION("the roster table")
    {
        const Printed p = printThroughPreview(&db, std::make_shared<document::RosterTableDocument>(branchA),
            dir.path(QStringLiteral("roster.pdf")));
        INFO(p.text.toStdString());
        CHECK(p.pages == 3);
        CHECK(p.text.count(s(u"党员基本信息汇总表")) == 3);
        CHECK(p.text.contains(QStringLiteral("曾强")));
    }
    SECTION("a document of blocks: a table across pages and a chart, no database read")
    {
        const Printed p = printThroughPreview(
            &db, std::make_shared<GridScoreDocument>(), dir.path(QStringLiteral("grids.pdf")));
        INFO(p.text.toStdString());
        CHECK(p.pages == 3);
        for (int page = 1; page <= p.pages; ++page) {
            const QString text = test::pdfPageText(p.pdf, page);
            CHECK(text.contains(s(u"网格考核汇总")));
            CHECK(text.contains(s(u"序号")) == (page < 3));  // the header row on each page of the table
        }
        CHECK(test::flat(p.text).contains(s(u"第60网格")));
        CHECK(test::pdfPageText(p.pdf, 3).contains(s(u"各社区平均得分")));
        CHECK(test::pdfPageText(p.pdf, 3).contains(s(u"花园新村社区")));
    }
    SECTION("the engine's test page")
    {
        const Printed p = printThroughPreview(
            &db, std::make_shared<document::TestPageDocument>(), dir.path(QStringLiteral("testpage.pdf")));
        INFO(p.text.toStdString());
        CHECK(p.pages == 2);
        CHECK(p.text.contains(s(u"各社区党组织考核得分（示例）")));
        CHECK(test::pdfPageText(p.pdf, 2).contains(s(u"序号")));
    }
    SECTION("the recovery key page, without a connection")
    {
        const QString key
            = QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSA");
        const Printed p = printThroughPreview(nullptr,
            std::make_shared<document::RecoveryKeyDocument>(
                key, dir.path(QStringLiteral("江北区.redgrid")), QDateTime(QDate(2026, 12, 7), QTime(9, 30))),
            dir.path(QStringLiteral("key.pdf")));
        INFO(p.text.toStdString());
        CHECK(p.pages == 1);
        // The key's groups read back exactly, five to a line as the dialog shows them.
        QStringList lines;
        for (const QString& line : p.text.split(QLatin1Char('\n')))
            lines << line.trimmed();
        CHECK(lines.contains(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST")));
        CHECK(lines.contains(QStringLiteral("UVWX-YZ23-4567-ABCD-EFGH")));
        CHECK(lines.contains(QStringLiteral("IJKL-MNOP-QRSA")));
        CHECK(p.text.contains(QStringLiteral("RedGrid recovery key")));
        CHECK(p.text.contains(QStringLiteral("江北区.redgrid")));
        CHECK(p.text.contains(QStringLiteral("Made: 2026-12-07 09:30")));
        CHECK(p.text.contains(QStringLiteral("Forgot password")));
        CHECK(p.text.contains(QStringLiteral("Kept by")));
        // In the fixed-pitch font the dialog shows the key in, embedded.
        CHECK(test::runTool(QStringLiteral("pdffonts"), { p.pdf })
                  .contains(QStringLiteral("DejaVuSansMono-Bold")));
    }
}

TEST_CASE("The preview offers full numbers only for a document that shows them", "[print][document]")
{
    test::TempDir dir;
    auto data = test::buildRoster(dir.path(QStringLiteral("roster.redgrid")), 0);
    ui::PrintJob job;
    job.document = std::make_shared<GridScoreDocument>();
    ui::PrintPreview grids(*data.h.db, job, nullptr);
    CHECK(grids.fullNumbersBox()->isHidden());
    job.document
        = std::make_shared<document::MemberFormDocument>(data.named.value(QStringLiteral("张三")).id);
    ui::PrintPreview form(*data.h.db, job, nullptr);
    CHECK_FALSE(form.fullNumbersBox()->isHidden());
}
