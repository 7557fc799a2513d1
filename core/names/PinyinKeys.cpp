#include "PinyinKeys.h"

#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QSet>
#include <QtDebug>

#include <unicode/alphaindex.h>
#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace redgrid::names {

namespace {

// ICU's Han-Latin transliterator and the readings it gave so far. ICU documents that a
// Transliterator must be synchronised when threads share it (unicode/translit.h,
// "Transliterators are stateless"), so it runs under a mutex; it runs once per character
// only, and the cache is read under a shared lock.
class ReadingCache
{
public:
    ReadingCache()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qWarning("ICU Han-Latin transliterator unavailable: %s", u_errorName(status));
            m_transliterator.reset();
        }
    }

    // The reading without and with its tone ("wang", "wang2"); empty when ICU has none.
    struct Reading
    {
        QString plain;
        QString toned;
    };

    Reading reading(char32_t codePoint)
    {
        {
            QReadLocker locker(&m_lock);
            if (auto found = m_readings.constFind(codePoint); found != m_readings.cend())
                return *found;
        }
        const Reading computed = transliterate(codePoint);
        QWriteLocker locker(&m_lock);
        m_readings.insert(codePoint, computed);
        return computed;
    }

private:
    Reading transliterate(char32_t codePoint)
    {
        icu::UnicodeString text(static_cast<UChar32>(codePoint));
        {
            QMutexLocker locker(&m_icuMutex);
            if (!m_transliterator)
                return {};
            m_transliterator->transliterate(text);
        }
        QString toned = PinyinKeys::numberTones(
            QStringView(reinterpret_cast<const char16_t*>(text.getBuffer()), text.length()));
        // Han-Latin leaves what it cannot read unchanged: only a-z is a reading.
        if (toned.isEmpty())
            return {};
        for (QChar c : toned) {
            if ((c < u'a' || c > u'z') && (c < u'1' || c > u'4'))
                return {};
        }
        // ICU writes the neutral tone without a mark (子 zi).
        if (!toned.back().isDigit())
            toned.append(u'5');
        return { PinyinKeys::withoutTones(toned), toned };
    }

    QMutex m_icuMutex;
    std::unique_ptr<icu::Transliterator> m_transliterator;
    QReadWriteLock m_lock;
    QHash<char32_t, Reading> m_readings;
};

ReadingCache& readingCache()
{
    static ReadingCache cache;
    return cache;
}

// Stroke counts as mainland China counts them (阝 2 strokes, 艹 3, 辶 3: 邓 4, 陈 7,
// 范 8), for the characters of the Table of General Standard Chinese Characters
// (通用规范汉字表, 2013) whose count differs from the one ICU's zh@collation=stroke files
// them under. ICU (CLDR) groups characters by the Traditional count (邓 5, 陈 8, 范 9),
// which would put a third of the common surnames in the wrong group of a 姓氏笔画 list.
// Source: Unicode 15.0 Unihan, kTotalStrokes (its first value is the zh-Hans count),
// for every code point with a kTGH entry; compared with ICU 72's stroke index buckets.
struct MainlandStrokes
{
    int strokes;
    const char16_t* characters;
};

// clang-format off
constexpr MainlandStrokes MainlandStrokeCounts[] = {
    { 3, u"与之及" },
    { 4, u"乏以巨瓦艺邓长队" },
    { 5, u"伋印礼艽艾艿节边辽邗邘邙邛邝阡𬣙" },
    { 6,
        u"似充吸圾岌巡延廷汲祁芃芄芊芋芍芎芏芑芒芗芝芨达辿迁迂迄迅过迈邠邡邢那邦邨邪邬阪阮"
        u"阱防阳阴阵阶𨙸𬇕𬘓𬣞" },
    { 7,
        u"㑇㕮㧐㳇兕妍姊姒岠拒拟泐泛社祀祃羌芘芙芜芟芠芡芣芤芥芦芩芪芫芬芭芮芯芰花芳芴芷芸"
        u"芹芼芽芾苁苄苇苈苉苊苋苌苍苎苏苡苣补迎运近迓返迕还这进远违连迟邮邯邰邱邲邳邴邵邶"
        u"邸邹邺邻阻阼阽阿陀陂附际陆陇陈陉𣲗𣲘𨚕𫐄𫘜𫘝𫭟𫭢𫵷𫸩𬇙𬘘𬣡" },
    { 8,
        u"㟃㤘䏝䢺侹哎建柜浅炬瓮瓯祆祇祈祉祊祋祎耶苑苒苓苔苕苗苘苛苜苞苟苠苤若苦苧苫苯英苴"
        u"苷苹苻苾茀茁茂范茄茅茆茉茋茌茎茏茑茓茔茕茚衩衫衬视迢迤迥迦迨迩迪迫迭迮述迳邽邾邿"
        u"郁郃郄郅郇郈郊郎郏郐郑郓陋陌降陎限陑陔陕𫇭𫍣𫠊𫰛𬀩𬀪𬉼𬣳𬨂𬬩𬳵𬳶" },
    { 9,
        u"㳘㳚㶲䏡䢼䶮修卸叟哪埏娜宬差帮庭挪挺残涎瓴眨矩砭祏祐祓祕祖祗祚祛祜祝神祠祢秬秭笈"
        u"舁茈茗茛茜茧茨茫茬茭茯茱茳茴茵茶茸茹茼茽荀荁荃荄荆荇草荏荐荑荒荓荔荖荙荚荛荜荞荟"
        u"荠荡荣荤荥荦荧荨荩荪荫荬荭荮药莒莛蚤衲衽衿袂袄袆迷迸迹迺追退送适逃逄逅逆选逊郗郚"
        u"郛郜郝郡郢郤郦郧陛陞陟陡院除陧陨险骨鬼鿍𦙶𦭜𪨰𪾢𫓧𬍛𬘡𬘩𬜬𬩽𬬭𬬮𬬱𬮿𬯀𬳽" },
    { 10,
        u"㛚偌健匿啊婀屙敖梃梆梠梴流烶烻珽琊琤瓶瓷祥祧祯离笫羞脩致茝荷荸荻荼荽莅莆莉莎莓莘"
        u"莙莜莝莞莠莨莩莪莫莰莱莲莳莴莶获莸莹莺莼莽袍袒袖袗袜袢袪被袯趿逋逍透逐逑递途逖逗"
        u"通逛逝逞速造逡逢逦部郪郫郭郯郴郸都鄀陪陬陲陴陵陶陷𠳐𨐈𨺙𪟝𪨶𫄧𫄨𫑡𫗧𫠆𫢸𫭼𬂩𬊈𬌗"
        u"𬍤𬒈𬘫𬜯𬬸𬬹𬬻𬬿𬭁𬳿" },
    { 11,
        u"㙍㥄㿠䂮䌹䎃䜣䝙傀喏喵婼媖廊描揶敢棻渠猫琉瓻硭祲祷祸竫筇莿菀菁菂菅菇菉菊菌菍菏菔"
        u"菖菘菜菝菟菠菡菥菩菪菰菱菲菹菼菽萁萃萄萆萋萌萍萎萏萑萘萚萜萝萣萤营萦萧萨萸著袱袷"
        u"袼裆裈裉象趼距逭逮逯逴逵逶逸逻郾郿鄂鄃鄄鄅隃隅隆隈隋隍随隐隗黄鿎𠅤𫍯𫍲𫓯𫘦𫘧𫟅𫟹"
        u"𫮃𬇹𬍡𬘬𬘭𬘯𬟽𬤇𬤊𬱖𬴂" },
    { 12,
        u"㙘㛹㴔㺄䐃傲募嗒嗖嗟塔嫂嵬嵯廆廋御惹愧慌戢搓搔搜搭搽敬椰楗榔殛毽溚溞溠溲滁滑犍猾"
        u"瑛瓿祺祼祾禅禽筥筵翛腱艇萩萱萳萹萼落葆葎葑葖葙葚葛葜葡董葩葫葬葭葰葱葳葴葵葶葸葺"
        u"蒂蒄蒇蒈蒉蒋蒌蒎蒐蓇蜒蜓裎裒裕裙裢裣裤裥逼逾遁遂遄遆遇遍遏遐遑遒道遗鄌鄑鄗鄚酦隔"
        u"隘隙靸馉鼎鿏𡎚𣸣𨱇𪣻𫐐𫓶𫖮𫖯𫘨𫛭𫟼𫶇𫷷𬃊𬊤𬭊𬭎𬮱𬯎𬱟𬴃𬷕𬹼" },
    { 13,
        u"䃅䅟䓖䥽像嗷嘟墓嫫寞嶅幕廒廓慈慥摛摸槌槎槐氲滫漠漭漷瑰瑳甄瞄禊禋福禒禔禘腿蒗蒙蒜"
        u"蒟蒡蒨蒯蒱蒲蒴蒸蒹蒺蒻蒽蒿蓁蓂蓄蓉蓊蓍蓏蓐蓑蓓蓖蓝蓟蓠蓢蓣蓥蓦蓬蔀蜣裨裰裱裸裼裾"
        u"褂褚遘遛遢遣遥遨鄘鄙鄜鄞鄠鄢鄣锳障飕骰骱魁魂𤧛𦝼𫌀𫐓𫓹𫔶𫖳𫘪𫘬𫫇𬒔𬕂𬨎𬪩𬭚𬭛𬶋𬶍" },
    { 14,
        u"㽏䁖䃎䓛䓨䣘儆墟慕慝摹撖暮模毓漋潢潩潴澉熥熬璃璈甍瘙瘟瘥瘦瘩瞍磋禚禛箬膜舆蓰蓼蓿"
        u"蔈蔊蔌蔑蔓蔗蔚蔟蔡蔫蔷蔸蔹蔺蔻蔼蔽蕖螂褊褐褓褕褙褛褡褪遭遮鄫鄯鄱隧隩霆骶骷魃魄魅"
        u"魆鹘鼐𣗋𩽾𪤗𫚕𫚖𬒗𬙂𬤝𬭤𬶏𬶐𬸘𬸚" },
    { 15,
        u"㠇㵐䗖䴓劐噢噶嶲憨懂懊擒暹橄橡澳璜瘼瞢禤艘蕃蕈蕉蕊蕙蕞蕤蕨蕰蕲蕴蕺薁螋褟褥褫褯褴"
        u"豫遴遵遹骸骺骼魇鼒𥔲𨱏𩾃𫍽𫞩𬭩𬴊𬸣" },
    { 16,
        u"㠓䗛䲟嘴嚄嚆幪擎檎檠濩燠燧獴璥璲甏甑癀癃瞰磲禧窿篱篷簉糙聱膙蕗蕹蕻蕾薄薅薇薏薛薜"
        u"薢薤薨薪薮薯薳螭螯蟆蟒褶蹉遽避邀邂鄹醚醛隰魈魉黇黉𪩘𫄷𫗴𫠜𬞟𬭬𬭯𬸦𬺈" },
    { 17,
        u"䴔䴕擿朦檬櫆甓穟簧薰薷薸薹薿藁藉藏藐藓蟥襕襚貘邈醨隳鞬髀髁魋魍魏𤩽𦈡𨱑𨱔𫄸𫔍𫔎𫟦"
        u"𬙊𬭳𬭶𬭸𬭼𬶟𬶠𬶨𬸪" },
    { 18, u"㘎䎖懵旞爇礞糨藕藜藟藠藤藦藨藩襜襟躇邋酂鏊鞳馧髂髃髅鹱鹲𥖨𬟁" },
    { 19, u"䗴䴖孽艨藻藿蘅蘑蘧蠓蠖襦警酃髋髌魑𩾌𬶭" },
    { 20, u"㸌䦃䲠䴗巍欂灌獾甗蘖蘘蘩襫酅酆髎魔𨟠𨭉𬙋𬶮" },
    { 21, u"䲢䴘爟瓘禳髓𤫉𬺓" },
    { 22, u"糵蘸蘼髑" },
    { 23, u"罐𫚭" },
    { 24, u"䴙襻" },
    { 30, u"爨" },
};
// clang-format on

QHash<char32_t, int> mainlandStrokeCounts()
{
    QHash<char32_t, int> counts;
    for (const MainlandStrokes& group : MainlandStrokeCounts) {
        const QString characters = QString::fromUtf16(group.characters);
        for (char32_t codePoint : characters.toUcs4())
            counts.insert(codePoint, group.strokes);
    }
    return counts;
}

// What one character contributes to a stroke key, and its number of strokes (0: not a
// Chinese character, or one neither ICU nor the table counts).
struct StrokeEntry
{
    QByteArray bytes;
    int strokes = 0;
};

// The stroke key is built a character at a time: [strokes][ICU primary weight][0x01].
// Comparing keys byte-wise thus compares the first characters' stroke counts, then
// (same count) ICU's stroke-collation order of the two characters, then the next
// characters. ICU primary weights never contain the bytes 0x00 and 0x01, so 0x01 ends
// a character's entry, and a shorter name sorts before a longer one it begins.
// Other characters (Latin letters, digits) get the marker 0xF0: after every Chinese
// character, in ICU's order among themselves, case ignored.
// Entries are cached per code point; ICU runs under a mutex, as the ICU headers do not
// promise that threads may share a Collator.
class StrokeCollator
{
public:
    StrokeCollator()
        : m_mainland(mainlandStrokeCounts())
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale("zh@collation=stroke");
        m_collator.reset(icu::Collator::createInstance(locale, status));
        icu::AlphabeticIndex index(locale, status);
        if (U_SUCCESS(status))
            m_index.reset(index.buildImmutableIndex(status));
        if (U_FAILURE(status)) {
            qWarning("ICU stroke collation unavailable: %s", u_errorName(status));
            m_collator.reset();
            m_index.reset();
        }
    }

    QByteArray sortKey(QStringView text)
    {
        QByteArray key;
        key.reserve(text.size() * 6);
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t codePoint = text[i].unicode();
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
                ++i;
            }
            if (!QChar::isSpace(codePoint))
                key.append(entry(codePoint).bytes);
        }
        return key;
    }

    StrokeEntry entry(char32_t codePoint)
    {
        {
            QReadLocker locker(&m_lock);
            if (auto found = m_entries.constFind(codePoint); found != m_entries.cend())
                return *found;
        }
        const StrokeEntry computed = compute(codePoint);
        QWriteLocker locker(&m_lock);
        m_entries.insert(codePoint, computed);
        return computed;
    }

private:
    static constexpr char MarkerOther = '\xF0';
    static constexpr char EndOfCharacter = '\x01';

    StrokeEntry compute(char32_t codePoint)
    {
        const icu::UnicodeString text(static_cast<UChar32>(codePoint));
        QMutexLocker locker(&m_mutex);
        if (!m_collator)
            return {};
        uint8_t key[64];
        const int32_t length = m_collator->getSortKey(text, key, sizeof key);
        QByteArray primary;
        for (int32_t i = 0; i < std::min<int32_t>(length, sizeof key) && key[i] > 0x01; ++i)
            primary.append(static_cast<char>(key[i]));
        if (primary.isEmpty())
            return {};  // ignorable (a control character)

        StrokeEntry result;
        if (QChar::script(codePoint) == QChar::Script_Han)
            result.strokes = m_mainland.value(codePoint, icuStrokes(text));
        result.bytes.append(result.strokes > 0 ? static_cast<char>(result.strokes + 1) : MarkerOther);
        result.bytes.append(primary);
        result.bytes.append(EndOfCharacter);
        return result;
    }

    // The stroke count of ICU's index bucket ("7劃") for the character; 0 if none.
    int icuStrokes(const icu::UnicodeString& text)
    {
        if (!m_index)
            return 0;
        UErrorCode status = U_ZERO_ERROR;
        const int32_t bucket = m_index->getBucketIndex(text, status);
        if (U_FAILURE(status) || bucket < 0)
            return 0;
        const icu::UnicodeString& label = m_index->getBucket(bucket)->getLabel();
        int strokes = 0;
        for (int32_t i = 0; i < label.length() && label[i] >= u'0' && label[i] <= u'9'; ++i)
            strokes = strokes * 10 + (label[i] - u'0');
        return strokes;
    }

    const QHash<char32_t, int> m_mainland;
    QMutex m_mutex;
    std::unique_ptr<icu::Collator> m_collator;
    std::unique_ptr<icu::AlphabeticIndex::ImmutableIndex> m_index;
    QReadWriteLock m_lock;
    QHash<char32_t, StrokeEntry> m_entries;
};

StrokeCollator& strokeCollator()
{
    static StrokeCollator collator;
    return collator;
}

// Every reading of the CJK Unified Ideographs block (U+4E00–U+9FFF): the common
// characters, and with them all Mandarin syllables.
QSet<QString> buildSyllables()
{
    QSet<QString> syllables;
    for (char32_t codePoint = 0x4E00; codePoint <= 0x9FFF; ++codePoint) {
        if (QString reading = PinyinKeys::reading(codePoint); !reading.isEmpty())
            syllables.insert(reading);
    }
    return syllables;
}

}  // namespace

QString PinyinKeys::reading(char32_t codePoint)
{
    // Han-Latin passes Latin letters through: only Chinese characters have a reading here.
    if (QChar::script(codePoint) != QChar::Script_Han)
        return {};
    return readingCache().reading(codePoint).plain;
}

QString PinyinKeys::tonedReading(char32_t codePoint)
{
    if (QChar::script(codePoint) != QChar::Script_Han)
        return {};
    return readingCache().reading(codePoint).toned;
}

QByteArray PinyinKeys::strokeKey(const QString& text)
{
    return strokeCollator().sortKey(text);
}

int PinyinKeys::strokeCount(char32_t codePoint)
{
    return strokeCollator().entry(codePoint).strokes;
}

bool PinyinKeys::isSyllable(QStringView syllable)
{
    static const QSet<QString> syllables = buildSyllables();
    return syllables.contains(syllable.toString());
}

QString PinyinKeys::numberTones(QStringView text)
{
    // The marks of the four tones over a vowel, decomposed (NFD): ā á ǎ à.
    static constexpr char16_t Macron = 0x0304, Acute = 0x0301, Caron = 0x030C, Grave = 0x0300;
    static constexpr char16_t CombiningDiaeresis = 0x0308;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString numbered;
    numbered.reserve(decomposed.size() + 4);
    QChar tone;
    const auto endSyllable = [&] {
        if (!tone.isNull())
            numbered.append(tone);
        tone = QChar();
    };
    for (QChar c : decomposed) {
        switch (c.unicode()) {
        case Macron:
            tone = u'1';
            continue;
        case Acute:
            tone = u'2';
            continue;
        case Caron:
            tone = u'3';
            continue;
        case Grave:
            tone = u'4';
            continue;
        case CombiningDiaeresis:
            if (numbered.endsWith(u'u'))
                numbered.back() = u'v';  // lǚ → lv3
            continue;
        default:
            break;
        }
        if (c >= u'1' && c <= u'5' && !numbered.isEmpty() && numbered.back().isLetter()) {
            tone = c;  // typed as a number: lv3, zi5
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            endSyllable();
            numbered.append(u' ');
            continue;
        }
        numbered.append(c.toLower());
    }
    endSyllable();
    return numbered;
}

QString PinyinKeys::withoutTones(QStringView numbered)
{
    QString plain;
    plain.reserve(numbered.size());
    for (QChar c : numbered)
        if (c < u'0' || c > u'9')
            plain.append(c);
    return plain;
}

QString PinyinKeys::foldPinyin(QStringView text)
{
    static constexpr char16_t CombiningDiaeresis = 0x0308;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.unicode() == CombiningDiaeresis && folded.endsWith(u'u')) {
            folded.back() = u'v';  // lǚ → lv
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;  // tone marks
        folded.append(c.toLower());
    }
    return folded;
}

}  // namespace redgrid::names
