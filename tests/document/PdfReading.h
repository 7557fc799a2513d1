#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace redgrid::test {

// A PDF read back as its reader sees it, with poppler-utils; the test fails if a tool does
// not run.
QString runTool(const QString& program, const QStringList& arguments);
QString pdfText(const QString& pdf);  // pdftotext -layout, every page; keeps a copy
QString pdfPageText(const QString& pdf, int page);
int pdfPageCount(const QString& pdf);  // pdfinfo; keeps a copy (REDGRID_REPORT_KEEP)
QImage pdfPageImage(const QString& pdf, int page, int dpi = 50);  // pdftoppm
// pdftotext drops the narrow spaces of a CJK font: "第 1 页" reads "第1页".
QString flat(const QString& text);
// REDGRID_REPORT_KEEP=<folder> keeps a copy of each printed PDF, to look at.
void keep(const QString& pdf);

}  // namespace redgrid::test
