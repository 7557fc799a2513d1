#include "format/CsvReader.h"
#include "names/NameReadings.h"
#include "names/PinyinKeys.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace redgrid;
using namespace redgrid::names;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

std::vector<std::string> strs(const QStringList& list)
{
    std::vector<std::string> result;
    for (const QString& text : list)
        result.push_back(text.toStdString());
    return result;
}

QStringList list(std::initializer_list<const char16_t*> items)
{
    QStringList result;
    for (const char16_t* item : items)
        result.append(QString::fromUtf16(item));
    return result;
}

// One row of a readings table (text,reading,kind,icu_han_latin_gives).
struct ReadingRow
{
    qint64 row = 0;
    QString text;
    QString reading;
    QString kind;
    QString icuGives;
    bool primary = false;  // the first row of its text: the reading sort uses
    QString toned = {};  // the built-in table's reading with tone numbers: "zeng1"
};

QList<ReadingRow> readingRows(const QByteArray& bytes)
{
    const auto table = format::CsvReader::read(QString::fromUtf8(bytes), QLatin1Char(','));
    REQUIRE(table.ok());
    REQUIRE(table->records.size() > 1);
    REQUIRE(table->records.first().fields
        == QStringList { QStringLiteral("text"), QStringLiteral("reading"), QStringLiteral("kind"),
            QStringLiteral("icu_han_latin_gives") });
    QList<ReadingRow> rows;
    QStringList seen;
    for (const auto& record : table->records.mid(1)) {
        REQUIRE(record.fields.size() == 4);
        // Surnames and phrases are two tables: 长 is read cháng in both, the first of each.
        const QString kindTable = record.fields[2].contains(QLatin1String("surname"))
            ? QStringLiteral("surname ")
            : QStringLiteral("phrase ");
        ReadingRow row { record.row, record.fields[0], record.fields[1], record.fields[2], record.fields[3],
            !seen.contains(kindTable + record.fields[0]) };
        seen.append(kindTable + row.text);
        rows.append(row);
    }
    return rows;
}

QList<ReadingRow> checkedRows()
{
    return readingRows(test::readBytes(test::fixture(QStringLiteral("roster/name_readings_zh.csv"))));
}

// The table RedGrid ships writes its readings with tones ("zēng"); `reading` is the same
// without them, as the checked table has it, and `toned` with the tones as numbers.
QList<ReadingRow> builtInRows()
{
    QFile file(QStringLiteral(":/data/name_readings.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    // It opens with comment lines citing its sources, then the same header as the other.
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("# "));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("《现代汉语词典》")));
    while (bytes.startsWith('#'))
        bytes.remove(0, bytes.indexOf('\n') + 1);
    QList<ReadingRow> rows = readingRows(bytes);
    for (ReadingRow& row : rows) {
        row.toned = PinyinKeys::numberTones(row.reading);
        row.reading = PinyinKeys::withoutTones(row.toned);
    }
    return rows;
}

NameKind kindOf(const ReadingRow& row)
{
    return row.kind.contains(QLatin1String("surname")) ? NameKind::Person : NameKind::Place;
}

QString withoutSpaces(QString text)
{
    return text.remove(QLatin1Char(' '));
}

QString initialsOf(const QString& reading)
{
    QString initials;
    for (const QString& syllable : reading.split(QLatin1Char(' ')))
        initials.append(syllable.front());
    return initials;
}

// What ICU's Han-Latin gives the whole text, folded as PinyinKeys folds it. (Han-Latin
// knows a few words, 重庆 chong qing, that it reads differently character by character:
// PinyinKeys reads characters, and the table supplies such words.)
QString icuReading(const QString& text)
{
    static const std::unique_ptr<icu::Transliterator> hanLatin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin"), UTRANS_FORWARD, status));
        REQUIRE(U_SUCCESS(status));
        return created;
    }();
    icu::UnicodeString latin(
        reinterpret_cast<const char16_t*>(text.utf16()), static_cast<int32_t>(text.size()));
    hanLatin->transliterate(latin);
    return PinyinKeys::foldPinyin(QStringView(latin.getBuffer(), latin.length()));
}

void checkRow(const NameReadings& readings, const ReadingRow& row)
{
    INFO("row " << row.row << ": " << str(row.text) << " " << str(row.reading));
    const NameKeys keys = readings.keysFor(row.text, kindOf(row));
    INFO("reading " << str(keys.reading));
    INFO("spellings " << str(keys.spellings.join(u' ')) << " / initials " << str(keys.initials.join(u' ')));
    CHECK(keys.spellings.contains(withoutSpaces(row.reading)));
    CHECK(keys.initials.contains(initialsOf(row.reading)));
    CHECK(keys.spellings.size() == keys.initials.size());
    if (row.primary) {
        CHECK(keys.reading == row.reading);
        CHECK(keys.spellings.first() == withoutSpaces(row.reading));
    }
    // The last column says what ICU gives; where that differs, the table must win.
    CHECK(icuReading(row.text) == row.icuGives);
    if (row.primary && row.icuGives != row.reading)
        CHECK(keys.reading != row.icuGives);
    CHECK_FALSE(keys.strokeKey.isEmpty());
}

std::vector<std::string> sortedByPinyin(const NameReadings& readings, const QStringList& names)
{
    QStringList sorted = names;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString& a, const QString& b) {
        return readings.keysFor(a, NameKind::Person).sortKey < readings.keysFor(b, NameKind::Person).sortKey;
    });
    return strs(sorted);
}

std::vector<std::string> sortedByStrokes(const NameReadings& readings, const QStringList& names)
{
    QStringList sorted = names;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString& a, const QString& b) {
        return readings.keysFor(a, NameKind::Person).strokeKey
            < readings.keysFor(b, NameKind::Person).strokeKey;
    });
    return strs(sorted);
}

}  // namespace

TEST_CASE("every checked reading of tests/data/roster/name_readings_zh.csv is a key", "[names]")
{
    const NameReadings readings;
    const QList<ReadingRow> rows = checkedRows();
    CHECK(rows.size() >= 49);
    for (const ReadingRow& row : rows)
        checkRow(readings, row);
}

TEST_CASE("every row of the built-in table loads, with real pinyin syllables", "[names]")
{
    const NameReadings readings;
    for (const ReadingRow& row : builtInRows()) {
        INFO("row " << row.row << ": " << str(row.text) << " " << str(row.reading));
        checkRow(readings, row);
        const QStringList listed = kindOf(row) == NameKind::Person ? readings.surnameReadings(row.text)
                                                                   : readings.phraseReadings(row.text);
        CHECK(listed.contains(row.reading));
        CHECK((listed.first() == row.reading) == row.primary);
        for (const QString& syllable : row.reading.split(QLatin1Char(' ')))
            CHECK(PinyinKeys::isSyllable(syllable));
        // Every syllable with its tone, which orders names as the dictionary does.
        const QStringList toned = kindOf(row) == NameKind::Person ? readings.tonedSurnameReadings(row.text)
                                                                  : readings.tonedPhraseReadings(row.text);
        CHECK(toned.contains(row.toned));
        for (const QString& syllable : row.toned.split(QLatin1Char(' '))) {
            INFO(str(syllable));
            CHECK((syllable.back() >= u'1' && syllable.back() <= u'5'));
        }
    }
}

TEST_CASE("surnames sort under their surname reading, not ICU's", "[names]")
{
    const NameReadings readings;
    // Every single surname of the checked table, sorted by its key, must come out as the
    // reading column orders it; ICU's readings would order them differently.
    QList<ReadingRow> surnames;
    for (const ReadingRow& row : checkedRows()) {
        if (row.primary && row.kind == QLatin1String("surname"))
            surnames.append(row);
    }
    REQUIRE(surnames.size() > 20);
    const auto orderBy = [&](auto key) {
        QList<ReadingRow> sorted = surnames;
        std::stable_sort(sorted.begin(), sorted.end(),
            [&](const ReadingRow& a, const ReadingRow& b) { return key(a) < key(b); });
        QStringList texts;
        for (const ReadingRow& row : sorted)
            texts.append(row.text);
        return strs(texts);
    };
    const auto byKey
        = orderBy([&](const ReadingRow& row) { return readings.pinyin(row.text, NameKind::Person); });
    CHECK(byKey == orderBy([](const ReadingRow& row) { return row.reading; }));
    CHECK(byKey != orderBy([](const ReadingRow& row) { return row.icuGives; }));

    // By hand: 蔡 cai < 邓 deng < 单 shan < 解 xie < 曾 zeng < 张 zhang < 周 zhou.
    // ICU would file 曾 as ceng between 蔡 and 邓, 单 as dan, 解 as jie.
    const QStringList names = list({ u"周杰", u"张三", u"曾勇", u"解宝", u"单雄信", u"邓超", u"蔡明" });
    CHECK(sortedByPinyin(readings, names)
        == strs(list({ u"蔡明", u"邓超", u"单雄信", u"解宝", u"曾勇", u"张三", u"周杰" })));
    // A syllable at a time: every 李 before 梁, also 李昂 (li ang) before 梁 (liang).
    CHECK(sortedByPinyin(readings, list({ u"梁一", u"李昂", u"李四" }))
        == strs(list({ u"李昂", u"李四", u"梁一" })));
}

TEST_CASE("pinyin search: full pinyin or initials, by prefix", "[names]")
{
    const NameReadings readings;
    const auto finds = [&](const QString& name, NameKind kind, const char* typed) {
        return NameReadings::matches(
            readings.keysFor(name, kind), NameReadings::searchText(QString::fromUtf8(typed)));
    };

    const NameKeys zhangSan = readings.keysFor(QStringLiteral("张三"), NameKind::Person);
    CHECK(strs(zhangSan.spellings) == std::vector<std::string> { "zhangsan" });
    CHECK(strs(zhangSan.initials) == std::vector<std::string> { "zs" });
    CHECK(zhangSan.reading == QLatin1String("zhang san"));
    for (const char* typed : { "zs", "zhangs", "zhangsan", "Zhang San", "z", "ＺＳ" })
        CHECK(finds(QStringLiteral("张三"), NameKind::Person, typed));
    for (const char* typed : { "zy", "zhangsi", "sz", "zhangsana" })
        CHECK_FALSE(finds(QStringLiteral("张三"), NameKind::Person, typed));

    CHECK(finds(QStringLiteral("曾勇"), NameKind::Person, "zy"));
    CHECK(finds(QStringLiteral("曾勇"), NameKind::Person, "zengyong"));
    CHECK_FALSE(finds(QStringLiteral("曾勇"), NameKind::Person, "cy"));

    const NameKeys shan = readings.keysFor(QStringLiteral("单雄信"), NameKind::Person);
    CHECK(strs(shan.initials) == std::vector<std::string> { "sxx" });
    CHECK(finds(QStringLiteral("单雄信"), NameKind::Person, "sxx"));
    CHECK_FALSE(finds(QStringLiteral("单雄信"), NameKind::Person, "dxx"));

    CHECK(finds(QStringLiteral("长寿区"), NameKind::Place, "csq"));
    CHECK(finds(QStringLiteral("长寿区"), NameKind::Place, "changshou"));
    CHECK_FALSE(finds(QStringLiteral("长寿区"), NameKind::Place, "zsq"));
    CHECK(finds(QStringLiteral("重庆市江北区观音桥街道"), NameKind::Place, "cqsjbqgyqjd"));

    // An empty search finds everything with a reading.
    CHECK(finds(QStringLiteral("张三"), NameKind::Person, " "));
}

TEST_CASE("a surname with two readings is found by both, sorted by the first", "[names]")
{
    const NameReadings readings;
    struct Case
    {
        const char16_t* name;
        const char* reading;
        std::vector<std::string> spellings;
        std::vector<std::string> initials;
    };
    const std::vector<Case> cases {
        { u"乐嘉", "yue jia", { "yuejia", "lejia" }, { "yj", "lj" } },
        { u"覃小红", "qin xiao hong", { "qinxiaohong", "tanxiaohong" }, { "qxh", "txh" } },
        { u"翟志刚", "zhai zhi gang", { "zhaizhigang", "dizhigang" }, { "zzg", "dzg" } },
    };
    for (const Case& c : cases) {
        const NameKeys keys = readings.keysFor(QString::fromUtf16(c.name), NameKind::Person);
        INFO(str(QString::fromUtf16(c.name)));
        CHECK(str(keys.reading) == c.reading);
        CHECK(strs(keys.spellings) == c.spellings);
        CHECK(strs(keys.initials) == c.initials);
        for (const std::string& initials : c.initials)
            CHECK(NameReadings::matches(keys, QString::fromStdString(initials)));
    }
    // The surname's second reading is not the given name's: 乐 in a given name reads le only.
    CHECK(strs(readings.keysFor(QStringLiteral("乐乐"), NameKind::Person).spellings)
        == std::vector<std::string> { "yuele", "lele" });
    CHECK(strs(readings.keysFor(QStringLiteral("张乐"), NameKind::Person).spellings)
        == std::vector<std::string> { "zhangle" });
}

TEST_CASE("surname, given name and place readings each apply in their place", "[names]")
{
    const NameReadings readings;
    const auto person = [&](const char16_t* name) {
        return str(readings.pinyin(QString::fromUtf16(name), NameKind::Person));
    };
    const auto place = [&](const char16_t* name) {
        return str(readings.pinyin(QString::fromUtf16(name), NameKind::Place));
    };

    // Surname readings only for the surname.
    CHECK(person(u"曾曾") == "zeng ceng");
    CHECK(person(u"张曾") == "zhang ceng");
    CHECK(place(u"曾") == "ceng");
    CHECK(place(u"单家村") == "dan jia cun");
    // Compound surnames, the longest first: 单于 is chan yu, 单 alone shan.
    CHECK(person(u"单于洪") == "chan yu hong");
    CHECK(person(u"尉迟恭") == "yu chi gong");
    CHECK(person(u"长孙无忌") == "zhang sun wu ji");
    CHECK(person(u"欧阳修") == "ou yang xiu");
    CHECK(person(u"欧 阳修") == "ou yang xiu");
    // Given names take word entries: 长 chang, 地 di.
    CHECK(person(u"张长春") == "zhang chang chun");
    CHECK(person(u"王地") == "wang di");
    // Places: the longest entry anywhere in the text.
    CHECK(place(u"长寿区") == "chang shou qu");
    CHECK(place(u"重庆市长寿区") == "chong qing shi chang shou qu");
    CHECK(place(u"长寿湖镇") == "chang shou hu zhen");
    CHECK(place(u"丰都县") == "feng du xian");
    CHECK(place(u"红土地社区居民委员会") == "hong tu di she qu ju min wei yuan hui");
    CHECK(place(u"曾家镇") == "zeng jia zhen");
}

TEST_CASE("surnames read as the dictionary reads them as surnames: a sample of the table", "[names]")
{
    const NameReadings readings;
    const auto person = [&](const char16_t* name) {
        return str(readings.pinyin(QString::fromUtf16(name), NameKind::Person));
    };
    // Where ICU reads the character otherwise (in brackets).
    CHECK(person(u"长青") == "chang qing");  // (zhang)
    CHECK(person(u"还学文") == "huan xue wen");  // (hai)
    CHECK(person(u"炅娜") == "gui na");  // (jiong)
    CHECK(person(u"角亮") == "jue liang");  // (jiao)
    CHECK(person(u"番强") == "pan qiang");  // (fan)
    CHECK(person(u"贠建民") == "yun jian min");  // (yuan)
    CHECK(person(u"么一") == "yao yi");  // (me)
    CHECK(person(u"重阳") == "chong yang");  // (zhong)
    CHECK(person(u"舍明") == "she ming");
    // Compound surnames.
    CHECK(person(u"令狐冲") == "ling hu chong");
    CHECK(person(u"中行说") == "zhong hang shuo");  // (zhong xing)
    CHECK(person(u"子车奄息") == "zi ju yan xi");  // (zi che)
    CHECK(person(u"乐正克") == "yue zheng ke");  // (le zheng)
    CHECK(person(u"段干木") == "duan gan mu");
    CHECK(person(u"句龙明") == "gou long ming");  // (ju long)
    CHECK(person(u"宰父黑") == "zai fu hei");
    // Only the tone differs from ICU's, and it orders the names.
    const auto toned = [&](const char16_t* surname) {
        return strs(readings.tonedSurnameReadings(QString::fromUtf16(surname)));
    };
    CHECK(toned(u"过") == std::vector<std::string> { "guo1" });  // (guò)
    CHECK(toned(u"燕") == std::vector<std::string> { "yan1" });  // (yàn)
    CHECK(toned(u"哈") == std::vector<std::string> { "ha3" });  // (hā)
    CHECK(toned(u"那") == std::vector<std::string> { "na1" });  // (nà)
    CHECK(toned(u"於") == std::vector<std::string> { "yu1" });  // (yú)
    CHECK(toned(u"肖") == std::vector<std::string> { "xiao1" });  // (xiào)
    CHECK(toned(u"甯") == std::vector<std::string> { "ning4" });  // (níng)
    CHECK(toned(u"撒") == std::vector<std::string> { "sa3" });  // (sā)
    CHECK(toned(u"令狐") == std::vector<std::string> { "ling2 hu2" });  // (lìng)
    // Two lineages, two readings: the first files the name, both find it.
    const NameKeys tan = readings.keysFor(QStringLiteral("镡山"), NameKind::Person);
    CHECK(str(tan.reading) == "tan shan");
    CHECK(strs(tan.spellings) == std::vector<std::string> { "tanshan", "chanshan" });
    const NameKeys xun = readings.keysFor(QStringLiteral("郇建"), NameKind::Person);
    CHECK(str(xun.reading) == "xun jian");
    CHECK(strs(xun.spellings) == std::vector<std::string> { "xunjian", "huanjian" });

    // The order of the dictionary, which ICU's readings would break: 长 cháng (4 strokes)
    // before 常 cháng (11) and 张 (ICU: 长 zhǎng after 张); 燕 yān, 严 yán, 晏 yàn (ICU: 燕
    // yàn after 晏); 海 hǎi, 还 huán, 黄 huáng (ICU: 还 hái first); 令狐 líng (5 strokes)
    // before 凌 líng (10) (ICU: lìng after); 肖 xiāo (7) before 萧 xiāo (11) (ICU: xiào after).
    CHECK(sortedByPinyin(readings, list({ u"张三", u"常遇春", u"长青" }))
        == strs(list({ u"长青", u"常遇春", u"张三" })));
    CHECK(sortedByPinyin(readings, list({ u"晏殊", u"严复", u"燕青" }))
        == strs(list({ u"燕青", u"严复", u"晏殊" })));
    CHECK(sortedByPinyin(readings, list({ u"黄忠", u"还学文", u"海瑞" }))
        == strs(list({ u"海瑞", u"还学文", u"黄忠" })));
    CHECK(sortedByPinyin(readings, list({ u"凌峰", u"令狐冲" })) == strs(list({ u"令狐冲", u"凌峰" })));
    CHECK(sortedByPinyin(readings, list({ u"萧何", u"肖战" })) == strs(list({ u"肖战", u"萧何" })));
}

TEST_CASE("Latin letters, digits, dots and spaces in names", "[names]")
{
    const NameReadings readings;
    const NameKeys abc = readings.keysFor(QStringLiteral("ABC张"), NameKind::Person);
    CHECK(abc.reading == QLatin1String("abc zhang"));
    CHECK(strs(abc.spellings) == std::vector<std::string> { "abczhang" });
    CHECK(strs(abc.initials) == std::vector<std::string> { "abcz" });
    CHECK(readings.pinyin(QStringLiteral("ＡＢＣ张"), NameKind::Person) == QLatin1String("abc zhang"));
    CHECK(readings.pinyin(QStringLiteral("张3号"), NameKind::Person) == QLatin1String("zhang 3 hao"));
    CHECK(readings.pinyin(QStringLiteral("AB CD"), NameKind::Place) == QLatin1String("ab cd"));

    const NameKeys uyghur = readings.keysFor(QStringLiteral("阿依古丽·买买提"), NameKind::Person);
    CHECK(uyghur.reading == QLatin1String("a yi gu li mai mai ti"));
    CHECK(strs(uyghur.initials) == std::vector<std::string> { "ayglmmt" });
    CHECK(readings.pinyin(QStringLiteral("阿依古丽•买买提"), NameKind::Person) == uyghur.reading);
    CHECK(readings.pinyin(QStringLiteral(" 张 三 "), NameKind::Person) == QLatin1String("zhang san"));

    const NameKeys empty = readings.keysFor(QString(), NameKind::Person);
    CHECK(empty.reading.isEmpty());
    CHECK(empty.sortKey.isEmpty());
    CHECK(empty.spellings.isEmpty());
    CHECK(empty.initials.isEmpty());
    CHECK(empty.strokeKey.isEmpty());
    CHECK(readings.keysFor(QStringLiteral("·"), NameKind::Person).spellings.isEmpty());
}

TEST_CASE("ü is written v, files after lu as in the dictionary, and is found as v or u", "[names]")
{
    const NameReadings readings;
    const NameKeys lv = readings.keysFor(QStringLiteral("吕布"), NameKind::Person);
    CHECK(lv.reading == QLatin1String("lv bu"));
    CHECK(strs(lv.spellings) == std::vector<std::string> { "lvbu", "lubu" });
    CHECK(strs(lv.initials) == std::vector<std::string> { "lb", "lb" });
    // The dictionary (and ICU's pinyin collation) files lü after lu and before luan, luo:
    // 卢 lú < 路 lù < 吕 lǚ < 栾 luán < 罗 luó < 马 mǎ.
    CHECK(sortedByPinyin(readings, list({ u"马超", u"罗成", u"栾平", u"吕布", u"路遥", u"卢明" }))
        == strs(list({ u"卢明", u"路遥", u"吕布", u"栾平", u"罗成", u"马超" })));
    CHECK(NameReadings::matches(lv, NameReadings::searchText(QStringLiteral("Lǚ"))));
    CHECK(NameReadings::matches(lv, QStringLiteral("lub")));
}

TEST_CASE("stroke keys order names by strokes (姓氏笔画)", "[names]")
{
    const NameReadings readings;
    // 丁 2 strokes, 王 4, 李 7, 赵 9, 曾 12: by strokes, while pinyin puts 李 before 王.
    CHECK(sortedByStrokes(readings, list({ u"赵六", u"李四", u"曾勇", u"王五", u"丁一" }))
        == strs(list({ u"丁一", u"王五", u"李四", u"赵六", u"曾勇" })));
    CHECK(sortedByPinyin(readings, list({ u"王五", u"李四" })) == strs(list({ u"李四", u"王五" })));
    // One-character key, then longer: 王 before 王一; and the same name gives the same key.
    const auto key = [&](const char16_t* name) {
        return readings.keysFor(QString::fromUtf16(name), NameKind::Person).strokeKey;
    };
    CHECK(key(u"王") < key(u"王一"));
    CHECK(key(u"王五") == key(u"王五"));
    CHECK(key(u"王五") == key(u"王 五"));
    CHECK(key(u"王五") == PinyinKeys::strokeKey(QStringLiteral("王五")));
    CHECK_FALSE(key(u"王五").contains('\0'));
    // Chinese names before Latin ones; case does not count.
    CHECK(key(u"王五") < key(u"Anna"));
    CHECK(key(u"anna") == key(u"ANNA"));
}

TEST_CASE("strokes are counted as in mainland China, not as ICU counts them", "[names]")
{
    // 阝 2 strokes, 艹 3, 辶 3 (通用规范汉字表); ICU groups 邓 with 5 strokes, 陈 with 8.
    const std::vector<std::pair<char32_t, int>> counts { { U'丁', 2 }, { U'王', 4 }, { U'邓', 4 },
        { U'乐', 5 }, { U'叶', 5 }, { U'刘', 6 }, { U'阮', 6 }, { U'李', 7 }, { U'张', 7 }, { U'陈', 7 },
        { U'连', 7 }, { U'周', 8 }, { U'范', 8 }, { U'郑', 8 }, { U'赵', 9 }, { U'高', 10 }, { U'郭', 10 },
        { U'萧', 11 }, { U'曾', 12 }, { U'董', 12 }, { U'翟', 14 }, { U'蔡', 14 } };
    for (const auto& [character, strokes] : counts) {
        INFO(str(QString::fromUcs4(&character, 1)));
        CHECK(PinyinKeys::strokeCount(character) == strokes);
    }
    CHECK(PinyinKeys::strokeCount(U'A') == 0);

    // Sorted by stroke key, the surnames' stroke counts never go down, and each surname
    // stays together.
    const NameReadings readings;
    QStringList names;
    const QString givenNames = QStringLiteral("一明超嘉华");
    for (const auto& [character, strokes] : counts) {
        for (QChar given : givenNames)
            names.prepend(QString::fromUcs4(&character, 1) + given);
    }
    const std::vector<std::string> sorted = sortedByStrokes(readings, names);
    int previousStrokes = 0;
    QStringList surnamesSeen;
    for (const std::string& name : sorted) {
        const QString surname = QString::fromStdString(name).left(1);
        const int strokes = PinyinKeys::strokeCount(surname.front().unicode());
        INFO(name);
        CHECK(strokes >= previousStrokes);
        CHECK((surnamesSeen.isEmpty() || surnamesSeen.last() == surname || !surnamesSeen.contains(surname)));
        surnamesSeen.append(surname);
        previousStrokes = strokes;
    }
    // The order a 姓氏笔画 list shows: 邓 (4) before 乐 (5), 陈 (7) before 周 (8).
    CHECK(sortedByStrokes(readings, list({ u"周杰", u"乐嘉", u"陈晨", u"邓超" }))
        == strs(list({ u"邓超", u"乐嘉", u"陈晨", u"周杰" })));
}

TEST_CASE("Pinyin order is the dictionary's: syllable, then tone, then strokes", "[names]")
{
    const NameReadings readings;
    // Real surnames that share their letters: 汪 wāng before 王 wáng, every one of them
    // before the next surname, whatever the given names; 秦 and 覃 (both qín as surnames)
    // by their strokes, 10 before 12; 曾 zēng (12 strokes) before 增 zēng (15) and 张 zhāng.
    CHECK(sortedByPinyin(readings,
              list({ u"王芳", u"汪洋", u"王明", u"汪峰", u"覃斌", u"秦岚", u"覃华", u"秦海", u"张三", u"增强",
                  u"曾勇" }))
        == strs(list({ u"秦海", u"秦岚", u"覃斌", u"覃华", u"汪峰", u"汪洋", u"王芳", u"王明", u"曾勇",
            u"增强", u"张三" })));
    // Surnames that ICU reads with another tone take the surname's (the table's): 戈 gē,
    // 葛 gě (ICU gé), 个 gè; 罗 luó (ICU luō), 骆 luò; 仁 rén (4 strokes), 任 rén (ICU rèn, 6).
    CHECK(sortedByPinyin(readings, list({ u"骆明", u"罗明", u"任明", u"仁明", u"葛明", u"戈明", u"个明" }))
        == strs(list({ u"戈明", u"葛明", u"个明", u"罗明", u"骆明", u"仁明", u"任明" })));
    // Given names too: 方 fāng (4 strokes), 芳 fāng (7), 房 fáng, 放 fàng.
    CHECK(sortedByPinyin(readings, list({ u"张芳", u"张方", u"张放", u"张房" }))
        == strs(list({ u"张方", u"张芳", u"张房", u"张放" })));
    // The readings of the checked table, tones added, keep their order: every 李 before 梁.
    CHECK(sortedByPinyin(readings, list({ u"梁一", u"李昂", u"李四", u"黎明" }))
        == strs(list({ u"黎明", u"李昂", u"李四", u"梁一" })));
    // A name before the longer ones it begins, namesakes together.
    CHECK(sortedByPinyin(readings, list({ u"王芳芳", u"王芳", u"汪", u"王" }))
        == strs(list({ u"汪", u"王", u"王芳", u"王芳芳" })));
}

TEST_CASE("Tones: as ICU gives them, as marks or numbers, and as a user adds them", "[names]")
{
    CHECK(PinyinKeys::tonedReading(U'王') == QLatin1String("wang2"));
    CHECK(PinyinKeys::tonedReading(U'汪') == QLatin1String("wang1"));
    CHECK(PinyinKeys::tonedReading(U'吕') == QLatin1String("lv3"));
    CHECK(PinyinKeys::tonedReading(U'子') == QLatin1String("zi5"));  // ICU: the neutral tone
    CHECK(PinyinKeys::tonedReading(U'A').isEmpty());
    CHECK(PinyinKeys::numberTones(u"Zēng Lüè") == QLatin1String("zeng1 lve4"));
    CHECK(PinyinKeys::numberTones(u"qié zi5 xī") == QLatin1String("qie2 zi5 xi1"));
    CHECK(PinyinKeys::numberTones(u"zeng yong") == QLatin1String("zeng yong"));
    CHECK(PinyinKeys::withoutTones(u"lv3 bu4") == QLatin1String("lv bu"));

    NameReadings readings;
    CHECK(readings.tonedSurnameReadings(QStringLiteral("曾")) == QStringList { QStringLiteral("zeng1") });
    CHECK(readings.tonedSurnameReadings(QStringLiteral("覃"))
        == QStringList { QStringLiteral("qin2"), QStringLiteral("tan2") });
    // Without tones, a user's reading keeps the ones the table knows; with them, its own.
    REQUIRE(readings.addReading(QStringLiteral("覃"), QStringLiteral("tan"), NameKind::Person).ok());
    CHECK(readings.tonedSurnameReadings(QStringLiteral("覃"))
        == QStringList { QStringLiteral("tan2"), QStringLiteral("qin2") });
    REQUIRE(readings.addReading(QStringLiteral("牟"), QStringLiteral("mu4"), NameKind::Person).ok());
    CHECK(readings.tonedSurnameReadings(QStringLiteral("牟")) == QStringList { QStringLiteral("mu4") });
    CHECK(
        readings.keysFor(QStringLiteral("牟其中"), NameKind::Person).reading == QLatin1String("mu qi zhong"));
    // An unknown tone files before the first: a user's 牟 "mou" before 谋 móu.
    REQUIRE(readings.addReading(QStringLiteral("缪"), QStringLiteral("mou"), NameKind::Person).ok());
    CHECK(sortedByPinyin(readings, list({ u"谋明", u"缪明" })) == strs(list({ u"缪明", u"谋明" })));
}

TEST_CASE("a user's reading changes the keys; bad readings are refused", "[names]")
{
    NameReadings readings;
    CHECK(readings.pinyin(QStringLiteral("牟其中"), NameKind::Person) == QLatin1String("mou qi zhong"));
    REQUIRE(readings.addReading(QStringLiteral("牟"), QStringLiteral("mù"), NameKind::Person).ok());
    const NameKeys mu = readings.keysFor(QStringLiteral("牟其中"), NameKind::Person);
    CHECK(mu.reading == QLatin1String("mu qi zhong"));
    CHECK(strs(mu.spellings) == std::vector<std::string> { "muqizhong" });
    // Only as a surname, and only in this table.
    CHECK(readings.pinyin(QStringLiteral("张牟"), NameKind::Person) == QLatin1String("zhang mou"));
    CHECK(NameReadings().pinyin(QStringLiteral("牟其中"), NameKind::Person) == QLatin1String("mou qi zhong"));

    // Over a built-in reading: the user's comes first, the built-in one is still found.
    REQUIRE(readings.addReading(QStringLiteral("朴"), QStringLiteral("pu"), NameKind::Person).ok());
    const NameKeys pu = readings.keysFor(QStringLiteral("朴树"), NameKind::Person);
    CHECK(pu.reading == QLatin1String("pu shu"));
    CHECK(strs(pu.spellings) == std::vector<std::string> { "pushu", "piaoshu" });

    // A place.
    CHECK(readings.pinyin(QStringLiteral("覃家岗街道"), NameKind::Place)
        == QLatin1String("tan jia gang jie dao"));
    REQUIRE(
        readings.addReading(QStringLiteral("覃家岗"), QStringLiteral("Qin Jia Gang"), NameKind::Place).ok());
    CHECK(readings.pinyin(QStringLiteral("覃家岗街道"), NameKind::Place)
        == QLatin1String("qin jia gang jie dao"));
    CHECK(
        readings.phraseReadings(QStringLiteral("覃家岗")) == QStringList { QStringLiteral("qin jia gang") });

    // ü with tone mark or as v.
    REQUIRE(readings.addReading(QStringLiteral("闾丘"), QStringLiteral("lǘ qiū"), NameKind::Person).ok());
    CHECK(readings.pinyin(QStringLiteral("闾丘露"), NameKind::Person) == QLatin1String("lv qiu lu"));

    struct Refused
    {
        const char16_t* text;
        const char16_t* reading;
        NameKind kind;
    };
    for (const Refused& bad : std::vector<Refused> {
             { u"", u"zeng", NameKind::Person },
             { u"曾A", u"zeng a", NameKind::Person },
             { u"曾", u"", NameKind::Person },
             { u"曾", u"zeng yong", NameKind::Person },
             { u"长寿", u"chang", NameKind::Place },
             { u"曾", u"zeng6", NameKind::Person },
             { u"曾", u"曾", NameKind::Person },
             { u"曾", u"zzz", NameKind::Person },
             { u"爱新觉罗氏", u"ai xin jue luo shi", NameKind::Person },
         }) {
        const Status status
            = readings.addReading(QString::fromUtf16(bad.text), QString::fromUtf16(bad.reading), bad.kind);
        INFO(str(QString::fromUtf16(bad.text)) << " " << str(QString::fromUtf16(bad.reading)));
        CHECK_FALSE(status.ok());
        if (!status.ok())
            CHECK_FALSE(status.error().message.isEmpty());
    }
    // Nothing refused got in.
    CHECK(readings.surnameReadings(QStringLiteral("曾")) == QStringList { QStringLiteral("zeng") });
    CHECK(readings.phraseReadings(QStringLiteral("长寿")).isEmpty());
}

TEST_CASE("searchText normalises what a user types", "[names]")
{
    CHECK(NameReadings::searchText(QStringLiteral("Zhang San")) == QLatin1String("zhangsan"));
    CHECK(NameReadings::searchText(QStringLiteral("xi'an")) == QLatin1String("xian"));
    CHECK(NameReadings::searchText(QStringLiteral("ＺＳ")) == QLatin1String("zs"));
    CHECK(NameReadings::searchText(QStringLiteral("Lǚ Bù")) == QLatin1String("lvbu"));
    CHECK(NameReadings::searchText(QStringLiteral("Lü")) == QLatin1String("lv"));
    CHECK(NameReadings::searchText(QStringLiteral("阿依·买")) == QStringLiteral("阿依买"));
    CHECK(NameReadings::searchText(QStringLiteral("\u3000zs\t")) == QLatin1String("zs"));
}

TEST_CASE("PinyinKeys reads characters as ICU does, in ASCII", "[names]")
{
    CHECK(PinyinKeys::reading(U'曾') == QLatin1String("ceng"));
    CHECK(PinyinKeys::reading(U'长') == QLatin1String("zhang"));
    CHECK(PinyinKeys::reading(U'吕') == QLatin1String("lv"));
    CHECK(PinyinKeys::reading(U'〇') == QLatin1String("ling"));
    CHECK(PinyinKeys::reading(U'A').isEmpty());
    CHECK(PinyinKeys::reading(U'·').isEmpty());
    CHECK(PinyinKeys::foldPinyin(u"Zēng Lüè") == QLatin1String("zeng lve"));
    CHECK(PinyinKeys::isSyllable(u"zeng"));
    CHECK(PinyinKeys::isSyllable(u"lve"));
    CHECK_FALSE(PinyinKeys::isSyllable(u"zzz"));
    CHECK_FALSE(PinyinKeys::isSyllable(u"bue"));
}

TEST_CASE("keys are the same when several threads compute them at once", "[names]")
{
    NameReadings readings;
    // Names of rarer characters (CJK Extension A and the end of the main block), so that
    // the threads also meet in ICU and in the reading cache.
    QStringList names;
    for (char32_t c = 0x3400; c < 0x3400 + 1200; c += 3) {
        names.append(QStringLiteral("曾") + QString::fromUcs4(&c, 1));
        const char32_t late[] = { 0x9F00 + (c - 0x3400) / 6, c + 1 };
        names.append(QString::fromUcs4(late, 2));
    }
    std::vector<std::vector<std::string>> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (const QString& name : names) {
                const NameKeys keys = readings.keysFor(name, NameKind::Person);
                results[t].push_back(str(keys.reading + u'|' + keys.sortKey + u'|' + keys.spellings.join(u',')
                    + u'|' + QString::fromLatin1(keys.strokeKey.toHex())));
            }
        });
    }
    // And a user adds a reading meanwhile, of a name no thread computes.
    // (Catch assertions are not thread-safe: the outcome is checked after the join.)
    Status added;
    threads.emplace_back(
        [&] { added = readings.addReading(QStringLiteral("郇"), QStringLiteral("xun"), NameKind::Person); });
    for (std::thread& thread : threads)
        thread.join();
    std::vector<std::string> alone;
    for (const QString& name : names) {
        const NameKeys keys = readings.keysFor(name, NameKind::Person);
        alone.push_back(str(keys.reading + u'|' + keys.sortKey + u'|' + keys.spellings.join(u',') + u'|'
            + QString::fromLatin1(keys.strokeKey.toHex())));
    }
    CHECK(added.ok());
    CHECK(alone.front().rfind("zeng ", 0) == 0);
    for (const auto& result : results)
        CHECK(result == alone);
    CHECK(readings.pinyin(QStringLiteral("郇"), NameKind::Person) == QLatin1String("xun"));
}

TEST_CASE("keysFor throughput", "[names][.bench]")
{
    const NameReadings readings;
    const QString surnames
        = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
                         "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
                         "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤乐翟单");
    const QString given = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅"
                                         "文斌宇浩然欣怡子涵雨轩思远长春晓东");
    QStringList names;
    names.reserve(200000);
    for (int i = 0; names.size() < 200000; ++i) {
        QString name = surnames.mid(i % surnames.size(), 1) + given.mid((i / 7) % given.size(), 1);
        if (i % 3 != 0)
            name += given.mid((i / 13) % given.size(), 1);
        names.append(name);
    }
    for (const QString& name : names.mid(0, 1000))
        (void)readings.keysFor(name, NameKind::Person);  // warm the ICU reading cache

    // CPU time as well as wall time: on a busy machine the wall clock also counts other
    // programs' turns.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qsizetype total = 0;
    for (const QString& name : names)
        total += readings.keysFor(name, NameKind::Person).spellings.size();
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const auto perSecond
        = [&](double s) { return static_cast<qint64>(static_cast<double>(names.size()) / s); };
    WARN("keysFor: " << names.size() << " names in " << seconds << " s wall (" << perSecond(seconds)
                     << " names/s), " << cpuSeconds << " s CPU (" << perSecond(cpuSeconds) << " names/s)");
    CHECK(total >= names.size());
}
