#include "TextDecoder.h"

#include <QBuffer>
#include <QIODevice>

#include <cstring>

namespace redgrid::format {
namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray Utf16LEBom = QByteArrayLiteral("\xFF\xFE");
const QByteArray Utf16BEBom = QByteArrayLiteral("\xFE\xFF");

// How much text after the first non-ASCII byte decides between UTF-8 and GB18030.
constexpr qsizetype SampleBytes = 64 * 1024;

// Qt's UTF-8 decoder drops a byte order mark at the start of every input when stateless;
// the reader drops the file's own mark itself and keeps any other U+FEFF.
constexpr QStringDecoder::Flags StrictFlags
    = QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;

bool isUtf16(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
}

qsizetype bomSize(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8WithBom:
        return Utf8Bom.size();
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return Utf16LEBom.size();
    case TextEncoding::Utf8:
    case TextEncoding::Gb18030:
        break;
    }
    return 0;
}

qsizetype firstNonAscii(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<uchar>(bytes[i]);
        if (c >= 0x80 || c == 0)
            return i;
    }
    return -1;
}

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

QString binaryMessage()
{
    return TextDecoder::tr("the file contains binary data (NUL bytes), not text; UTF-16 text needs a "
                           "byte order mark");
}

QString invalidMessage(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8WithBom:
        return TextDecoder::tr("the text starts as UTF-8 but is not valid UTF-8 further on; save the whole "
                               "file as UTF-8 and try again");
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return TextDecoder::tr("the text is not valid UTF-16");
    case TextEncoding::Gb18030:
        break;
    }
    return TextDecoder::tr("the text is neither UTF-8 nor GB18030 (GBK); save it as UTF-8 and try again");
}

// Whether `bytes` is text in the encoding. An unfinished character at the end counts
// as valid unless `complete`. Decoders are made where they are used: Qt 6.4 loses an
// ICU decoder's error state when the decoder is moved.
bool fits(QByteArrayView bytes, TextEncoding encoding, bool complete)
{
    const QStringDecoder::Flags flags = complete ? StrictFlags : QStringDecoder::Flag::ConvertInitialBom;
    if (encoding == TextEncoding::Gb18030) {
        QStringDecoder gb18030("GB18030", flags);  // through ICU: a Qt without ICU cannot read GBK
        if (!gb18030.isValid())
            return false;
        const QString text = gb18030.decode(bytes);  // decode() is lazy: the QString does the work
        return !gb18030.hasError();
    }
    QStringDecoder utf8(QStringDecoder::Utf8, flags);
    const QString text = utf8.decode(bytes);
    return !utf8.hasError();
}

// The encoding, from the byte order mark at the start of `head`, or else from `sample`:
// text that starts at a character boundary, at most the rest of the text.
Result<TextEncoding> detect(QByteArrayView head, QByteArrayView sample, bool sampleReachesEnd)
{
    if (head.startsWith(Utf16LEBom))
        return TextEncoding::Utf16LE;
    if (head.startsWith(Utf16BEBom))
        return TextEncoding::Utf16BE;
    // A text file has no NUL bytes; UTF-16 without a byte order mark has many.
    if (sample.contains('\0'))
        return Error::plain(binaryMessage());
    if (head.startsWith(Utf8Bom))
        return TextEncoding::Utf8WithBom;  // checked while decoding
    // UTF-8 first: GBK text is practically never valid UTF-8, the reverse often is.
    if (fits(sample, TextEncoding::Utf8, sampleReachesEnd))
        return TextEncoding::Utf8;
    if (fits(sample, TextEncoding::Gb18030, sampleReachesEnd))
        return TextEncoding::Gb18030;
    return Error::plain(invalidMessage(TextEncoding::Gb18030));
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
    // The whole text is at hand, so all of it decides the encoding.
    const qsizetype at = firstNonAscii(bytes);
    const auto sample = at < 0 ? QByteArrayView() : QByteArrayView(bytes).sliced(at);
    const auto encoding = detect(bytes, sample, true);
    if (!encoding)
        return encoding.error();

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DecodingReader reader(buffer, *encoding);
    DecodedText decoded { {}, *encoding };
    while (!reader.atEnd()) {
        auto piece = reader.read();
        if (!piece)
            return piece.error();
        decoded.text += *piece;
    }
    return decoded;
}

Result<std::unique_ptr<DecodingReader>> DecodingReader::open(QIODevice& device)
{
    const QByteArray head = device.read(ChunkBytes);
    QByteArray sample = head;
    bool reachesEnd = device.atEnd();
    if (!head.startsWith(Utf16LEBom) && !head.startsWith(Utf16BEBom) && !head.startsWith(Utf8Bom)) {
        // Skip ASCII, which reads the same in every candidate, then take a sample.
        qsizetype at = firstNonAscii(sample);
        while (at < 0 && !device.atEnd()) {
            sample = device.read(ChunkBytes);
            at = firstNonAscii(sample);
        }
        sample = at < 0 ? QByteArray() : sample.sliced(at);
        if (at >= 0 && sample.size() < SampleBytes && !device.atEnd())
            sample += device.read(SampleBytes);
        reachesEnd = device.atEnd();
    }
    const auto encoding = detect(head, sample, reachesEnd);
    if (!encoding)
        return encoding.error();
    if (!device.seek(0))
        return Error::plain(tr("the file cannot be read: %1").arg(device.errorString()));
    return std::unique_ptr<DecodingReader>(new DecodingReader(device, *encoding));
}

DecodingReader::DecodingReader(QIODevice& device, TextEncoding encoding)
    : m_device(device)
    , m_encoding(encoding)
    , m_decoder(encoding == TextEncoding::Gb18030 ? QStringDecoder("GB18030", StrictFlags)
                                                  : QStringDecoder(QStringDecoder::Utf8, StrictFlags))
{
}

double DecodingReader::progress() const
{
    const qint64 size = m_device.size();
    return size > 0 ? std::min(1.0, static_cast<double>(m_decoded) / static_cast<double>(size)) : 1.0;
}

Result<QString> DecodingReader::read()
{
    if (m_failure) {
        Error failure = std::move(*m_failure);
        m_failure.reset();
        m_atEnd = true;
        return failure;
    }
    while (!m_atEnd) {
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        const qint64 count = m_device.read(chunk.data(), chunk.size());
        if (count < 0) {
            m_atEnd = true;
            return Error::plain(tr("the file cannot be read: %1").arg(m_device.errorString()));
        }
        chunk.truncate(count);
        const bool end = m_device.atEnd() || count == 0;
        const qsizetype unfinished = m_carry.size();  // what is carried has no line end
        if (m_carry.isEmpty())
            m_carry = std::move(chunk);
        else
            m_carry += chunk;
        if (m_first && m_decoded == 0) {
            m_decoded = bomSize(m_encoding);
            m_carry.remove(0, m_decoded);
        }

        // Pieces end at a line end: no byte of a UTF-8 or GB18030 character is CR or LF,
        // so a piece holds whole characters, and bad bytes can be placed on a line.
        // UTF-16 pieces end after whole code units and never inside a surrogate pair.
        qsizetype cut = m_carry.size();
        if (isUtf16(m_encoding)) {
            cut &= ~qsizetype(1);
            if (!end && cut >= 2) {
                const auto high
                    = static_cast<uchar>(m_carry[m_encoding == TextEncoding::Utf16LE ? cut - 1 : cut - 2]);
                if (high >= 0xD8 && high <= 0xDB)
                    cut -= 2;
            }
        } else if (!end) {
            while (cut > unfinished && !isLineEnd(m_carry[cut - 1]))
                --cut;
            if (cut == unfinished)
                cut = 0;
        }
        if (cut == 0 && !end) {
            if (m_carry.size() > MaxLineBytes) {
                m_atEnd = true;
                return Error::plain(
                    tr("a line is longer than %1 MiB; this is not a table").arg(MaxLineBytes >> 20));
            }
            continue;
        }

        QString text = decodePiece(QByteArrayView(m_carry).first(cut));
        m_decoded += cut;
        m_carry.remove(0, cut);
        if (end) {
            if (!m_carry.isEmpty() && !m_failure)  // half a UTF-16 code unit
                m_failure = Error::plain(invalidMessage(m_encoding));
            m_carry.clear();
            m_atEnd = !m_failure;
        }
        if (m_first) {
            m_first = false;
            if (m_encoding == TextEncoding::Gb18030 && text.startsWith(QChar::ByteOrderMark))
                text.remove(0, 1);  // GB18030's own mark, 84 31 95 33
        }
        return text;
    }
    return QString();
}

QString DecodingReader::decodePiece(QByteArrayView bytes)
{
    if (isUtf16(m_encoding)) {
        // Qt's UTF-16 decoder flags neither lone surrogates nor NUL, so it is done here.
        const bool little = m_encoding == TextEncoding::Utf16LE;
        const auto* data = reinterpret_cast<const uchar*>(bytes.data());
        const qsizetype units = bytes.size() / 2;
        QString text(units, Qt::Uninitialized);
        char16_t* out = reinterpret_cast<char16_t*>(text.data());
        qsizetype bad = -1;
        bool nul = false;
        for (qsizetype i = 0; i < units; ++i) {
            const char16_t unit = little ? char16_t(data[2 * i] | (data[2 * i + 1] << 8))
                                         : char16_t((data[2 * i] << 8) | data[2 * i + 1]);
            out[i] = unit;
            if (unit == 0 || QChar::isLowSurrogate(unit)) {
                bad = i;
                nul = unit == 0;
                break;
            }
            if (QChar::isHighSurrogate(unit)) {
                if (i + 1 >= units) {
                    bad = i;
                    break;
                }
                const char16_t next = little ? char16_t(data[2 * i + 2] | (data[2 * i + 3] << 8))
                                             : char16_t((data[2 * i + 2] << 8) | data[2 * i + 3]);
                if (!QChar::isLowSurrogate(next)) {
                    bad = i;
                    break;
                }
                out[++i] = next;
            }
        }
        if (bad < 0)
            return text;
        // The lines before the bad one.
        qsizetype keep = bad;
        while (keep > 0 && text[keep - 1] != QLatin1Char('\n') && text[keep - 1] != QLatin1Char('\r'))
            --keep;
        text.truncate(keep);
        m_failure = Error::plain(nul ? tr("the file contains binary data (NUL characters), not text")
                                     : invalidMessage(m_encoding));
        return text;
    }

    if (!bytes.contains('\0')) {
        QString text = m_decoder.decode(bytes);
        if (!m_decoder.hasError())
            return text;
    }
    // Find the first line with bad bytes; the lines before it are text.
    qsizetype lineStart = 0;
    bool nul = false;
    while (lineStart < bytes.size()) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < bytes.size() && !isLineEnd(bytes[lineEnd]))
            ++lineEnd;
        if (lineEnd < bytes.size())
            ++lineEnd;
        const auto line = bytes.sliced(lineStart, lineEnd - lineStart);
        nul = line.contains('\0');
        if (nul || !fits(line, m_encoding, true))
            break;
        lineStart = lineEnd;
    }
    m_failure = Error::plain(nul ? binaryMessage() : invalidMessage(m_encoding));
    if (m_encoding == TextEncoding::Gb18030) {
        QStringDecoder gb18030("GB18030", StrictFlags);
        return gb18030.decode(bytes.first(lineStart));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, StrictFlags);
    return utf8.decode(bytes.first(lineStart));
}

}  // namespace redgrid::format
