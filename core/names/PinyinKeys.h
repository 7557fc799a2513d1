#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace redgrid::names {

// The ICU side of name keys: one set of ICU objects for the whole program, safe to use
// from any thread (the roster import computes keys off the GUI thread while the GUI
// searches). NameReadings corrects these readings with its table.
class PinyinKeys
{
public:
    // The common Mandarin reading ICU's Han-Latin transliterator gives one character, as
    // lowercase ASCII without tones: 曾 → "ceng", 长 → "zhang"; ü is written v (吕 → "lv"),
    // as pinyin input methods do (NameKeys::sortKey files it where the dictionary does).
    // Empty when ICU has no reading (not a Chinese character).
    // Cached per code point: transliterating each name would be far too slow for an import
    // of 1,000,000 members, and names share a few thousand characters.
    static QString reading(char32_t codePoint);

    // The same reading with its tone as a digit after the syllable: 王 → "wang2", 汪 →
    // "wang1", 吕 → "lv3"; 5 for the neutral tone (子 → "zi5", as ICU reads it).
    static QString tonedReading(char32_t codePoint);

    // Sort key of `text` in stroke order (姓氏笔画): character by character, by the number
    // of strokes as mainland China counts them (邓 4, 陈 7), ties in the order of ICU's
    // zh@collation=stroke. Comparing two keys byte-wise (QByteArray's operator<, memcmp,
    // an SQLite BLOB column) gives that order; a name sorts before longer ones it begins.
    // ICU alone counts the Traditional way (邓 5, 陈 8); see PinyinKeys.cpp.
    // Spaces are ignored; Latin letters and digits sort after Chinese characters.
    static QByteArray strokeKey(const QString& text);

    // The number of strokes of a Chinese character as mainland China counts them;
    // 0 for other characters.
    static int strokeCount(char32_t codePoint);

    // Whether `syllable` (lowercase ASCII, ü as v) is a reading ICU gives at least one
    // character of the CJK Unified Ideographs block: a real pinyin syllable, not a typo.
    // The first call reads the whole block (about 21,000 characters, a fraction of a second).
    static bool isSyllable(QStringView syllable);

    // Latin pinyin as typed or as ICU writes it, folded to the ASCII form used in keys:
    // tone marks dropped ("zēng" → "zeng"), ü → v, lowercase. Other characters unchanged.
    static QString foldPinyin(QStringView text);

    // Pinyin with tone marks or tone numbers, as the same ASCII form with each syllable's
    // tone as a digit after it: "Zēng yǒng" → "zeng1 yong3", "lü3" → "lv3". A syllable
    // without a mark or number keeps no digit (its tone is not known). Syllables are the
    // space-separated parts.
    static QString numberTones(QStringView text);
    // Drops the tone digits of numberTones' form: "zeng1 yong3" → "zeng yong".
    static QString withoutTones(QStringView numbered);
};

}  // namespace redgrid::names
