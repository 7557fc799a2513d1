#pragma once

#include <QColor>
#include <QString>

namespace redgrid::document {

class PageCanvas;

// What every page of a document carries besides its content: a running header, a note at
// the foot (what was masked, when it was printed) and "第 N 页 共 M 页", placed in
// millimetres like everything on a PageCanvas. The page numbers count the whole document,
// also when a preview draws only its first pages.
struct PageFrame
{
    enum class PageNumbers { None, Centre, Right };

    double left = 20;  // mm from the paper's left edge
    double width = 170;  // mm
    // Header: one line of up to three parts, empty parts left out; nothing when all are empty.
    double headerTop = 10;
    QString headerLeft;
    QString headerCentre;
    QString headerRight;
    double headerPointSize = 9;
    // Footer: a note on the left and the page numbers.
    double footerTop = 280;
    double footerHeight = 6;
    QString footerNote;
    double footerNotePointSize = 8.5;
    PageNumbers pageNumbers = PageNumbers::Right;
    double pageNumberPointSize = 8.5;
    QColor colour { 0x55, 0x55, 0x55 };  // grey: the frame is not the document's content

    void draw(PageCanvas& canvas, int page, int pageCount) const;

    // "第 1 页 共 3 页", as national forms number their pages (in Chinese whatever the
    // interface language).
    static QString pageNumberText(int page, int pageCount);
};

}  // namespace redgrid::document
