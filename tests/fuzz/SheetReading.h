#pragma once

// Reads every row of every sheet of a workbook, as the import does, checking what
// RowSource promises.

#include "FuzzSupport.h"
#include "format/SpreadsheetSource.h"

namespace redgrid::fuzz {

template<class Reader>
void readEverySheet(Reader& reader)
{
    const QStringList sheets = reader.sheets();
    for (const QString& sheet : sheets) {
        auto source = reader.openSheet(sheet);
        if (!source)
            continue;
        format::SheetRow row;
        qint64 lastRow = 0;
        for (;;) {
            auto more = (*source)->next(row);
            if (!more || !*more)
                break;
            require(row.row > lastRow, "rows go up");
            require(!row.isBlank(), "a blank row is skipped");
            for (const format::Cell& cell : row.cells)
                require((cell.type == format::CellType::Empty) == cell.text.isEmpty(),
                    "a cell is empty when its text is");
            lastRow = row.row;
            const double progress = (*source)->progress();
            require(progress >= 0.0 && progress <= 1.0, "progress lies in 0..1");
        }
    }
}

}  // namespace redgrid::fuzz
