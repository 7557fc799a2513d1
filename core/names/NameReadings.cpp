#include "NameReadings.h"

#include "PinyinKeys.h"
#include "format/CsvReader.h"

#include <QFile>
#include <QVarLengthArray>
#include <QtDebug>

#include <algorithm>

namespace redgrid::names {

// One piece of a name as keys see it: a Chinese character or a compound from the table
// (one or more readings with tone numbers, primary first, syllables separated by spaces),
// or a run of Latin letters and digits (latin, kept as it is).
struct NameReadings::Segment
{
    QString primary;
    QStringList table;  // the table's readings when it has the text (primary first), else empty
    bool latin = false;
    QString text;  // the characters read (one per syllable), or the Latin run

    qsizetype count() const { return table.isEmpty() ? 1 : table.size(); }
    const QString& at(qsizetype i) const { return table.isEmpty() ? primary : table[i]; }
};

namespace {

const QString BuiltInTable = QStringLiteral(":/data/name_readings.csv");

// The shipped table opens with comment lines ('#') saying where its readings come from.
QString withoutLeadingComments(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constFirst().startsWith(QLatin1Char('#')))
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

// A character of a name after tokenising: a Chinese character with its ICU reading (with
// its tone number), or (codePoint 0) a run of ASCII letters and digits, lowercased.
struct Unit
{
    char32_t codePoint = 0;
    QString reading;
};

// Whether every syllable of a numbered reading carries its tone.
bool hasEveryTone(QStringView numbered)
{
    for (QStringView syllable : numbered.split(u' '))
        if (syllable.isEmpty() || !syllable.back().isDigit())
            return false;
    return true;
}

bool isHan(char32_t codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han;
}

// Full-width forms (Ａ, ５ from a Chinese input method) → ASCII; other characters unchanged.
char32_t halfWidth(char32_t codePoint)
{
    static constexpr char32_t FullWidthFirst = 0xFF01, FullWidthLast = 0xFF5E, FullWidthOffset = 0xFEE0;
    if (codePoint >= FullWidthFirst && codePoint <= FullWidthLast)
        return codePoint - FullWidthOffset;
    return codePoint;
}

// The lowercase ASCII letter or digit `codePoint` stands for, else 0.
char16_t latinOf(char32_t codePoint)
{
    const char32_t c = halfWidth(codePoint);
    if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9'))
        return static_cast<char16_t>(c);
    if (c >= U'A' && c <= U'Z')
        return static_cast<char16_t>(c - U'A' + U'a');
    return 0;
}

template<class Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        visit(codePoint);
    }
}

// Chinese characters that have a reading, and runs of Latin letters and digits. Spaces,
// middle dots (阿依古丽·买买提) and everything else only end a Latin run.
using Units = QVarLengthArray<Unit, 8>;

void unitsOf(QStringView text, Units& units)
{
    QString latin;
    const auto endLatin = [&] {
        if (!latin.isEmpty()) {
            units.append(Unit { 0, latin });
            latin.clear();
        }
    };
    forEachCodePoint(text, [&](char32_t codePoint) {
        if (const char16_t c = latinOf(codePoint)) {
            latin.append(QChar(c));
            return;
        }
        endLatin();
        if (isHan(codePoint)) {
            if (QString reading = PinyinKeys::tonedReading(codePoint); !reading.isEmpty())
                units.append(Unit { codePoint, std::move(reading) });
        }
    });
    endLatin();
}

// The Chinese characters units[first, first + length) as text: a table key.
QString textOf(const Units& units, qsizetype first, qsizetype length)
{
    QString text;
    text.reserve(length * 2);
    for (qsizetype i = first; i < first + length; ++i)
        text.append(QStringView(QChar::fromUcs4(units[i].codePoint)));
    return text;
}

// How many Chinese characters follow one another from units[first].
qsizetype hanRun(const Units& units, qsizetype first)
{
    qsizetype end = first;
    while (end < units.size() && units[end].codePoint != 0)
        ++end;
    return end - first;
}

}  // namespace

NameReadings::NameReadings()
{
    loadBuiltIn();
}

void NameReadings::loadBuiltIn()
{
    QFile file(BuiltInTable);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("name readings: cannot open %s", qUtf8Printable(BuiltInTable));
        return;
    }
    const auto table = format::CsvReader::read(
        withoutLeadingComments(QString::fromUtf8(file.readAll())), QLatin1Char(','));
    if (!table.ok() || table->records.isEmpty()) {
        qWarning("name readings: %s is not a CSV table", qUtf8Printable(BuiltInTable));
        return;
    }
    const QStringList& header = table->records.first().fields;
    const qsizetype textColumn = header.indexOf(QLatin1String("text"));
    const qsizetype readingColumn = header.indexOf(QLatin1String("reading"));
    const qsizetype kindColumn = header.indexOf(QLatin1String("kind"));
    const qsizetype needed = std::max({ textColumn, readingColumn, kindColumn });
    if (textColumn < 0 || readingColumn < 0 || kindColumn < 0) {
        qWarning("name readings: %s lacks the columns text, reading, kind", qUtf8Printable(BuiltInTable));
        return;
    }
    for (const auto& record : table->records.mid(1)) {
        if (record.fields.size() <= needed) {
            qWarning("name readings: row %lld has too few fields", record.row);
            continue;
        }
        // Kinds in the file: surname and compound surname read the surname of a person;
        // place and word apply to places and to given names.
        const QString kind = record.fields[kindColumn].trimmed();
        Table target = Table::Phrase;
        if (kind == QLatin1String("surname") || kind == QLatin1String("compound surname"))
            target = Table::Surname;
        else if (kind != QLatin1String("place") && kind != QLatin1String("word")) {
            qWarning("name readings: row %lld has the unknown kind %s", record.row, qUtf8Printable(kind));
            continue;
        }
        // The shipped syllables are checked by the tests, not on every start: that would
        // make ICU read 21,000 characters first.
        if (Status added = add(record.fields[textColumn], record.fields[readingColumn], target, false, false);
            !added) {
            qWarning("name readings: row %lld: %s", record.row, qUtf8Printable(added.error().message));
        }
    }
}

Status NameReadings::addReading(const QString& text, const QString& reading, NameKind kind)
{
    return add(text, reading, kind == NameKind::Person ? Table::Surname : Table::Phrase, true, true);
}

Status NameReadings::add(
    const QString& text, const QString& reading, Table table, bool userEntry, bool checkSyllables)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return Error::plain(tr("the text to read is empty"));
    qsizetype characters = 0;
    bool allHan = true;
    char32_t firstCodePoint = 0;
    forEachCodePoint(name, [&](char32_t codePoint) {
        if (characters++ == 0)
            firstCodePoint = codePoint;
        allHan = allHan && isHan(codePoint);
    });
    if (!allHan)
        return Error::plain(tr("\"%1\" may contain Chinese characters only").arg(name));
    if (characters > MaxTextLength)
        return Error::plain(tr("\"%1\" is longer than %2 characters").arg(name).arg(MaxTextLength));
    if (table == Table::Surname && characters > MaxSurnameLength)
        return Error::plain(tr("\"%1\" is not a surname: a surname has at most %2 characters")
                                .arg(name)
                                .arg(MaxSurnameLength));

    const QString numbered = PinyinKeys::numberTones(reading).simplified();
    const QString folded = PinyinKeys::withoutTones(numbered);
    if (folded.isEmpty())
        return Error::plain(tr("no reading is given for \"%1\"").arg(name));
    const QStringList syllables = folded.split(QLatin1Char(' '));
    for (QStringView syllable : QStringView(numbered).split(u' ')) {
        // Letters, and the tone's number (1-4, 5 neutral) if given.
        if (!syllable.isEmpty() && syllable.back() >= u'1' && syllable.back() <= u'5')
            syllable.chop(1);
        const bool letters = !syllable.isEmpty()
            && std::all_of(
                syllable.cbegin(), syllable.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        if (!letters)
            return Error::plain(
                tr("the reading \"%1\" is not pinyin: write it in Latin letters, one syllable "
                   "per character, separated by spaces")
                    .arg(reading.trimmed()));
    }
    if (syllables.size() != characters)
        return Error::plain(tr("\"%1\" has %2 characters, but the reading \"%3\" has %4 syllables")
                                .arg(name)
                                .arg(characters)
                                .arg(folded)
                                .arg(syllables.size()));
    if (checkSyllables) {
        for (const QString& syllable : syllables) {
            if (!PinyinKeys::isSyllable(syllable))
                return Error::plain(
                    tr("\"%1\" in the reading \"%2\" is not a pinyin syllable").arg(syllable, folded));
        }
    }

    QWriteLocker locker(&m_lock);
    QStringList& readings = (table == Table::Surname ? m_surnames : m_phrases)[name];
    const auto same = std::find_if(readings.begin(), readings.end(),
        [&](const QString& known) { return PinyinKeys::withoutTones(known) == folded; });
    if (userEntry) {
        // What the user says comes first: they know how their members' names are read.
        // Said without tones, it keeps the ones the table knows.
        QString entry = numbered;
        if (same != readings.end()) {
            if (!hasEveryTone(numbered))
                entry = *same;
            readings.erase(same);
        }
        readings.prepend(entry);
    } else if (same == readings.end()) {
        readings.append(numbered);
    }
    const int length = static_cast<int>(characters);
    if (table == Table::Surname) {
        m_longestSurname = std::max(m_longestSurname, length);
        m_surnameStarts.insert(firstCodePoint);
    } else {
        m_longestPhrase = std::max(m_longestPhrase, length);
        m_phraseStarts.insert(firstCodePoint);
    }
    return Status::success();
}

void NameReadings::segmentsFor(const QString& text, NameKind kind, Segments& segments) const
{
    Units units;
    unitsOf(text, units);

    QReadLocker locker(&m_lock);
    qsizetype next = 0;
    if (kind == NameKind::Person && !units.isEmpty() && units.first().codePoint != 0) {
        // The surname: the longest leading characters the table lists as one (单于 before
        // 单), else the first character as ICU reads it.
        if (m_surnameStarts.contains(units.first().codePoint)) {
            for (qsizetype length = std::min<qsizetype>(hanRun(units, 0), m_longestSurname); length > 0;
                 --length) {
                const QString surname = textOf(units, 0, length);
                if (auto found = m_surnames.constFind(surname); found != m_surnames.cend()) {
                    segments.append(Segment { found->first(), *found, false, surname });
                    next = length;
                    break;
                }
            }
        }
        if (next == 0) {
            segments.append(Segment { units.first().reading, {}, false, textOf(units, 0, 1) });
            next = 1;
        }
    }
    while (next < units.size()) {
        const Unit& unit = units[next];
        if (unit.codePoint == 0) {
            segments.append(Segment { unit.reading, {}, true, unit.reading });
            ++next;
            continue;
        }
        qsizetype matched = 0;
        if (m_phraseStarts.contains(unit.codePoint)) {
            // Longest match first: 长寿湖镇 wins over 长寿 and 长.
            for (qsizetype length = std::min<qsizetype>(hanRun(units, next), m_longestPhrase); length > 0;
                 --length) {
                const QString phrase = textOf(units, next, length);
                if (auto found = m_phrases.constFind(phrase); found != m_phrases.cend()) {
                    segments.append(Segment { found->first(), *found, false, phrase });
                    matched = length;
                    break;
                }
            }
        }
        if (matched == 0) {
            segments.append(Segment { unit.reading, {}, false, textOf(units, next, 1) });
            matched = 1;
        }
        next += matched;
    }
}

namespace {

// Appends one reading to a spelling and its initials. Pinyin gives the first letter of
// each syllable; a Latin run is kept whole. With uForV, ü (written v) is spelled u.
void spell(QStringView reading, bool latin, bool uForV, QString& spelling, QString& initials)
{
    if (latin) {
        spelling.append(reading);
        initials.append(reading);
        return;
    }
    bool syllableStart = true;
    for (QChar c : reading) {
        if (c == u' ') {
            syllableStart = true;
            continue;
        }
        if (c.isDigit())
            continue;  // a tone
        if (uForV && c == u'v')
            c = u'u';
        if (syllableStart)
            initials.append(c);
        spelling.append(c);
        syllableStart = false;
    }
}

}  // namespace

// The primary readings without tones, one space apart.
QString NameReadings::readingOf(const Segments& segments)
{
    QString text;
    for (const Segment& segment : segments) {
        if (!text.isEmpty())
            text.append(u' ');
        text.append(segment.latin ? segment.primary : PinyinKeys::withoutTones(segment.primary));
    }
    return text;
}

// The dictionary's order, character by character (see NameKeys::sortKey).
QString NameReadings::sortKeyOf(const Segments& segments)
{
    static constexpr int MaxStrokes = 99;  // two digits; no character has more than 64
    QString key;
    key.reserve(segments.size() * 12);
    for (const Segment& segment : segments) {
        if (segment.latin) {
            key.append(segment.primary);
            key.append(u' ');
            continue;
        }
        const QList<QStringView> syllables = QStringView(segment.primary).split(u' ');
        qsizetype syllable = 0;
        forEachCodePoint(segment.text, [&](char32_t codePoint) {
            const QStringView numbered = syllable < syllables.size() ? syllables[syllable++] : QStringView();
            QChar tone = u'0';
            bool umlaut = false;
            for (QChar c : numbered) {
                if (c.isDigit()) {
                    tone = c;
                } else {
                    umlaut = umlaut || c == u'v';
                    key.append(c == u'v' ? QChar(u'u') : c);
                }
            }
            key.append(umlaut ? u'1' : u'0');
            key.append(tone);
            const int strokes = std::clamp(PinyinKeys::strokeCount(codePoint), 0, MaxStrokes);
            key.append(QChar(char16_t(u'0' + strokes / 10)));
            key.append(QChar(char16_t(u'0' + strokes % 10)));
            key.append(QStringView(QChar::fromUcs4(codePoint)));
            key.append(u' ');
        });
    }
    key.chop(1);  // the last space
    return key;
}

NameKeys NameReadings::keysFor(const QString& text, NameKind kind) const
{
    NameKeys keys;
    Segments segments;
    segmentsFor(text, kind, segments);

    keys.strokeKey = PinyinKeys::strokeKey(text);
    if (segments.isEmpty())
        return keys;

    keys.reading = readingOf(segments);
    keys.sortKey = sortKeyOf(segments);

    // Every combination of readings, the last segment changing fastest, so that with a
    // two-reading surname the second spelling is the surname's second reading. Most
    // names have one reading: one combination.
    QVarLengthArray<qsizetype, 8> choice(segments.size(), 0);
    QVarLengthArray<decltype(choice), MaxSpellings> chosen;
    const auto compose = [&](const auto& picks, bool uForV) {
        QString spelling, initials;
        spelling.reserve(keys.reading.size());
        initials.reserve(segments.size());
        for (qsizetype i = 0; i < segments.size(); ++i)
            spell(segments[i].at(picks[i]), segments[i].latin, uForV, spelling, initials);
        if (keys.spellings.size() < MaxSpellings && !keys.spellings.contains(spelling)) {
            keys.spellings.append(spelling);
            keys.initials.append(initials);
            return true;
        }
        return false;
    };
    for (;;) {
        if (compose(choice, false))
            chosen.append(choice);
        qsizetype k = segments.size() - 1;
        while (k >= 0 && ++choice[k] == segments[k].count()) {
            choice[k] = 0;
            --k;
        }
        if (k < 0 || keys.spellings.size() >= MaxSpellings)
            break;
    }
    // Then ü typed as u, as many people do (吕 lu); compose() skips spellings without ü.
    if (std::any_of(segments.cbegin(), segments.cend(),
            [](const Segment& segment) { return !segment.latin && segment.primary.contains(u'v'); })) {
        for (const auto& picks : std::as_const(chosen))
            compose(picks, true);
    }
    return keys;
}

QString NameReadings::pinyin(const QString& text, NameKind kind) const
{
    Segments segments;
    segmentsFor(text, kind, segments);
    return readingOf(segments);
}

QString NameReadings::searchText(const QString& typed)
{
    QString halfWidthText;
    halfWidthText.reserve(typed.size());
    forEachCodePoint(typed, [&](char32_t codePoint) {
        halfWidthText.append(QStringView(QChar::fromUcs4(halfWidth(codePoint))));
    });
    QString search = PinyinKeys::foldPinyin(halfWidthText);
    search.removeIf([](QChar c) {
        switch (c.unicode()) {
        case u'\'':
        case u'`':
        case 0x2018:  // ‘
        case 0x2019:  // ’
        case 0x00B7:  // · middle dot
        case 0x2022:  // • bullet
        case 0x2027:  // ‧ hyphenation point
        case 0x30FB:  // ・ katakana middle dot
        case 0xFF65:  // ･ half-width katakana middle dot
            return true;
        default:
            return c.isSpace();
        }
    });
    return search;
}

bool NameReadings::matches(const NameKeys& keys, QStringView search)
{
    const auto starts = [&](const QString& key) { return key.startsWith(search); };
    return std::any_of(keys.spellings.cbegin(), keys.spellings.cend(), starts)
        || std::any_of(keys.initials.cbegin(), keys.initials.cend(), starts);
}

namespace {
QStringList withoutTones(const QStringList& numbered)
{
    QStringList plain;
    for (const QString& reading : numbered)
        plain.append(PinyinKeys::withoutTones(reading));
    return plain;
}
}  // namespace

QStringList NameReadings::surnameReadings(const QString& text) const
{
    return withoutTones(tonedSurnameReadings(text));
}

QStringList NameReadings::phraseReadings(const QString& text) const
{
    return withoutTones(tonedPhraseReadings(text));
}

QStringList NameReadings::tonedSurnameReadings(const QString& text) const
{
    QReadLocker locker(&m_lock);
    return m_surnames.value(text.trimmed());
}

QStringList NameReadings::tonedPhraseReadings(const QString& text) const
{
    QReadLocker locker(&m_lock);
    return m_phrases.value(text.trimmed());
}

}  // namespace redgrid::names
