#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace redgrid::format {

// Writes a table row by row to a .csv or .xlsx file, chosen by the file's suffix: the
// exports and the rejects file of an import. Every cell is text and passes through
// neutraliseFormula(). The file is complete after finish(), or absent.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    virtual ~TableWriter() = default;
    // .xlsx → a workbook with one sheet named `sheetName`; anything else → CSV (UTF-8 with
    // a BOM and CRLF line ends, which Excel and WPS open correctly). Refused when `path` is
    // an open database, one of its journals or one of `inputs` (storage::OutputPath).
    static Result<std::unique_ptr<TableWriter>> create(
        const QString& path, const QString& sheetName = {}, const QStringList& inputs = {});

    // The first row is the header (bold and frozen in a workbook).
    virtual Status writeRow(const QStringList& cells) = 0;
    virtual Status finish() = 0;
    virtual void discard() = 0;  // leaves no file behind
};

}  // namespace redgrid::format
