#pragma once

#include "SpreadsheetSource.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace redgrid::format {

// Reads Excel 97–2003 workbooks (.xls, BIFF5 and BIFF8 in an OLE compound file) through
// libfreexl: the sheet names, and a sheet's rows as the other readers give them. Text comes
// as UTF-8 whatever code page the file was saved in; a number in a date format comes as a
// date; any other number as the file stores it (an 18-digit ID number typed as a number has
// lost its last digits: it comes in Excel's scientific form, which the ID check refuses).
// An .xls holds at most 65,536 rows, so freexl reads the whole file into memory.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // Errors name the file: "not a valid Excel workbook", protected by a password, …
    static Result<std::unique_ptr<XlsReader>> open(const QString& path);
    ~XlsReader();

    QStringList sheets() const { return m_sheets; }

    // `sheet` empty: the first sheet.
    Result<std::unique_ptr<RowSource>> openSheet(const QString& sheet = {});

private:
    explicit XlsReader(QString path, QStringList sheets);

    QString m_path;
    QStringList m_sheets;
};

}  // namespace redgrid::format
