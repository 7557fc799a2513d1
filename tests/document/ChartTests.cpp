// The charts part of the document engine: bar and line charts drawn with Qt Charts onto a
// PDF page, read back with poppler-utils (their text) and rendered with pdftoppm (their
// ink).
#include "PdfReading.h"
#include "common/Utf16.h"
#include "document/engine/ChartBlock.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/PageFlow.h"
#include "document/engine/PdfDocument.h"
#include "document/engine/TextBlock.h"
#include "support/TestSupport.h"

#include <QImage>
#include <QThread>

#include <catch2/catch.hpp>

using namespace redgrid;
using document::ChartData;
using test::flat;

namespace {

const QStringList Communities { s(u"建新北路社区"), s(u"花园新村社区"), s(u"洋河社区"), s(u"北城天街社区") };

ChartData scores()
{
    ChartData data;
    data.kind = ChartData::Kind::Bar;
    data.title = s(u"2025年度社区党组织考核得分");
    data.categories = Communities;
    data.series = { { s(u"得分"), { 92.5, 87, 78.5, 95 } } };
    data.valueTitle = s(u"得分（分）");
    data.minimum = 0;
    data.maximum = 100;
    return data;
}

ChartData halves()
{
    ChartData data;
    data.kind = ChartData::Kind::Line;
    data.title = s(u"网格事项办结率");
    data.categories = { s(u"一季度"), s(u"二季度"), s(u"三季度"), s(u"四季度") };
    data.series = { { s(u"观音桥街道"), { 81, 86, 90, 93 } }, { s(u"华新街街道"), { 76, 80, 85, 91 } } };
    data.valueTitle = s(u"办结率（%）");
    return data;
}

QString printCharts(const QString& pdf)
{
    document::PageFlow flow(QPageLayout::Portrait, {});
    flow.add(document::TextBlock(s(u"三、考核图表"), document::PageCanvas::font(14, true)));
    flow.add(document::ChartBlock(scores(), 90));
    flow.add(document::ChartBlock(halves(), 80));
    document::PdfDocument file(pdf);
    const Status printed = flow.print(file, s(u"考核图表"), {});
    return printed ? QString() : printed.error().toString();
}

// Pixels of the page's upper or lower half that are not (nearly) white, and of them those
// close to `colour`.
struct Ink
{
    int marked = 0;
    int coloured = 0;
};

Ink inkIn(const QImage& page, bool upperHalf, const QColor& colour)
{
    Ink ink;
    const int from = upperHalf ? 0 : page.height() / 2;
    for (int y = from; y < from + page.height() / 2; ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() < 235 || c.green() < 235 || c.blue() < 235)
                ++ink.marked;
            if (std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40
                && std::abs(c.blue() - colour.blue()) < 40)
                ++ink.coloured;
        }
    return ink;
}

}  // namespace

TEST_CASE("A bar chart and a line chart are drawn onto a PDF page, with their text", "[document][chart]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("charts.pdf"));
    const QString failure = printCharts(pdf);
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());

    CHECK(test::pdfPageCount(pdf) == 1);
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(s(u"三、考核图表")));
    // Titles, category labels, axis titles, value labels and the legend are text.
    CHECK(text.contains(s(u"2025年度社区党组织考核得分")));
    for (const QString& community : Communities)
        CHECK(flat(text).contains(community));
    CHECK(flat(text).contains(s(u"得分（分）")));
    CHECK(text.contains(QStringLiteral("100")));
    CHECK(text.contains(s(u"网格事项办结率")));
    CHECK(text.contains(s(u"三季度")));
    CHECK(text.contains(s(u"观音桥街道")));
    CHECK(text.contains(s(u"华新街街道")));
    CHECK(flat(text).contains(s(u"办结率（%）")));

    // The page is not blank: bars in the palette's red in the upper half, the lines' ink in
    // the lower half.
    const QImage page = test::pdfPageImage(pdf, 1, 50);
    const QList<QColor> palette = document::ChartBlock::palette();
    const Ink bars = inkIn(page, true, palette[0]);
    CHECK(bars.coloured > 1500);  // four bars, 90 mm tall at most: thousands of pixels
    const Ink lines = inkIn(page, false, palette[1]);
    CHECK(lines.marked > 2000);
    CHECK(lines.coloured > 100);
}

TEST_CASE("A chart is drawn on a worker thread too, as the preview saves and prints", "[document][chart]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("worker.pdf"));
    QString failure = QStringLiteral("not run");
    QThread* worker = QThread::create([&] { failure = printCharts(pdf); });
    worker->start();
    REQUIRE(worker->wait(60000));
    delete worker;
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    CHECK(test::pdfText(pdf).contains(s(u"2025年度社区党组织考核得分")));
    CHECK(inkIn(test::pdfPageImage(pdf, 1, 50), true, document::ChartBlock::palette()[0]).coloured > 1500);
}
