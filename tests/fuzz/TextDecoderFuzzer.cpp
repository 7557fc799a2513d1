// The text decoder: encoding detection and decoding of a whole text (TextDecoder) and of a
// file read in pieces (DecodingReader), on any bytes.
#include "FuzzSupport.h"
#include "format/TextDecoder.h"

#include <QBuffer>

using namespace redgrid;
using namespace redgrid::format;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = fuzz::bytesOf(data, size);
    const auto whole = TextDecoder::decode(bytes);
    if (whole)
        fuzz::require(!whole->text.contains(QChar(u'\0')) || whole->encoding == TextEncoding::Utf16LE
                || whole->encoding == TextEncoding::Utf16BE,
            "decoded text other than UTF-16 holds no NUL");

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = DecodingReader::open(buffer);
    if (!reader)
        return 0;
    QString pieces;
    while (!(*reader)->atEnd()) {
        auto piece = (*reader)->read();
        if (!piece)
            return 0;
        pieces += *piece;
        const double progress = (*reader)->progress();
        fuzz::require(progress >= 0.0 && progress <= 1.0, "progress lies in 0..1");
    }
    // A file small enough to be judged from its start is decoded alike both ways.
    if (whole && size <= 64 * 1024)
        fuzz::require(pieces == whole->text, "read in pieces, the text is the text decoded whole");
    return 0;
}
