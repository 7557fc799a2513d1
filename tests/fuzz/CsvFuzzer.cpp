// The CSV reader: a file's bytes decoded as the import decodes them, then parsed whole
// (CsvReader) and in pieces cut where the input says (CsvParser), which must agree.
#include "FuzzSupport.h"
#include "format/CsvReader.h"
#include "format/TextDecoder.h"

#include <optional>

using namespace redgrid;
using namespace redgrid::format;

namespace {

// The records the streaming parser finds when the text arrives `pieceSize` characters at a
// time; nullopt when it refuses the text.
std::optional<QList<CsvRecord>> parseInPieces(const QString& text, QChar separator, qsizetype pieceSize)
{
    CsvParser parser(separator);
    QList<CsvRecord> records;
    qsizetype at = 0;
    for (;;) {
        CsvRecord record;
        auto step = parser.next(record);
        if (!step)
            return std::nullopt;
        if (*step == CsvParser::Step::End)
            return records;
        if (*step == CsvParser::Step::Record) {
            records.append(record);
            continue;
        }
        if (at >= text.size()) {
            parser.finish();
            continue;
        }
        parser.append(text.mid(at, pieceSize));
        at += pieceSize;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the piece size and whether the separator is detected.
    const qsizetype pieceSize = 1 + data[0] % 16;
    const bool detect = data[0] & 0x80;
    const auto decoded = TextDecoder::decode(fuzz::bytesOf(data + 1, size - 1));
    if (!decoded)
        return 0;
    const QString& text = decoded->text;
    const auto whole = CsvReader::read(text, detect ? QChar() : QLatin1Char(';'));
    const QChar separator = detect ? CsvReader::detectSeparator(text) : QLatin1Char(';');
    const auto pieces = parseInPieces(text, separator, pieceSize);
    fuzz::require(bool(whole) == pieces.has_value(), "whole and in pieces, the text is refused alike");
    if (!whole)
        return 0;
    fuzz::require(whole->separator == separator, "the separator is the one detected");
    fuzz::require(whole->records.size() == pieces->size(), "whole and in pieces, the records are as many");
    qint64 lastRow = 0;
    for (qsizetype i = 0; i < pieces->size(); ++i) {
        const CsvRecord& record = whole->records.at(i);
        fuzz::require(record.row == pieces->at(i).row, "whole and in pieces, a record is on the same row");
        fuzz::require(
            record.fields == pieces->at(i).fields, "whole and in pieces, a record has the same fields");
        fuzz::require(record.row > lastRow, "rows go up");
        fuzz::require(!record.fields.isEmpty(), "a record has a field");
        lastRow = record.row;
    }
    return 0;
}
