#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace redgrid::format {

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

// Reads CSV text (RFC 4180, as Excel, WPS and LibreOffice write it) that is all at hand.
// CsvParser below does the work; the rules are the same for both.
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
// Refused: a quoted field that is never closed, a record of more than 16,384 fields (the
// error names its row).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvTable> read(QStringView text, QChar separator = {});

    static QChar detectSeparator(QStringView text);
};

// The CSV parser behind CsvReader, for text that arrives in pieces (a file of a million
// rows is never held whole): append() pieces, call next() until it needs more text,
// finish() after the last piece. Each record is parsed again from its start when it
// ended with the text at hand, so a piece may end anywhere, even inside a field.
// Refused, besides a quoted field never closed: a record of more than MaxFields fields,
// and, while more text may come, one longer than MaxRecordChars (held whole otherwise).
class CsvParser
{
public:
    static constexpr qsizetype MaxRecordChars = 4 * 1024 * 1024;
    static constexpr qsizetype MaxFields = 16384;  // the columns of an Excel sheet

    explicit CsvParser(QChar separator);

    void append(const QString& text);
    void finish();  // no more text will come

    enum class Step {
        Record,  // `record` holds the next record that is not blank
        NeedText,  // append() more text, or finish()
        End,
    };
    // The strings already in `record.fields` are refilled in place, so a caller that hands
    // back the same record makes a million rows without an allocation per field.
    // The error has the row (and no file).
    Result<Step> next(CsvRecord& record);

    qint64 row() const { return m_row; }  // the row the next record starts in

private:
    QChar m_separator;
    QString m_text;
    qsizetype m_pos = 0;  // where the next record starts in m_text
    qint64 m_row = 1;
    bool m_finished = false;
};

}  // namespace redgrid::format
