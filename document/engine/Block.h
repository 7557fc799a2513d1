#pragma once

namespace redgrid::document {

class PageCanvas;

// One element of a flowing document, placed by PageFlow from the top of the page down: a
// paragraph, a table, a chart, an image, signature lines. A block is made of parts that
// stay whole — the rows of a table, one part for anything else — and PageFlow breaks a
// block between parts when the page is full, drawing the block's header (a table's header
// row) again above its parts on each page. Lengths are millimetres.
class Block
{
public:
    virtual ~Block() = default;

    virtual int partCount() const { return 1; }
    virtual double partHeight(const PageCanvas& canvas, int part, double width) const = 0;
    // Repeated above the block's parts on every page it is on.
    virtual double headerHeight() const { return 0; }
    // Draws parts [first, last) at (left, top), the header above them when there is one.
    virtual void draw(
        PageCanvas& canvas, double left, double top, double width, int first, int last) const = 0;

    double spaceBefore = 0;  // left out at the top of a page
    double spaceAfter = 4;
    bool keepWithNext = false;  // a heading is not left alone at the foot of a page

protected:
    Block() = default;
    Block(const Block&) = default;
    Block& operator=(const Block&) = default;
};

}  // namespace redgrid::document
