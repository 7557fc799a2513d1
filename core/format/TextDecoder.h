#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace redgrid::format {

// The encodings people's lists arrive in: what Excel, WPS and Notepad write on a
// Chinese Windows machine, and what Linux and the web write.
enum class TextEncoding {
    Utf8,  // UTF-8 without a byte order mark (also plain ASCII)
    Utf8WithBom,  // Excel's "CSV UTF-8"
    Utf16LE,  // Excel's "Unicode text": UTF-16 little-endian with a byte order mark
    Utf16BE,
    Gb18030,  // GB18030, a superset of GBK and GB2312: Excel's plain "CSV" on Chinese Windows
};

struct DecodedText
{
    QString text;  // without the byte order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

// Turns the bytes of a text file into text, finding the encoding:
//   1. a byte order mark: UTF-8, UTF-16 LE or UTF-16 BE;
//   2. otherwise strict UTF-8 (pure ASCII is UTF-8);
//   3. otherwise GB18030, which also reads GBK and GB2312.
// UTF-8 goes first because a Chinese GBK text is practically never valid UTF-8, while
// many UTF-8 texts would also decode, wrongly, as GB18030.
// Refused, with a reason: NUL bytes outside a UTF-16 file (binary data, or UTF-16
// without a byte order mark), and bytes valid in none of these encodings.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // The whole text at once; the encoding is chosen by looking at all of it.
    // The error names no file: the caller knows which file it read.
    static Result<DecodedText> decode(const QByteArray& bytes);

    // For reports and messages: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030" …
    static QString name(TextEncoding encoding);
};

// Reads a text file of any size piece by piece, in the encoding TextDecoder would find,
// holding no more than a few hundred kilobytes of it at a time.
//
// The encoding is chosen from the start of the file: its byte order mark, or else the
// first 64 KiB after its first non-ASCII byte (ASCII before that is read and skipped
// quickly). Bytes further on that do not fit the encoding, and NUL bytes, are found
// while reading: the text before the line that holds them is returned first, then an
// error, so that the caller can name the row.
class DecodingReader
{
    Q_DECLARE_TR_FUNCTIONS(DecodingReader)
    Q_DISABLE_COPY_MOVE(
        DecodingReader)  // the decoder lives in place (Qt 6.4 loses its error state on a move)

public:
    static constexpr qint64 ChunkBytes = 256 * 1024;
    // A line longer than this is not a table row (and would otherwise be held whole).
    static constexpr qint64 MaxLineBytes = 16 * 1024 * 1024;

    // `device` is open for reading and positioned at its start; it must outlive the
    // reader. The error names no file.
    static Result<std::unique_ptr<DecodingReader>> open(QIODevice& device);

    TextEncoding encoding() const { return m_encoding; }

    // The next piece of text, ending at a line end except for the last piece. An empty
    // string once atEnd(). An error names no file or row: the caller knows both.
    Result<QString> read();
    bool atEnd() const { return m_atEnd; }

    double progress() const;  // 0..1: the share of the file's bytes decoded

private:
    friend class TextDecoder;  // decodes whole texts whose encoding it chose from all of them
    DecodingReader(QIODevice& device, TextEncoding encoding);

    // Decodes whole characters; on bytes that are not text, returns the text of the lines
    // before them and sets m_failure.
    QString decodePiece(QByteArrayView bytes);

    QIODevice& m_device;
    TextEncoding m_encoding;
    QStringDecoder m_decoder;  // UTF-8 and GB18030; UTF-16 is decoded by hand
    QByteArray m_carry;  // bytes read but not decoded: the start of an unfinished line
    qint64 m_decoded = 0;
    bool m_first = true;
    bool m_atEnd = false;
    std::optional<Error> m_failure;  // returned by the next read()
};

}  // namespace redgrid::format
