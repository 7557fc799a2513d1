#pragma once

#include "common/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace redgrid::format {

enum class CellType { Empty, Text, Number, Date, Boolean, Error };

// One cell as the spreadsheet holds it. A cell whose text is empty is Empty.
//   Text: as written (shared, inline and formula-result strings alike).
//   Number: the number as the file stores it, not reformatted ("500105199001011000" or
//     "5.00105E+17"): an ID or phone typed as a number must be seen as a number.
//   Date: a number in a date format, as "yyyy-MM-dd", or "yyyy-MM-dd HH:mm:ss" when it has
//     a time of day ("HH:mm:ss" alone for a time below one day).
//   Boolean: "TRUE" or "FALSE". Error: the error as shown, e.g. "#N/A".
// Every CSV field is Text (or Empty).
struct Cell
{
    QString text;
    CellType type = CellType::Empty;
};

struct SheetRow
{
    qint64 row = 0;  // 1-based, the row number the spreadsheet shows; blank rows are skipped
    QList<Cell> cells;  // as many as the row has: gaps are Empty cells, trailing ones are not added

    bool isBlank() const;  // every cell empty or white space: readers skip such rows
};

enum class SpreadsheetFormat { Csv, Xlsx, Xls };

struct SpreadsheetInfo
{
    SpreadsheetFormat format = SpreadsheetFormat::Csv;
    QStringList sheets;  // in workbook order; a CSV file is one sheet named after the file
    QString encoding;  // CSV: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030" …
    QChar separator;  // CSV: ',' ';' or '\t'
};

// The rows of one sheet, one by one, never all of them at once.
class RowSource
{
public:
    virtual ~RowSource() = default;
    // true: `row` holds the next row that is not blank (its cells are replaced, the list's
    // memory is reused); false: no more rows; an Error (with file and row) when the file
    // turns out to be damaged part way.
    virtual Result<bool> next(SheetRow& row) = 0;
    virtual double progress() const = 0;  // 0..1, for a progress bar
};

// Opens a roster as secretaries keep it: an Excel/WPS workbook (.xlsx, .xlsm, or .xls of
// Excel 97-2003) or a CSV or tab-separated text file. The format is found from the content,
// not the file name; but a file named as a workbook whose content is neither a workbook nor
// text is "not a valid Excel workbook". Anything else — a password-protected workbook, a
// PDF or an image renamed, a damaged file — is refused with a message that names the file
// and says what to do.
// A blank row (every cell empty or white space) is skipped but keeps its number.
class SpreadsheetSource
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetSource)

public:
    static Result<SpreadsheetInfo> inspect(const QString& path);
    // `sheet` empty: the first sheet. An unknown sheet is an error listing the sheets.
    static Result<std::unique_ptr<RowSource>> open(const QString& path, const QString& sheet = {});
};

}  // namespace redgrid::format
