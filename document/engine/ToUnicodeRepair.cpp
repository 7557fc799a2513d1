#include "ToUnicodeRepair.h"

#include <QFont>
#include <QIODevice>
#include <QRawFont>

namespace redgrid::document {

namespace {
constexpr qint64 scanChunk = 4 * 1024 * 1024;
constexpr qint64 maxCMapSize = 4 * 1024 * 1024;  // 65,536 glyphs at 8 bytes an entry, and more

// Code points that share their glyph with an ideograph in CJK fonts.
bool isRadicalOrStroke(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The 4-hex-digit token "<XXXX>" starting at `at`; -1 if there is none.
int tokenValue(const QByteArray& text, qsizetype at)
{
    if (at < 0 || at + 5 >= text.size() || text[at] != '<' || text[at + 5] != '>')
        return -1;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexValue(text[at + i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

qsizetype skipSpaces(const QByteArray& text, qsizetype at)
{
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n'))
        ++at;
    return at;
}
}  // namespace

ToUnicodeRepair::ToUnicodeRepair(const QFont& font)
{
    // A space for the tab and any other control code drawn with the space's glyph.
    for (char16_t c = 0x01; c < 0x20; ++c)
        m_replacement.insert(c, u' ');

    const QRawFont raw = QRawFont::fromFont(font);
    QHash<quint32, char16_t> ideographByGlyph;
    if (raw.isValid()) {
        // The Unified Ideographs before Extension A: the common character wins a shared glyph.
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs.append(QChar(c));
        for (char16_t c = 0x3400; c <= 0x4DBF; ++c)
            ideographs.append(QChar(c));
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i)
            if (glyphs[i] != 0 && !ideographByGlyph.contains(glyphs[i]))
                ideographByGlyph.insert(glyphs[i], ideographs[i].unicode());
    }
    QString radicals;
    for (char16_t c = 0x2E80; c <= 0x31EF; ++c)
        if (isRadicalOrStroke(c))
            radicals.append(QChar(c));
    const QList<quint32> glyphs = raw.isValid() ? raw.glyphIndexesForString(radicals) : QList<quint32>();
    for (qsizetype i = 0; i < radicals.size(); ++i) {
        const char16_t radical = radicals[i].unicode();
        if (i < glyphs.size() && ideographByGlyph.contains(glyphs[i])) {
            m_replacement.insert(radical, ideographByGlyph.value(glyphs[i]));
            continue;
        }
        // Kangxi radicals decompose to their ideograph (NFKC); the supplement does not.
        const QString folded = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1 && folded[0].unicode() != radical && folded[0].unicode() >= 0x3400)
            m_replacement.insert(radical, folded[0].unicode());
    }
}

bool ToUnicodeRepair::patchToken(QByteArray& text, qsizetype at) const
{
    const int value = tokenValue(text, at);
    if (value < 0)
        return false;
    const char16_t fixed = corrected(char16_t(value));
    if (fixed == value)
        return false;
    const QByteArray hex = QByteArray::number(fixed, 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        text[at + 1 + i] = hex[i];
    return true;
}

int ToUnicodeRepair::repairCMap(QByteArray& cmap) const
{
    int changed = 0;
    // bfrange lines: "<lo> <hi> <dst>" (dst counts up from lo to hi) or "<lo> <hi> [<d> <d> …]".
    for (qsizetype block = cmap.indexOf("beginbfrange"); block >= 0;
         block = cmap.indexOf("beginbfrange", block)) {
        block += qsizetype(sizeof("beginbfrange") - 1);
        const qsizetype end = cmap.indexOf("endbfrange", block);
        if (end < 0)
            break;
        qsizetype at = skipSpaces(cmap, block);
        while (at < end) {
            const int lo = tokenValue(cmap, at);
            const int hi = tokenValue(cmap, skipSpaces(cmap, at + 6));
            if (lo < 0 || hi < 0)
                break;  // not Qt's layout: leave the rest alone
            at = skipSpaces(cmap, skipSpaces(cmap, at + 6) + 6);
            if (at < end && cmap[at] == '[') {
                at = skipSpaces(cmap, at + 1);
                while (at < end && cmap[at] == '<') {
                    changed += patchToken(cmap, at) ? 1 : 0;
                    at = skipSpaces(cmap, at + 6);
                }
                if (at >= end || cmap[at] != ']')
                    break;
                at = skipSpaces(cmap, at + 1);
            } else {
                // A counting range would shift every code after the first: only single entries.
                if (lo == hi)
                    changed += patchToken(cmap, at) ? 1 : 0;
                at = skipSpaces(cmap, at + 6);
            }
        }
        block = end;
    }
    // bfchar lines: "<code> <dst>" (Qt does not write them today; other writers do).
    for (qsizetype block = cmap.indexOf("beginbfchar"); block >= 0;
         block = cmap.indexOf("beginbfchar", block)) {
        block += qsizetype(sizeof("beginbfchar") - 1);
        const qsizetype end = cmap.indexOf("endbfchar", block);
        if (end < 0)
            break;
        qsizetype at = skipSpaces(cmap, block);
        while (at < end && tokenValue(cmap, at) >= 0) {
            const qsizetype destination = skipSpaces(cmap, at + 6);
            changed += patchToken(cmap, destination) ? 1 : 0;
            at = skipSpaces(cmap, destination + 6);
        }
        block = end;
    }
    return changed;
}

int ToUnicodeRepair::repair(QIODevice& file) const
{
    static const QByteArray begin = QByteArrayLiteral("begincmap");
    static const QByteArray end = QByteArrayLiteral("endcmap");
    static const QByteArray unicodeMap = QByteArrayLiteral("/Adobe-Identity-UCS");
    int changed = 0;
    qint64 pos = 0;
    const qint64 size = file.size();
    while (pos < size) {
        if (!file.seek(pos))
            break;
        const QByteArray chunk = file.read(scanChunk);
        const qsizetype found = chunk.indexOf(begin);
        if (found < 0) {
            if (chunk.size() < scanChunk)
                break;
            pos += chunk.size() - begin.size();  // a marker may straddle two chunks
            continue;
        }
        const qint64 start = pos + found;
        if (!file.seek(start))
            break;
        QByteArray cmap = file.read(maxCMapSize);
        const qsizetype stop = cmap.indexOf(end);
        if (stop < 0) {
            pos = start + begin.size();
            continue;
        }
        cmap.truncate(stop);
        if (cmap.contains(unicodeMap)) {
            if (const int n = repairCMap(cmap); n > 0 && file.seek(start) && file.write(cmap) == cmap.size())
                changed += n;
        }
        pos = start + stop + end.size();
    }
    return changed;
}

}  // namespace redgrid::document
