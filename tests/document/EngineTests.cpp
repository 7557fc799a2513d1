// The document engine on its own, without a domain: a flowing document of text, a table
// that breaks across pages, an image and signature lines, printed to a real PDF and read
// back with poppler-utils.
#include "PdfReading.h"
#include "common/Utf16.h"
#include "document/engine/ImageBlock.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/PageFlow.h"
#include "document/engine/PdfDocument.h"
#include "document/engine/SignatureBlock.h"
#include "document/engine/Table.h"
#include "document/engine/TextBlock.h"
#include "support/TestSupport.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace redgrid;
using document::PageCanvas;
using document::PageFlow;
using test::flat;

namespace {

QString rowName(int row)
{
    return s(u"第%1号网格").arg(row, 3, 10, QLatin1Char('0'));
}

// 80 grids of a street with their scores, under a heading kept with the table.
PageFlow gridTable(int rows)
{
    document::PageFrame frame;
    frame.headerCentre = s(u"观音桥街道网格考核汇总");
    frame.footerNote = s(u"打印日期：2025年1月6日");
    PageFlow flow(QPageLayout::Portrait, {}, frame);
    flow.add(document::TextBlock(s(u"一、网格考核得分"), PageCanvas::font(14, true))).keepWithNext = true;
    document::Table table({ { s(u"序号"), 15 }, { s(u"网格"), 60, Qt::AlignLeft | Qt::AlignVCenter },
        { s(u"得分"), 25 }, { s(u"等次"), 25 } });
    for (int i = 1; i <= rows; ++i)
        table.addRow({ QString::number(i), rowName(i), QString::number(100 - i * 0.25, 'f', 2),
            i <= 20 ? s(u"优秀") : s(u"良好") });
    flow.add(std::move(table));
    return flow;
}

}  // namespace

TEST_CASE("A table breaks across pages between its rows, its header row repeated on every page",
    "[document][engine]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("grids.pdf"));
    PageFlow flow = gridTable(80);
    document::PdfDocument file(pdf);
    REQUIRE(flow.print(file, s(u"网格考核汇总"), {}).ok());

    const int pages = test::pdfPageCount(pdf);
    REQUIRE(pages == 3);  // (275 - 20 mm - heading) / 7.5 mm rows: 31, then 33 a page
    QString everything;
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfPageText(pdf, page);
        INFO(text.toStdString());
        for (const QString& title : { s(u"序号"), s(u"网格"), s(u"得分"), s(u"等次") })
            CHECK(text.contains(title));
        CHECK(text.contains(s(u"观音桥街道网格考核汇总")));  // the running header
        CHECK(text.contains(s(u"打印日期：2025年1月6日")));
        CHECK(flat(text).contains(s(u"第%1页共%2页").arg(page).arg(pages)));
        CHECK(text.contains(s(u"一、网格考核得分")) == (page == 1));
        everything += flat(text);
    }
    // Every row once, in order, none cut off at a page's foot.
    qsizetype at = -1;
    for (int i = 1; i <= 80; ++i) {
        INFO(rowName(i).toStdString());
        CHECK(everything.count(rowName(i)) == 1);
        CHECK(everything.indexOf(rowName(i)) > at);
        at = everything.indexOf(rowName(i));
    }
}

TEST_CASE("A heading is not left alone at the foot of a page", "[document][engine]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("kept.pdf"));
    PageFlow flow(QPageLayout::Portrait, {});
    // A table that fills the first page but for a few millimetres, then a heading and the
    // table it introduces: the heading goes over with it.
    document::Table filler({ { s(u"项目"), 170 } });
    for (int i = 0; i < 32; ++i)
        filler.addRow({ s(u"填充行") });
    flow.add(std::move(filler)).spaceAfter = 2;
    flow.add(document::TextBlock(s(u"二、党员积分"), PageCanvas::font(14, true))).keepWithNext = true;
    document::Table points({ { s(u"姓名"), 40 }, { s(u"积分"), 40 } });
    points.addRow({ s(u"张伟"), QStringLiteral("95") });
    flow.add(std::move(points));
    document::PdfDocument file(pdf);
    REQUIRE(flow.print(file, s(u"积分"), {}).ok());

    REQUIRE(test::pdfPageCount(pdf) == 2);
    CHECK_FALSE(test::pdfPageText(pdf, 1).contains(s(u"二、党员积分")));
    const QString second = test::pdfPageText(pdf, 2);
    CHECK(second.contains(s(u"二、党员积分")));
    CHECK(second.contains(s(u"张伟")));
}

TEST_CASE("Text in a Chinese font is embedded and reads back as printed", "[document][engine]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("text.pdf"));
    PageFlow flow(QPageLayout::Portrait, {});
    // Ideographs whose glyphs CJK fonts share with radicals (ToUnicodeRepair), and a long
    // paragraph that wraps.
    const QString text = s(u"民族 页 日 网格 长寿区 丰都县");
    flow.add(document::TextBlock(text, PageCanvas::font(12)));
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += s(u"坚持党建引领基层治理，推进网格化服务管理。");
    flow.add(document::TextBlock(paragraph, PageCanvas::font(11)));
    document::PdfDocument file(pdf);
    REQUIRE(flow.print(file, s(u"文字"), {}).ok());

    const QString read = test::pdfText(pdf);
    INFO(read.toStdString());
    CHECK(read.contains(text));
    CHECK(flat(read).contains(flat(paragraph)));
    CHECK(read.count(QLatin1Char('\n')) > 3);  // the paragraph wrapped onto several lines
    const QString fonts = test::runTool(QStringLiteral("pdffonts"), { pdf });
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("NotoSansCJK")));
    CHECK_FALSE(fonts.contains(QRegularExpression(QStringLiteral("\\bno\\s+yes\\s+yes"))));  // none left out
}

TEST_CASE("Signature and seal lines, and an image, are drawn where the flow puts them", "[document][engine]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("signed.pdf"));
    PageFlow flow(QPageLayout::Portrait, {});
    flow.add(document::TextBlock(s(u"考核结论"), PageCanvas::font(14, true)));
    // A red square, 40 mm wide, centred: a seal's scan or an emblem.
    QImage red(200, 200, QImage::Format_RGB32);
    red.fill(QColor(0xd0, 0x10, 0x10));
    flow.add(document::ImageBlock(red, 40));
    flow.add(document::SignatureBlock({ { s(u"考核组长签字："), true }, { s(u"考核单位："), true, true } }));
    document::PdfDocument file(pdf);
    REQUIRE(flow.print(file, s(u"考核结论"), {}).ok());

    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(s(u"考核组长签字：")));
    CHECK(text.contains(s(u"考核单位：")));
    CHECK(text.contains(s(u"（盖章）")));
    CHECK(text.count(s(u"日期：")) == 2);
    CHECK(flat(text).contains(s(u"日期：年月日")));

    // The image: red in the middle of the page's upper part, white at the sides.
    const QImage page = test::pdfPageImage(pdf, 1, 50);  // A4 at 50 dpi: 413 × 585
    int redPixels = 0;
    for (int y = 0; y < page.height() / 2; ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 180 && c.green() < 60 && c.blue() < 60) {
                ++redPixels;
                CHECK(std::abs(x - page.width() / 2) < 45);  // centred, 40 mm ≈ 79 px wide
            }
        }
    CHECK(redPixels > 60 * 60);
}
