#include "TextDecoder.h"

#include <QStringDecoder>

namespace redgrid::importexport {
namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray Utf16LEBom = QByteArrayLiteral("\xFF\xFE");
const QByteArray Utf16BEBom = QByteArrayLiteral("\xFE\xFF");

// Qt's own UTF-16 decoder neither flags an odd trailing byte nor a lone surrogate, so
// UTF-16 is decoded here, strictly.
std::optional<QString> decodeUtf16(QByteArrayView bytes, bool littleEndian)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto first = static_cast<uchar>(bytes[2 * i]);
        const auto second = static_cast<uchar>(bytes[2 * i + 1]);
        text[i] = littleEndian ? QChar(first, second) : QChar(second, first);
    }
    if (!text.isValidUtf16())
        return std::nullopt;
    return text;
}

// Decoders are used where they are made: Qt 6.4 loses an ICU decoder's error state
// when the decoder is moved.
std::optional<QString> decodeStrictly(QByteArrayView bytes, QStringDecoder& decoder)
{
    Q_ASSERT(decoder.isValid());
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

}  // namespace

QString TextDecoder::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

Result<DecodedText> TextDecoder::decode(const QByteArray& bytes)
{
    const bool bigEndian = bytes.startsWith(Utf16BEBom);
    if (bytes.startsWith(Utf16LEBom) || bigEndian) {
        auto text = decodeUtf16(QByteArrayView(bytes).sliced(2), !bigEndian);
        if (!text)
            return Error::plain(tr("the text is not valid UTF-16"));
        if (text->contains(QChar::Null))
            return Error::plain(tr("the file contains binary data (NUL characters), not text"));
        return DecodedText { *text, bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE };
    }
    // A text file has no NUL bytes; UTF-16 without a byte order mark has many.
    if (bytes.contains('\0'))
        return Error::plain(tr("the file contains binary data (NUL bytes), not text; UTF-16 text needs a "
                               "byte order mark"));

    const QStringDecoder::Flags strict = QStringDecoder::Flag::Stateless;
    const bool hasBom = bytes.startsWith(Utf8Bom);
    const auto payload = hasBom ? QByteArrayView(bytes).sliced(Utf8Bom.size()) : QByteArrayView(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, strict);
    if (auto text = decodeStrictly(payload, utf8))
        return DecodedText { *text, hasBom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8 };
    if (hasBom)
        return Error::plain(tr("the text starts as UTF-8 but is not valid UTF-8"));

    // Qt reaches GB18030 through ICU; a Qt built without ICU cannot read GBK files.
    QStringDecoder gb18030("GB18030", strict);
    if (gb18030.isValid()) {
        if (auto text = decodeStrictly(payload, gb18030)) {
            if (text->startsWith(QChar::ByteOrderMark))  // GB18030's own mark, 84 31 95 33
                text->remove(0, 1);
            return DecodedText { *text, TextEncoding::Gb18030 };
        }
    }
    return Error::plain(tr("the text is neither UTF-8 nor GB18030 (GBK); save it as UTF-8 and try again"));
}

}  // namespace redgrid::importexport
