#pragma once

#include <QByteArray>
#include <QHash>

class QFont;
class QIODevice;

namespace redgrid::document {

// Mends the text layer of the PDFs Qt writes, so that copying, searching and pdftotext
// give the characters that were printed.
//
// Qt 6.4's PDF engine writes each font's ToUnicode CMap by reading the font's cmap
// backwards and keeping the LOWEST code point drawn with each glyph
// (QFontSubset::getReverseMap in qtbase). CJK fonts draw the radicals (U+2E80–U+2FDF) and
// strokes (U+31C0–U+31EF) with the very glyphs of the ideographs, and the tab with the
// space's glyph, so 民族 reads back as ⺠族, 页 as ⻚, 日 as ⽇. This rewrites those
// entries with the ideograph the font draws with the same glyph (for Kangxi radicals
// without one, the Unicode compatibility mapping) and the tab as a space. Each rewrite
// replaces 4 hex digits with 4 hex digits, so no offset in the file moves and the
// cross-reference table stays valid. Qt writes ToUnicode streams uncompressed, which is
// what makes an in-place repair possible.
class ToUnicodeRepair
{
public:
    // Learns which ideograph shares each radical's glyph in `font` (the print font).
    explicit ToUnicodeRepair(const QFont& font);

    // Rewrites the ToUnicode CMaps of the PDF in `file` (open for reading and writing);
    // returns the number of entries changed.
    int repair(QIODevice& file) const;
    // The same for the text of one CMap, in place.
    int repairCMap(QByteArray& cmap) const;

    // What a destination code point should read as (itself when it is fine).
    char16_t corrected(char16_t codePoint) const { return m_replacement.value(codePoint, codePoint); }

private:
    bool patchToken(QByteArray& text, qsizetype lessThan) const;

    QHash<char16_t, char16_t> m_replacement;
};

}  // namespace redgrid::document
