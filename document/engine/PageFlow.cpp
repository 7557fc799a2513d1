#include "PageFlow.h"

#include "PageCanvas.h"

namespace redgrid::document {

PageFlow::PageFlow(QPageLayout::Orientation orientation, Area area, PageFrame frame)
    : m_orientation(orientation)
    , m_area(area)
    , m_frame(std::move(frame))
{
}

PageFlow::~PageFlow() = default;
PageFlow::PageFlow(PageFlow&&) noexcept = default;
PageFlow& PageFlow::operator=(PageFlow&&) noexcept = default;

QList<PageFlow::Page> PageFlow::layOut(const PageCanvas& canvas) const
{
    QList<Page> pages(1);
    const double width = m_area.width;
    double y = m_area.top;
    const auto pageIsEmpty = [&] { return pages.last().isEmpty(); };
    const auto newPage = [&] {
        pages.append(Page());
        y = m_area.top;
    };
    const int blocks = int(m_blocks.size());
    for (int b = 0; b < blocks; ++b) {
        const Block& block = *m_blocks[b];
        const int parts = block.partCount();
        if (!pageIsEmpty())
            y += block.spaceBefore;
        int part = 0;
        while (part < parts) {
            // What has to fit for the block to go on here: its header and next part, and the
            // start of the following block when the two are kept together.
            double needed = block.headerHeight() + block.partHeight(canvas, part, width);
            if (block.keepWithNext && part == parts - 1 && b + 1 < blocks) {
                const Block& next = *m_blocks[b + 1];
                needed += block.spaceAfter + next.spaceBefore + next.headerHeight()
                    + (next.partCount() > 0 ? next.partHeight(canvas, 0, width) : 0);
            }
            if (y + needed > m_area.bottom && !pageIsEmpty()) {
                newPage();
                continue;
            }
            // As many parts as fit; at least one, so that an oversized part cannot stall the flow.
            const int first = part;
            double height = block.headerHeight();
            do {
                height += block.partHeight(canvas, part, width);
                ++part;
            } while (part < parts && y + height + block.partHeight(canvas, part, width) <= m_area.bottom);
            pages.last().append({ b, first, part, y });
            y += height;
            if (part < parts)
                newPage();
        }
        y += block.spaceAfter;
    }
    return pages;
}

int PageFlow::pageCount(const PageCanvas& canvas)
{
    return int(layOut(canvas).size());
}

Status PageFlow::drawPages(PageCanvas& canvas, const PrintOptions& options)
{
    const QList<Page> pages = layOut(canvas);
    const int total = int(pages.size());
    const int count = options.pageLimit > 0 ? qMin(total, options.pageLimit) : total;
    const auto cancelled = [] { return Error::plain(tr("printing was cancelled; no file was written")); };
    if (options.progress && !options.progress(0, total))
        return cancelled();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            canvas.newPage();
        for (const Slice& slice : pages[i])
            m_blocks[slice.block]->draw(
                canvas, m_area.left, slice.top, m_area.width, slice.first, slice.last);
        m_frame.draw(canvas, i + 1, total);
        // The canvas's destructor discards the temporary file or the print job.
        if (options.progress && !options.progress(i + 1, total))
            return cancelled();
    }
    return Status::success();
}

Status PageFlow::print(PageCanvas& canvas, const QString& title, const PrintOptions& options)
{
    if (Status begun = canvas.begin(m_orientation, title); !begun)
        return begun;
    if (Status drawn = drawPages(canvas, options); !drawn)
        return drawn;
    return canvas.finish();
}

}  // namespace redgrid::document
