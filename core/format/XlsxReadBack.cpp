#include "XlsxReadBack.h"

#include "XlsxReader.h"

#include <QDir>

namespace redgrid::format {

Status XlsxReadBack::check(const QString& written, const QString& target, const QList<qint64>& rowsPerSheet)
{
    const QString shown = QDir::toNativeSeparators(target);
    const Error incomplete = Error::inFile(shown,
        tr("the workbook could not be written completely (is the disk full or failing?); no file was saved"));
    auto workbook = XlsxReader::open(written);
    if (!workbook)
        return incomplete;
    const QStringList sheets = (*workbook)->sheets();
    if (!rowsPerSheet.isEmpty() && sheets.size() != rowsPerSheet.size())
        return incomplete;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        auto sheet = (*workbook)->openSheet(sheets.at(i));
        if (!sheet)
            return incomplete;
        qint64 rows = 0;
        SheetRow row;
        for (;;) {
            const Result<bool> more = (*sheet)->next(row);
            if (!more)
                return incomplete;
            if (!*more)
                break;
            ++rows;
        }
        if (!rowsPerSheet.isEmpty() && rows != rowsPerSheet.at(i))
            return incomplete;
    }
    return Status::success();
}

}  // namespace redgrid::format
