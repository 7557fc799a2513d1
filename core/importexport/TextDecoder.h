#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace redgrid::importexport {

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
    // The error names no file: the caller knows which file it read.
    static Result<DecodedText> decode(const QByteArray& bytes);

    // For reports and messages: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030" …
    static QString name(TextEncoding encoding);
};

}  // namespace redgrid::importexport
