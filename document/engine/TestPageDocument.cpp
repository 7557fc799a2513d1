#include "TestPageDocument.h"

#include "ChartBlock.h"
#include "PageCanvas.h"
#include "PageFlow.h"
#include "SignatureBlock.h"
#include "Table.h"
#include "TextBlock.h"
#include "common/Utf16.h"

namespace redgrid::document {

Status TestPageDocument::print(PageCanvas& canvas, const PrintOptions& options, storage::Connection*) const
{
    PageFrame frame;
    frame.headerCentre = s(u"红网格 文档引擎测试页");
    frame.footerNote = s(u"打印日期：%1年%2月%3日")
                           .arg(options.printedOn.year())
                           .arg(options.printedOn.month())
                           .arg(options.printedOn.day());
    PageFlow flow(QPageLayout::Portrait, {}, frame);
    flow.add(TextBlock(s(u"文档引擎测试页"), PageCanvas::font(18, true), Qt::AlignHCenter));
    flow.add(TextBlock(s(u"本页检查打印所需的各部分：中文字体嵌入、表格跨页并重复表头、图表、签字盖章栏。"
                         u"民族 页 日 网格 长寿区 丰都县"),
        PageCanvas::font(11)));
    flow.add(ChartBlock({ ChartData::Kind::Bar, s(u"各社区党组织考核得分（示例）"),
                            { s(u"建新北路社区"), s(u"花园新村社区"), s(u"洋河社区"), s(u"北城天街社区") },
                            { { s(u"得分"), { 92.5, 87, 78.5, 95 }, {} } }, s(u"得分（分）"), 0, 100 },
        80));
    flow.add(TextBlock(s(u"网格考核得分（示例）"), PageCanvas::font(14, true))).keepWithNext = true;
    Table table({ { s(u"序号"), 20 }, { s(u"网格"), 90, Qt::AlignLeft | Qt::AlignVCenter },
        { s(u"得分"), 30 }, { s(u"等次"), 30 } });
    for (int i = 1; i <= TableRows; ++i)
        table.addRow({ QString::number(i), s(u"第%1号网格").arg(i, 3, 10, QLatin1Char('0')),
            QString::number(100 - i * 0.5, 'f', 1), i <= 15 ? s(u"优秀") : s(u"良好") });
    flow.add(std::move(table));
    flow.add(SignatureBlock({ { s(u"考核组长签字："), true }, { s(u"考核单位："), true, true } }));
    return flow.print(canvas, s(u"文档引擎测试页"), options);
}

}  // namespace redgrid::document
