#pragma once

#include "Block.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace redgrid::document {

struct TableColumn
{
    QString title;
    double width;  // mm
    Qt::Alignment alignment = Qt::AlignCenter;
};

// How a table looks: rows of one height (a value too long for its cell is shrunk, then
// wrapped, as PageCanvas::drawFitted does), a shaded header row, hairlines inside and a
// heavier frame around each page's part of the table. Lengths in mm, sizes in points.
struct TableStyle
{
    double headerHeight = 10;
    double rowHeight = 7.5;
    double headerPointSize = 8.5;
    double headerMinPointSize = 7;
    double pointSize = 9;
    double minPointSize = 5.5;
    double headerPadding = 0.8;
    double cellPadding = 1;
    double ruleWidth = 0.25;
    double frameWidth = 0.5;
    QColor headerShade { 0xe8, 0xe8, 0xe8 };
};

// A table that breaks across pages between its rows, with its header row repeated on
// every page. As a Block it holds its rows (a report's summary, the indicators of an
// assessment); a table of tens of thousands of rows (the roster) is streamed instead:
// the document reads a page of rows at a time and draws it with drawSlice().
class Table : public Block
{
public:
    explicit Table(QList<TableColumn> columns, TableStyle style = {});

    void addRow(QStringList cells);

    const QList<TableColumn>& columns() const { return m_columns; }
    QStringList titles() const;
    const TableStyle& style() const { return m_style; }
    double width() const;  // the columns' widths added up
    // The rows that fit below the header row in `height` mm.
    int rowsFitting(double height) const;

    // The header row at (left, top) mm, `rows` below it, and the frame around them.
    void drawSlice(PageCanvas& canvas, double left, double top, const QList<QStringList>& rows) const;

    int partCount() const override { return int(m_rows.size()); }
    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    double headerHeight() const override { return m_style.headerHeight; }
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

private:
    QList<TableColumn> m_columns;
    TableStyle m_style;
    QList<QStringList> m_rows;
};

}  // namespace redgrid::document
