#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

namespace redgrid::names {

enum class NameKind {
    Person,  // a person's name: surname first, read as a surname
    Place,  // a place or organisation name: 长寿区, 中共江北区委员会
};

// What a name is sorted and found by.
struct NameKeys
{
    // Lowercase ASCII pinyin of the primary reading, without tones, syllables separated by
    // one space: "zeng yong" (ü written v: "lv bu").
    QString reading;
    // The dictionary's order (as 现代汉语词典 and 新华字典 file characters): compared byte-wise
    // (ASCII, then the characters in UTF-8, as SQLite's BINARY collation does), keys order
    // names character by character, each by its syllable (ü after u: lu 路, lü 吕, luan 乱),
    // then its tone (汪 wāng before 王 wáng), then its strokes (秦 10 before 覃 12, both qín),
    // then the character itself, so that namesakes' surnames stay together. Per character:
    // the syllable's letters with ü as u, '1' for ü or '0', the tone digit (1–4, 5 neutral,
    // 0 unknown), two digits of strokes, the character; a space between characters, a run
    // of Latin letters or digits as it is. A name sorts before longer ones it begins, and a
    // syllable before longer ones it begins (李昂 "li…" before 梁 "liang…": digits sort
    // before letters). Callers break remaining ties themselves.
    QString sortKey;
    // Stroke-order key of the text (姓氏笔画, PinyinKeys::strokeKey): memcmp order = stroke
    // order, strokes counted as in mainland China (邓 4, 陈 7), ties as ICU's
    // zh@collation=stroke orders them.
    QByteArray strokeKey;
    // Full pinyin without spaces, one per reading combination, primary first:
    // {"zengyong"}; 乐乐 → {"yuele", "lele"}. Combinations of real readings come first (so
    // spellings[1] is the second reading of a two-reading surname), then the same with ü
    // typed as u (吕 → {"lv", "lu"}). At most MaxSpellings.
    QStringList spellings;
    // First letters, parallel to spellings (same length, same order): {"zy"}. A run of
    // Latin letters or digits in the name is kept whole ("ABC张" → "abcz").
    QStringList initials;
};

// Readings of Chinese names for pinyin sort and search.
//
// ICU's Han-Latin transliterator (PinyinKeys) gives the common reading of each character,
// which is wrong for many surnames (曾 ceng → zeng) and place names (长寿区 zhang shou qu
// → chang shou qu). A table of readings corrects it: the one RedGrid ships
// (resources/data/name_readings.csv) plus what the user adds with addReading().
//
//   - Person: the surname is the first character, or the longest run of leading
//     characters that is a compound surname in the table (欧阳, 尉迟, 单于 …). Surname
//     entries apply there only. The given name takes the table's other entries (place,
//     word), longest match first, else ICU's reading per character.
//   - Place: the table's place and word entries, longest match anywhere in the text,
//     else ICU's reading per character. Surname entries never apply.
//   - A surname with two readings in use (乐 yue/le, 覃 qin/tan, 翟 zhai/di) is listed
//     on two rows: the first is the primary one. It alone makes the sortKey (a member is
//     filed in one place, under the reading most bearers use); every reading is among
//     the spellings, so search finds the name whichever the user types.
//   - Latin letters and digits (also full-width ones) are kept, lowercased, one token per
//     run; the middle dot of minority names (·, •, ・), spaces, punctuation and other
//     characters without a reading are dropped.
//
// Thread-safe: keysFor() may run on several threads at once, and addReading() may run
// alongside (the table is guarded by a read-write lock, ICU by PinyinKeys).
class NameReadings
{
    Q_DECLARE_TR_FUNCTIONS(NameReadings)

public:
    static constexpr int MaxSpellings = 8;
    static constexpr int MaxSurnameLength = 4;  // 爱新觉罗
    static constexpr int MaxTextLength = 20;  // of one table entry

    NameReadings();  // loads the built-in table (:/data/name_readings.csv)
    NameReadings(const NameReadings&) = delete;
    NameReadings& operator=(const NameReadings&) = delete;

    // Adds what a user knows: "曾","zēng" (Person: a surname, one to four characters) or
    // "长寿","cháng shòu" (Place: a place or word, also used in given names). The reading
    // may carry tone marks (or tone numbers: "zeng1") and ü; it needs one real pinyin
    // syllable per character. A reading without tones keeps those the table had for it.
    // The user's reading becomes the primary one; readings the table already had stay
    // as further spellings for search.
    Status addReading(const QString& text, const QString& reading, NameKind kind);

    NameKeys keysFor(const QString& text, NameKind kind) const;
    QString pinyin(const QString& text, NameKind kind) const;  // = keysFor(...).reading

    // What a user typed into a search box, normalised for prefix search against
    // spellings and initials: lowercase, full-width letters made ASCII, spaces,
    // apostrophes (xi'an) and middle dots removed, tone marks dropped, ü → v.
    static QString searchText(const QString& typed);
    // Whether `search` (from searchText) starts one of the spellings or initials.
    // "zs", "zhangs" and "zhangsan" find 张三.
    static bool matches(const NameKeys& keys, QStringView search);

    // Entries of the table, for tests and diagnostics: the readings of `text` ("yu chi"),
    // primary first; empty when the table has none. With tones: as numbers ("yu4 chi2").
    QStringList surnameReadings(const QString& text) const;
    QStringList phraseReadings(const QString& text) const;
    QStringList tonedSurnameReadings(const QString& text) const;
    QStringList tonedPhraseReadings(const QString& text) const;

private:
    enum class Table { Surname, Phrase };
    struct Segment;  // one piece of a name and its readings
    using Segments = QVarLengthArray<Segment, 8>;

    Status add(const QString& text, const QString& reading, Table table, bool userEntry, bool checkSyllables);
    void loadBuiltIn();
    void segmentsFor(const QString& text, NameKind kind, Segments& segments) const;
    static QString readingOf(const Segments& segments);
    static QString sortKeyOf(const Segments& segments);

    mutable QReadWriteLock m_lock;
    // text → readings with tone numbers ("yu4 chi2", PinyinKeys::numberTones), primary first
    QHash<QString, QStringList> m_surnames;
    QHash<QString, QStringList> m_phrases;  // places and words
    // First characters of the keys: most characters start none, and need no lookup.
    QSet<char32_t> m_surnameStarts;
    QSet<char32_t> m_phraseStarts;
    int m_longestSurname = 0;
    int m_longestPhrase = 0;
};

}  // namespace redgrid::names
