#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace redgrid::importexport {

// One record of a CSV file, numbered as a spreadsheet shows it.
struct CsvRecord
{
    qint64 row = 0;  // 1-based spreadsheet row
    QStringList fields;  // as written: not trimmed
};

struct CsvTable
{
    QChar separator = QLatin1Char(',');
    QList<CsvRecord> records;  // blank rows left out
};

// Reads CSV text (RFC 4180, as Excel, WPS and LibreOffice write it).
//
// Row numbers are the rows a spreadsheet shows when it opens the file, so that a user
// told "row 7" finds the record on row 7:
//   - every record is one row, also a blank one;
//   - a quoted field with line breaks stays inside its row and does not start a new one.
// Blank rows (no characters, or every field empty or white space) are counted but not
// returned. A line break at the very end of the text does not start a row.
//
// Separators: comma, semicolon or tab; unless given, the one that occurs most often
// outside quotes in the first non-blank line (a comma when none or tied).
// Fields: a field that starts with a double quote is quoted: it ends at the next lone
// quote, "" inside it is one quote, and separators and line breaks inside it are text
// (a line break becomes "\n"). Text after the closing quote is kept, as Excel does; a
// quote inside an unquoted field is an ordinary character.
// Line ends: CRLF, LF or CR, mixed freely.
// Refused: a quoted field that is never closed (the error names its row).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvTable> read(QStringView text, QChar separator = {});

    static QChar detectSeparator(QStringView text);
};

}  // namespace redgrid::importexport
