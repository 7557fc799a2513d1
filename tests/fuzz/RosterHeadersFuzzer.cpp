// The header mapper: a roster's header row (cells separated by tabs, as the input's lines)
// turned into the items its columns hold.
#include "FuzzSupport.h"
#include "importexport/RosterColumns.h"

#include <QRegularExpression>
#include <QSet>

using namespace redgrid;
using namespace redgrid::importexport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    const QStringList headers = text.split(QRegularExpression(QStringLiteral("[\t\n]")));
    const ColumnMapping mapping = ColumnMapping::fromHeaders(headers);
    fuzz::require(mapping.columns.size() == headers.size(), "every column is mapped or ignored");
    QSet<int> seen;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto& field = mapping.columns.at(i);
        if (!field)
            continue;
        fuzz::require(!seen.contains(int(*field)), "no item is held by two columns");
        seen.insert(int(*field));
        fuzz::require(mapping.columnOf(*field) == int(i), "an item's column is the one mapped");
        fuzz::require(fieldForHeader(headers.at(i)) == field, "a column holds the item its header names");
    }
    fuzz::require(mapping.mappedCount() == seen.size(), "the mapped columns are counted");
    return 0;
}
