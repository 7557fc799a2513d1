#include "Table.h"

#include "PageCanvas.h"

namespace redgrid::document {

Table::Table(QList<TableColumn> columns, TableStyle style)
    : m_columns(std::move(columns))
    , m_style(std::move(style))
{
}

void Table::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QStringList Table::titles() const
{
    QStringList titles;
    for (const TableColumn& column : m_columns)
        titles.append(column.title);
    return titles;
}

double Table::width() const
{
    double width = 0;
    for (const TableColumn& column : m_columns)
        width += column.width;
    return width;
}

int Table::rowsFitting(double height) const
{
    return qMax(0, int((height - m_style.headerHeight) / m_style.rowHeight));
}

double Table::partHeight(const PageCanvas&, int, double) const
{
    return m_style.rowHeight;
}

void Table::draw(PageCanvas& canvas, double left, double top, double, int first, int last) const
{
    drawSlice(canvas, left, top, m_rows.mid(first, last - first));
}

void Table::drawSlice(PageCanvas& canvas, double left, double top, const QList<QStringList>& rows) const
{
    QPainter& p = canvas.painter();
    const TableStyle& s = m_style;

    // Header row, on every page the table is on.
    p.setPen(canvas.pen(s.ruleWidth));
    double x = left;
    for (const TableColumn& c : m_columns) {
        const QRectF cell = canvas.mmRect(x, top, c.width, s.headerHeight);
        p.fillRect(cell, s.headerShade);
        p.drawRect(cell);
        canvas.drawFitted(
            canvas.mmRect(x + s.headerPadding, top, c.width - 2 * s.headerPadding, s.headerHeight), c.title,
            Qt::AlignCenter, s.headerPointSize, s.headerMinPointSize, true);
        x += c.width;
    }

    for (int r = 0; r < rows.size(); ++r) {
        const double y = top + s.headerHeight + r * s.rowHeight;
        x = left;
        for (int c = 0; c < m_columns.size(); ++c) {
            const TableColumn& column = m_columns[c];
            p.drawRect(canvas.mmRect(x, y, column.width, s.rowHeight));
            canvas.drawFitted(
                canvas.mmRect(x + s.cellPadding, y, column.width - 2 * s.cellPadding, s.rowHeight),
                rows[r].value(c), int(column.alignment), s.pointSize, s.minPointSize);
            x += column.width;
        }
    }
    p.setPen(canvas.pen(s.frameWidth));
    p.drawRect(canvas.mmRect(left, top, width(), s.headerHeight + rows.size() * s.rowHeight));
}

}  // namespace redgrid::document
