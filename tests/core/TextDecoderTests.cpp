#include "format/TextDecoder.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::format;

namespace {

const QString Text = QStringLiteral("code,name\n500105001001,桥北社区居民委员会\n");

DecodedText decoded(const QByteArray& bytes)
{
    auto result = TextDecoder::decode(bytes);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

QString refusal(const QByteArray& bytes)
{
    auto result = TextDecoder::decode(bytes);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().file.isEmpty());
    return result.error().message;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArrayLiteral("\xFF\xFE") : QByteArrayLiteral("\xFE\xFF");
    for (QChar c : text) {
        const char high = static_cast<char>(c.row());
        const char low = static_cast<char>(c.cell());
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

}  // namespace

TEST_CASE("UTF-8 with and without a byte order mark", "[core][import][encoding]")
{
    const auto plain = decoded(Text.toUtf8());
    CHECK(plain.encoding == TextEncoding::Utf8);
    CHECK(plain.text == Text);

    const auto withBom = decoded(QByteArrayLiteral("\xEF\xBB\xBF") + Text.toUtf8());
    CHECK(withBom.encoding == TextEncoding::Utf8WithBom);
    CHECK(withBom.text == Text);  // the mark is not part of the text
    CHECK_FALSE(withBom.text.startsWith(QChar::ByteOrderMark));

    const auto ascii = decoded(QByteArrayLiteral("code,name\r\n"));
    CHECK(ascii.encoding == TextEncoding::Utf8);
    CHECK(ascii.text == QStringLiteral("code,name\r\n"));

    const auto empty = decoded(QByteArray());
    CHECK(empty.text.isEmpty());
    CHECK(empty.encoding == TextEncoding::Utf8);
}

TEST_CASE("UTF-16 with a byte order mark, as Excel's Unicode text", "[core][import][encoding]")
{
    const auto little = decoded(utf16(Text, true));
    CHECK(little.encoding == TextEncoding::Utf16LE);
    CHECK(little.text == Text);

    const auto big = decoded(utf16(Text, false));
    CHECK(big.encoding == TextEncoding::Utf16BE);
    CHECK(big.text == Text);

    // A character outside the BMP, as a surrogate pair: 𠀀 (U+20000, CJK Extension B).
    const QString rare = QString::fromUcs4(U"𠀀村");
    REQUIRE(rare.size() == 3);
    CHECK(decoded(utf16(rare, true)).text == rare);

    SECTION("an odd number of bytes is not UTF-16")
    {
        CHECK(refusal(utf16(Text, true) + 'x').contains(QStringLiteral("not valid UTF-16")));
    }
    SECTION("a lone surrogate is not UTF-16")
    {
        CHECK(refusal(utf16(rare.left(1) + QStringLiteral("abc"), true))
                  .contains(QStringLiteral("not valid UTF-16")));
    }
    SECTION("a NUL character inside UTF-16 text is binary data")
    {
        CHECK(refusal(utf16(QStringLiteral("a") + QChar(QChar::Null) + QStringLiteral("b"), true))
                  .contains(QStringLiteral("binary")));
    }
}

TEST_CASE("GBK and GB18030 bytes, as Excel's CSV on Chinese Windows", "[core][import][encoding]")
{
    // 江北区 in GBK, written out byte by byte: not produced by the code under test.
    const auto jiangbei = decoded(QByteArrayLiteral("500105,\xBD\xAD\xB1\xB1\xC7\xF8\r\n"));
    CHECK(jiangbei.encoding == TextEncoding::Gb18030);
    CHECK(jiangbei.text == QStringLiteral("500105,江北区\r\n"));

    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gbk = encoder.encode(Text);
    REQUIRE_FALSE(encoder.hasError());
    REQUIRE(gbk != Text.toUtf8());
    const auto list = decoded(gbk);
    CHECK(list.encoding == TextEncoding::Gb18030);
    CHECK(list.text == Text);

    // The committed fixture, written by another encoder (Python's gbk codec).
    const auto fixture
        = decoded(test::readBytes(test::fixture(QStringLiteral("divisions/huaxinjie_gbk.csv"))));
    CHECK(fixture.encoding == TextEncoding::Gb18030);
    CHECK(fixture.text.contains(QStringLiteral("500105001001,桥北社区居民委员会,500105001000,5")));

    // A four-byte GB18030 sequence: 𠀀 (U+20000) is 95 32 82 36.
    CHECK(decoded(QByteArrayLiteral("\x95\x32\x82\x36")).text == QString::fromUcs4(U"𠀀"));
    // GB18030's own byte order mark is dropped like the others.
    CHECK(decoded(QByteArrayLiteral("\x84\x31\x95\x33\xBD\xAD")).text == QStringLiteral("江"));
}

TEST_CASE("Binary data and bytes of no known encoding are refused", "[core][import][encoding]")
{
    SECTION("NUL bytes outside UTF-16")
    {
        CHECK(refusal(QByteArrayLiteral("code,name\n500105\0,x\n")).contains(QStringLiteral("binary")));
        // UTF-16 without its byte order mark looks the same, and the message says what to do.
        QByteArray unmarked = utf16(Text, true).mid(2);
        CHECK(refusal(unmarked).contains(QStringLiteral("byte order mark")));
    }
    SECTION("neither UTF-8 nor GB18030")
    {
        // 0x80 and 0xFF begin no character in either encoding.
        CHECK(refusal(QByteArrayLiteral("code\x80\xFF,name\n"))
                  .contains(QStringLiteral("neither UTF-8 nor GB18030")));
        // A GBK lead byte cut off at the end of the file.
        CHECK(refusal(QByteArrayLiteral("500105,\xBD\xAD\xB1"))
                  .contains(QStringLiteral("neither UTF-8 nor GB18030")));
    }
    SECTION("a UTF-8 byte order mark followed by something else")
    {
        CHECK(refusal(QByteArrayLiteral("\xEF\xBB\xBF\xBD\xAD\xB1\xB1"))
                  .contains(QStringLiteral("not valid UTF-8")));
    }
}

TEST_CASE("Valid UTF-8 is never taken for GB18030", "[core][import][encoding]")
{
    // Every one of these UTF-8 texts is also valid GB18030 and would decode to other characters.
    for (const QString& text : { QStringLiteral("寸滩街道"), QStringLiteral("鱼嘴镇井池村"),
             QStringLiteral("野水沟社区居民委员会") }) {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        const QString misread = gb.decode(text.toUtf8());
        REQUIRE_FALSE(gb.hasError());
        REQUIRE(misread != text);
        const auto result = decoded(text.toUtf8());
        CHECK(result.encoding == TextEncoding::Utf8);
        CHECK(result.text == text);
    }
}

TEST_CASE("Encodings have names for reports", "[core][import][encoding]")
{
    CHECK(TextDecoder::name(TextEncoding::Utf8) == QStringLiteral("UTF-8"));
    CHECK(TextDecoder::name(TextEncoding::Utf8WithBom) == QStringLiteral("UTF-8 with BOM"));
    CHECK(TextDecoder::name(TextEncoding::Utf16LE) == QStringLiteral("UTF-16LE"));
    CHECK(TextDecoder::name(TextEncoding::Utf16BE) == QStringLiteral("UTF-16BE"));
    CHECK(TextDecoder::name(TextEncoding::Gb18030) == QStringLiteral("GB18030"));
}

namespace {

// The pieces a DecodingReader returns for `bytes`, and the error that ended them, if any.
struct Pieces
{
    QStringList pieces;
    QString error;
    TextEncoding encoding = TextEncoding::Utf8;
};

Pieces readPieces(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto reader = DecodingReader::open(buffer);
    INFO((reader.ok() ? QString() : reader.error().message).toStdString());
    REQUIRE(reader.ok());
    Pieces result;
    result.encoding = (*reader)->encoding();
    while (!(*reader)->atEnd()) {
        auto piece = (*reader)->read();
        if (!piece) {
            result.error = piece.error().message;
            CHECK((*reader)->atEnd());
            break;
        }
        result.pieces.append(*piece);
    }
    CHECK((*reader)->progress() <= 1.0);
    return result;
}

// About 1.5 MB: several pieces, with Chinese text and a character outside the BMP.
QString longText()
{
    QString text;
    for (int i = 0; i < 40'000; ++i)
        text += QStringLiteral("%1,桥北社区居民委员会,").arg(i) + QString::fromUcs4(U"𠀀")
            + QStringLiteral("\r\n");
    return text;
}

}  // namespace

TEST_CASE("DecodingReader: a long text comes in pieces of whole lines", "[core][import][encoding][csv]")
{
    const QString text = longText();
    QStringEncoder gb18030("GB18030");
    QStringEncoder utf16(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    const std::pair<QByteArray, TextEncoding> files[] = {
        { text.toUtf8(), TextEncoding::Utf8 },
        { QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8(), TextEncoding::Utf8WithBom },
        { gb18030.encode(text), TextEncoding::Gb18030 },
        { utf16.encode(text), TextEncoding::Utf16BE },
    };
    for (const auto& [bytes, encoding] : files) {
        INFO(TextDecoder::name(encoding).toStdString());
        const Pieces read = readPieces(bytes);
        CHECK(read.encoding == encoding);
        CHECK(read.error.isEmpty());
        CHECK(read.pieces.size() > 3);
        CHECK(read.pieces.join(QString()) == text);
        if (encoding != TextEncoding::Utf16BE) {  // UTF-16 pieces may end anywhere between characters
            for (qsizetype i = 0; i + 1 < read.pieces.size(); ++i)
                CHECK(read.pieces[i].endsWith(QLatin1Char('\n')));
        }
        // The whole-text decoder gives the same text.
        CHECK(decoded(bytes).text == text);
    }
}

TEST_CASE(
    "DecodingReader: the lines before bad bytes come first, then the error", "[core][import][encoding][csv]")
{
    const QString text = longText();
    const QByteArray good = text.toUtf8();
    const QByteArray head = good.left(good.lastIndexOf("\r\n", good.size() - 300) + 2);  // whole lines
    const QByteArray bad = head + "500105,\xBD\xAD\xB1\xB1\r\nlast\r\n";
    const Pieces read = readPieces(bad);
    CHECK(read.encoding == TextEncoding::Utf8);  // chosen from the start of the file
    CHECK(read.error.contains(QStringLiteral("not valid UTF-8")));
    const QString before = read.pieces.join(QString());
    CHECK(before == QString::fromUtf8(head));

    // The whole-text decoder sees every byte: not UTF-8.
    auto whole = TextDecoder::decode(bad);
    CHECK((!whole.ok() || whole->encoding == TextEncoding::Gb18030));
}

TEST_CASE("DecodingReader: a line longer than 16 MiB is refused", "[core][import][encoding][csv]")
{
    const Pieces read = readPieces(QByteArray(17 << 20, 'x'));
    CHECK(read.error.contains(QStringLiteral("longer than 16 MiB")));
}
