#include "PageFrame.h"

#include "PageCanvas.h"

namespace redgrid::document {

QString PageFrame::pageNumberText(int page, int pageCount)
{
    return QString::fromUtf16(u"第 %1 页 共 %2 页").arg(page).arg(pageCount);
}

void PageFrame::draw(PageCanvas& canvas, int page, int pageCount) const
{
    QPainter& p = canvas.painter();
    p.save();
    p.setPen(canvas.pen(0, colour));
    if (!headerLeft.isEmpty() || !headerCentre.isEmpty() || !headerRight.isEmpty()) {
        p.setFont(canvas.font(headerPointSize));
        const QRectF line = canvas.mmRect(left, headerTop, width, 6);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, headerLeft);
        p.drawText(line, Qt::AlignCenter, headerCentre);
        p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, headerRight);
    }
    const QRectF foot = canvas.mmRect(left, footerTop, width, footerHeight);
    if (!footerNote.isEmpty()) {
        p.setFont(canvas.font(footerNotePointSize));
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footerNote);
    }
    if (pageNumbers != PageNumbers::None) {
        p.setFont(canvas.font(pageNumberPointSize));
        p.drawText(foot,
            pageNumbers == PageNumbers::Centre ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter,
            pageNumberText(page, pageCount));
    }
    p.restore();
}

}  // namespace redgrid::document
