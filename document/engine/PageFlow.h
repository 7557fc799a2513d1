#pragma once

#include "Block.h"
#include "PageFrame.h"
#include "PrintOptions.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>

#include <memory>
#include <vector>

namespace redgrid::document {

class PageCanvas;

// Lays blocks out on pages, top to bottom, and draws them with the page frame on each
// page: a block that does not fit below the last one starts a new page, a table breaks
// between its rows with its header row repeated, a heading kept with the block after it.
// What an assessment report, a ledger or a notice is made of; the member form and the
// roster table draw their fixed layouts on a PageCanvas themselves.
class PageFlow
{
    Q_DECLARE_TR_FUNCTIONS(PageFlow)

public:
    // The content area of every page, in millimetres from the paper's top-left corner.
    struct Area
    {
        double left = 20;
        double top = 20;
        double width = 170;
        double bottom = 275;
    };

    PageFlow(QPageLayout::Orientation orientation, Area area, PageFrame frame = {});
    ~PageFlow();
    PageFlow(PageFlow&&) noexcept;
    PageFlow& operator=(PageFlow&&) noexcept;

    QPageLayout::Orientation orientation() const { return m_orientation; }
    PageFrame& frame() { return m_frame; }

    template<class B>
    B& add(B block)
    {
        auto owned = std::make_unique<B>(std::move(block));
        B& added = *owned;
        m_blocks.push_back(std::move(owned));
        return added;
    }

    // Begins `canvas` (a PDF titled `title`), draws the pages and finishes the canvas.
    // Progress is reported after each page, counting pages; options.pageLimit is kept.
    Status print(PageCanvas& canvas, const QString& title, const PrintOptions& options);
    // The same on a canvas already begun, without finishing it (for a document that
    // audits its print: commitPrint finishes it).
    Status drawPages(PageCanvas& canvas, const PrintOptions& options);
    // The pages the blocks take on `canvas` (begun: text is measured on its device).
    int pageCount(const PageCanvas& canvas);

private:
    struct Slice
    {
        int block;
        int first;
        int last;
        double top;
    };
    using Page = QList<Slice>;
    QList<Page> layOut(const PageCanvas& canvas) const;

    QPageLayout::Orientation m_orientation;
    Area m_area;
    PageFrame m_frame;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

}  // namespace redgrid::document
