#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct lxw_format;

namespace redgrid::format {

// One sheet of a workbook written at once.
struct XlsxSheet
{
    QString name;  // Excel's rules: at most 31 characters, none of [ ] : * ? / \, unique
    QStringList header;  // the first row: bold and frozen
    QList<QStringList> rows;
    QList<double> columnWidths;  // in characters, per column from A; fewer: the rest default
};

// Writes .xlsx workbooks through libxlsxwriter. Every cell is a text cell in a text
// ("@") column, so an 18-digit ID or a phone number keeps all its digits and leading
// zeros and never turns into 5.00105E+17. Cells are written as given: exports pass them
// through neutraliseFormula() (CellGuard.h) first.
//
// Rows are streamed to disk (libxlsxwriter's constant-memory mode), so a million rows
// need no more memory than one. The workbook is written to a temporary file in the
// target's folder and renamed over the target only when complete: the target is then
// either the whole new workbook or untouched.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
    Q_DISABLE_COPY_MOVE(XlsxWriter)

public:
    static constexpr qint64 MaxRows = 1048576;  // rows of an Excel sheet, the header included
    static constexpr int MaxColumns = 16384;
    static constexpr qsizetype MaxCellChars = 32767;  // Excel's limit for the text of a cell

    // Fails when the folder cannot be written. Errors name the target file.
    static Result<std::unique_ptr<XlsxWriter>> create(const QString& path);
    ~XlsxWriter();  // without finish(): the temporary file is removed, the target untouched

    // Starts the next sheet with its bold, frozen header row.
    Status addSheet(const QString& name, const QStringList& header, const QList<double>& columnWidths = {});
    // Appends a row of text cells to the current sheet.
    Status addRow(const QStringList& cells);
    // Completes the workbook and puts it in place.
    Status finish();

    // The whole workbook in one call.
    static Status write(const QString& path, const QList<XlsxSheet>& sheets);

private:
    struct Workbook;
    explicit XlsxWriter(std::unique_ptr<Workbook> workbook);

    Status writeRow(const QStringList& cells, lxw_format* format);
    Status failed(const QString& message);

    std::unique_ptr<Workbook> m_workbook;
};

}  // namespace redgrid::format
