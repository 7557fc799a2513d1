#pragma once

#include "document/engine/Block.h"

#include <QList>
#include <QString>

namespace redgrid::document {

// The first page of a report: its title large in the upper third, then what it is about
// (period, unit, assessor, date) line by line. It takes the whole page, so the report
// proper begins on the next one.
class ReportCover : public Block
{
public:
    struct Line
    {
        QString label;  // "考核期间"
        QString value;
    };

    ReportCover(QString title, QList<Line> lines, double pageHeight);

    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

private:
    QString m_title;
    QList<Line> m_lines;
    double m_pageHeight;
};

}  // namespace redgrid::document
