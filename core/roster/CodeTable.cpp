#include "CodeTable.h"

#include "common/Digits.h"

namespace redgrid::roster {
namespace {

// Which kind of key wins when two entries produce the same one.
constexpr int codePriority = 3;
constexpr int labelPriority = 2;
constexpr int synonymPriority = 1;

// What may stand between a code and its label: "01 汉族", "21-大学本科毕业", "(1)正常", "①、…".
bool isCodeLabelSeparator(QChar c)
{
    return c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char(':') || c == QLatin1Char('|') || c == QLatin1Char('_') || c == QLatin1Char(',')
        || c == QChar(u'、');
}

}  // namespace

CodeTable::CodeTable(const char* title, std::initializer_list<RawEntry> entries,
    std::initializer_list<RawSynonym> synonyms, int codeWidth, const char* droppableSuffix)
    : m_title(title)
    , m_codeWidth(codeWidth)
{
    m_entries.reserve(qsizetype(entries.size()));
    for (const RawEntry& raw : entries) {
        m_entries.append(
            { QString::fromUtf8(raw.code), QString::fromUtf8(raw.label), QString::fromUtf8(raw.parent) });
    }
    const QString suffix = droppableSuffix ? QString::fromUtf8(droppableSuffix) : QString();
    for (int i = 0; i < m_entries.size(); ++i) {
        const CodeEntry& entry = m_entries[i];
        m_indexByCode.insert(entry.code, i);
        m_labelKeys.append(keyOf(entry.label));
        add(keyOf(entry.code), i, codePriority);
        add(m_labelKeys.last(), i, labelPriority);
        if (!suffix.isEmpty() && entry.label.size() > suffix.size() && entry.label.endsWith(suffix))
            add(keyOf(entry.label.chopped(suffix.size())), i, synonymPriority);  // 汉族 → 汉
    }
    for (const RawSynonym& synonym : synonyms) {
        const int index = m_indexByCode.value(QString::fromUtf8(synonym.code));
        Q_ASSERT_X(index >= 0, "CodeTable", synonym.text);  // a synonym for a code not in the table
        if (index >= 0)
            add(keyOf(QString::fromUtf8(synonym.text)), index, synonymPriority);
    }
}

int CodeTable::Index::value(const QString& key) const
{
    const auto found = m_map.find(key);
    return found == m_map.end() ? -1 : found->second;
}

QString CodeTable::keyOf(QStringView text)
{
    QString folded = text.toString();
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            folded = folded.normalized(QString::NormalizationForm_KC);
            break;
        }
    }
    QString key;
    key.reserve(folded.size());
    for (QChar c : std::as_const(folded)) {
        if (!c.isSpace())
            key.append(c.toCaseFolded());
    }
    return key;
}

void CodeTable::add(const QString& key, int index, int priority)
{
    if (key.isEmpty())
        return;
    const auto known = m_keyPriority.constFind(key);
    if (known == m_keyPriority.cend() || priority > *known) {
        m_keyPriority.insert(key, priority);
        m_indexByKey.insert(key, index);
        m_ambiguous.remove(key);
        return;
    }
    if (priority < *known || m_indexByKey.value(key) == index)
        return;
    // Same kind of key for two codes: neither may be guessed.
    m_indexByKey.remove(key);
    m_ambiguous.insert(key);
}

int CodeTable::indexFor(const QString& key) const
{
    return m_indexByKey.value(key);
}

QString CodeTable::title() const
{
    return tr(m_title);
}

std::optional<QString> CodeTable::codeFor(const QString& labelSynonymOrCode) const
{
    // Most cells are already a key ("汉族", "01"): one probe, no folding.
    if (const int hit = m_indexByKey.value(labelSynonymOrCode); hit >= 0)
        return m_entries[hit].code;

    const QString key = keyOf(labelSynonymOrCode);
    if (key.isEmpty() || m_ambiguous.contains(key))
        return std::nullopt;
    if (const int index = indexFor(key); index >= 0)
        return m_entries[index].code;

    // Excel dropped the leading zero of "01".
    if (m_codeWidth > 0 && allDigits(key) && key.size() < m_codeWidth) {
        const int index = m_indexByCode.value(QString(m_codeWidth - key.size(), QLatin1Char('0')) + key);
        return index >= 0 ? std::optional<QString>(m_entries[index].code) : std::nullopt;
    }

    // Code and label written together, as dropdown lists often show them: "01汉族", "①正常".
    QStringView rest(key);
    if (rest.startsWith(QLatin1Char('(')) || rest.startsWith(QLatin1Char('[')))
        rest = rest.mid(1);
    qsizetype digits = 0;
    while (digits < rest.size() && isAsciiDigit(rest[digits]))
        ++digits;
    if (digits == 0 || digits == rest.size())
        return std::nullopt;
    QString code = rest.left(digits).toString();
    if (m_codeWidth > 0 && code.size() < m_codeWidth)
        code.prepend(QString(m_codeWidth - code.size(), QLatin1Char('0')));
    const int index = m_indexByCode.value(code);
    if (index < 0)
        return std::nullopt;
    QStringView label = rest.mid(digits);
    while (!label.isEmpty() && isCodeLabelSeparator(label.front()))
        label = label.mid(1);
    const QString labelKey = label.toString();
    if (labelKey.isEmpty() || labelKey == m_labelKeys[index] || indexFor(labelKey) == index)
        return m_entries[index].code;
    return std::nullopt;  // "21 硕士": the code and the label disagree
}

bool CodeTable::isAmbiguous(const QString& text) const
{
    return m_ambiguous.contains(keyOf(text));
}

QList<CodeEntry> CodeTable::entriesLabelled(const QString& text) const
{
    const QString key = keyOf(text);
    QList<CodeEntry> found;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_labelKeys[i] == key)
            found.append(m_entries[i]);
    }
    return found;
}

QString CodeTable::labelFor(const QString& code) const
{
    const int index = m_indexByCode.value(code);
    return index >= 0 ? m_entries[index].label : QString();
}

QString CodeTable::pathFor(const QString& code) const
{
    QStringList labels;
    QString current = code;
    // The depth bound guards against a parent cycle in the table data.
    for (int depth = 0; depth < 8 && !current.isEmpty(); ++depth) {
        const int index = m_indexByCode.value(current);
        if (index < 0)
            break;
        labels.prepend(m_entries[index].label);
        current = m_entries[index].parentCode;
    }
    return labels.join(QStringLiteral(" / "));
}

QList<CodeEntry> CodeTable::children(const QString& parentCode) const
{
    QList<CodeEntry> found;
    for (const CodeEntry& entry : m_entries) {
        if (entry.parentCode == parentCode)
            found.append(entry);
    }
    return found;
}

// The tables. Labels are the standards' wording; synonyms are what real rosters write.
// clang-format off

const CodeTable& CodeTable::education()
{
    // GB/T 4658-2006 《学历代码》: 2 digits, the first the level, x0 the level itself;
    // second digit 1 = 毕业, 2 = 结业, 3 = 肄业 (domain-rules 2.4; codes 12–19, 22–23,
    // 32–33, 42–49, 62–63, 73, 83 completed from the standard).
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "education"), {
        { "10", "研究生教育", "" },
        { "11", "博士研究生毕业", "10" }, { "12", "博士研究生结业", "10" }, { "13", "博士研究生肄业", "10" },
        { "14", "硕士研究生毕业", "10" }, { "15", "硕士研究生结业", "10" }, { "16", "硕士研究生肄业", "10" },
        { "17", "研究生班毕业", "10" }, { "18", "研究生班结业", "10" }, { "19", "研究生班肄业", "10" },
        { "20", "大学本科教育", "" },
        { "21", "大学本科毕业", "20" }, { "22", "大学本科结业", "20" }, { "23", "大学本科肄业", "20" },
        { "28", "大学普通班毕业", "20" },
        { "30", "大学专科教育", "" },
        { "31", "大学专科毕业", "30" }, { "32", "大学专科结业", "30" }, { "33", "大学专科肄业", "30" },
        { "40", "中等职业教育", "" },
        { "41", "中等专科毕业", "40" }, { "42", "中等专科结业", "40" }, { "43", "中等专科肄业", "40" },
        { "44", "职业高中毕业", "40" }, { "45", "职业高中结业", "40" }, { "46", "职业高中肄业", "40" },
        { "47", "技工学校毕业", "40" }, { "48", "技工学校结业", "40" }, { "49", "技工学校肄业", "40" },
        { "60", "普通高级中学教育", "" },
        { "61", "普通高中毕业", "60" }, { "62", "普通高中结业", "60" }, { "63", "普通高中肄业", "60" },
        { "70", "初级中学教育", "" },
        { "71", "初中毕业", "70" }, { "73", "初中肄业", "70" },
        { "80", "小学教育", "" },
        { "81", "小学毕业", "80" }, { "83", "小学肄业", "80" },
        { "90", "其他", "" },
    }, {
        { "博士", "11" }, { "博士研究生", "11" },
        { "硕士", "14" }, { "研究生", "14" }, { "硕士研究生", "14" },
        { "本科", "21" }, { "大学本科", "21" }, { "大学", "21" }, { "本科毕业", "21" },
        { "大专", "31" }, { "专科", "31" }, { "大学专科", "31" }, { "大专毕业", "31" },
        { "高职", "31" },  // 高等职业教育 is taught at 专科 level
        { "中专", "41" }, { "中等专科", "41" }, { "中专毕业", "41" },
        { "职高", "44" }, { "职业高中", "44" },
        { "技校", "47" }, { "中技", "47" }, { "技工学校", "47" },
        { "高中", "61" }, { "普通高中", "61" }, { "高中毕业", "61" },
        { "初中", "71" }, { "小学", "81" }, { "大学普通班", "28" }, { "其它", "90" },
    }, 2);
    return table;
}

const CodeTable& CodeTable::ethnicity()
{
    // GB/T 3304-1991 《中国各民族名称的罗马字母拼写法和代码》, in the standard's order.
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "ethnic group"), {
        { "01", "汉族", "" }, { "02", "蒙古族", "" }, { "03", "回族", "" }, { "04", "藏族", "" },
        { "05", "维吾尔族", "" }, { "06", "苗族", "" }, { "07", "彝族", "" }, { "08", "壮族", "" },
        { "09", "布依族", "" }, { "10", "朝鲜族", "" }, { "11", "满族", "" }, { "12", "侗族", "" },
        { "13", "瑶族", "" }, { "14", "白族", "" }, { "15", "土家族", "" }, { "16", "哈尼族", "" },
        { "17", "哈萨克族", "" }, { "18", "傣族", "" }, { "19", "黎族", "" }, { "20", "傈僳族", "" },
        { "21", "佤族", "" }, { "22", "畲族", "" }, { "23", "高山族", "" }, { "24", "拉祜族", "" },
        { "25", "水族", "" }, { "26", "东乡族", "" }, { "27", "纳西族", "" }, { "28", "景颇族", "" },
        { "29", "柯尔克孜族", "" }, { "30", "土族", "" }, { "31", "达斡尔族", "" }, { "32", "仫佬族", "" },
        { "33", "羌族", "" }, { "34", "布朗族", "" }, { "35", "撒拉族", "" }, { "36", "毛南族", "" },
        { "37", "仡佬族", "" }, { "38", "锡伯族", "" }, { "39", "阿昌族", "" }, { "40", "普米族", "" },
        { "41", "塔吉克族", "" }, { "42", "怒族", "" }, { "43", "乌孜别克族", "" }, { "44", "俄罗斯族", "" },
        { "45", "鄂温克族", "" }, { "46", "德昂族", "" }, { "47", "保安族", "" }, { "48", "裕固族", "" },
        { "49", "京族", "" }, { "50", "塔塔尔族", "" }, { "51", "独龙族", "" }, { "52", "鄂伦春族", "" },
        { "53", "赫哲族", "" }, { "54", "门巴族", "" }, { "55", "珞巴族", "" }, { "56", "基诺族", "" },
        { "97", "其他", "" }, { "98", "外国血统中国籍人士", "" },
    }, {
        { "蒙族", "02" }, { "维族", "05" }, { "其它", "97" }, { "外国血统", "98" },
        { "崩龙族", "46" },  // 德昂族 before 1985
        { "毛难族", "36" },  // 毛南族 before 1986
    }, 2, "族");
    return table;
}

const CodeTable& CodeTable::sex()
{
    // GB/T 2261.1-2003 《个人基本信息分类与代码 第1部分：人的性别代码》; rosters write 男/女.
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "sex"), {
        { "0", "未知的性别", "" }, { "1", "男", "" }, { "2", "女", "" }, { "9", "未说明的性别", "" },
    }, {
        { "男性", "1" }, { "女性", "2" }, { "未知", "0" }, { "未说明", "9" },
    });
    return table;
}

const CodeTable& CodeTable::jobPost()
{
    // 工作岗位 (党内统计). Official (domain-rules 2.4, from a 党统 report's code prefixes):
    // 0, 01, 011–016, 0164, 02, 021–025, 0253, 1, 113, 2, 3, 4, 5. The leaf labels are the
    // national system's list; their codes are RedGrid's, assigned in order under the parent
    // they belong to (01xx/02xx leaves fit the official 0164 / 0253 as the last 工勤 items;
    // 111–114 fit 113 外出务工经商人员). 5 其他 has 13 leaves, so they are 501–513.
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "job post"), {
        { "0", "在岗职工", "" },
        { "01", "公有制单位", "0" },
        { "011", "党政机关工作人员", "01" },
        { "0111", "公务员", "011" }, { "0112", "参照公务员法管理的工作人员", "011" },
        { "012", "事业单位管理人员", "01" }, { "0121", "事业单位管理岗位", "012" },
        { "013", "事业单位专业技术人员", "01" }, { "0131", "事业单位专业技术岗位", "013" },
        { "014", "企业管理人员", "01" }, { "0141", "公有经济控制企业管理岗位", "014" },
        { "015", "企业专业技术人员", "01" }, { "0151", "公有经济控制企业专业技术岗位", "015" },
        { "016", "工勤技能人员", "01" },
        { "0161", "公有经济控制单位工勤岗位", "016" }, { "0162", "机关单位工勤岗位", "016" },
        { "0163", "事业单位工勤岗位", "016" }, { "0164", "农民工", "016" },
        { "02", "非公有制单位", "0" },
        { "021", "企业管理人员", "02" }, { "0211", "非公有经济控制企业管理岗位", "021" },
        { "022", "企业专业技术人员", "02" }, { "0221", "非公有经济控制企业专业技术岗位", "022" },
        { "023", "民办非企业单位管理人员", "02" }, { "0231", "民办非企业管理岗位", "023" },
        { "024", "民办非企业单位专业技术人员", "02" }, { "0241", "民办非企业专业技术岗位", "024" },
        { "025", "工勤技能人员", "02" },
        { "0251", "非公有企业工勤岗位", "025" }, { "0252", "民办非企业工勤岗位", "025" }, { "0253", "农民工", "025" },
        { "1", "农牧渔民", "" },
        { "111", "农牧渔业生产人员", "1" }, { "112", "乡村医生", "1" },
        { "113", "外出务工经商人员", "1" }, { "114", "其他农牧渔民", "1" },
        { "2", "军人、武警", "" },
        { "3", "学生", "" },
        { "31", "研究生", "3" },
        { "311", "研究生毕业年级学生", "31" }, { "312", "研究生一年级学生", "31" }, { "313", "研究生其他年级学生", "31" },
        { "32", "本科生", "3" },
        { "321", "大学本科毕业年级学生", "32" }, { "322", "大学本科一年级学生", "32" },
        { "323", "大学本科其他年级学生", "32" },
        { "33", "专科生", "3" },
        { "331", "大学专科毕业年级学生", "33" }, { "332", "大学专科一年级学生", "33" },
        { "333", "大学专科其他年级学生", "33" },
        { "34", "中等专业学校学生", "3" }, { "35", "高中学生", "3" }, { "36", "技工学校学生", "3" },
        { "4", "离退休人员", "" },
        { "41", "离休干部", "4" }, { "42", "退休人员", "4" }, { "43", "退职人员", "4" }, { "44", "内部退养职工", "4" },
        { "5", "其他", "" },
        { "501", "大学生村官", "5" }, { "502", "社区工作人员", "5" }, { "503", "停薪留职人员", "5" },
        { "504", "个体工商户中的从业人员", "5" }, { "505", "自由职业人员", "5" },
        { "506", "（转业）待安置、学生毕业未就业的人员", "5" },
        { "507", "公派或因私出国、出境逾期未归的人员", "5" },
        { "508", "改革后不再保留原机关干部身份，党组织关系仍保留在原单位的人员", "5" },
        { "509", "企业破产后，领取保险金或被辞退的职工中未重新就业的人员", "5" },
        { "510", "由于各种原因，已经离开本人的生产、工作岗位，并已不在本单位从事其他工作，但仍与单位保留劳动关系的职工（不包括内部退养职工）", "5" },
        { "511", "党组织关系在人才（劳动）服务中心，不明职业的人员", "5" },
        { "512", "其他从业人员", "5" }, { "513", "其他无业人员", "5" },
    }, {
        { "解放军、武警", "2" }, { "军人", "2" }, { "武警", "2" }, { "现役军人", "2" },
        { "农民", "111" }, { "村医", "112" }, { "外出务工", "113" },
        { "离休", "41" }, { "退休", "42" }, { "退休干部", "42" }, { "退休职工", "42" },
        { "个体户", "504" }, { "个体", "504" }, { "自由职业", "505" }, { "无业", "513" }, { "其它", "5" },
    });
    return table;
}

const CodeTable& CodeTable::memberCategory()
{
    // 人员类别, 2017 member form item 7 (codes 1/2 as in the national system's exports).
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "member category"), {
        { "1", "正式党员", "" }, { "2", "预备党员", "" },
    }, { { "正式", "1" }, { "预备", "2" } });
    return table;
}

const CodeTable& CodeTable::partyStanding()
{
    // 党籍状态, 2017 member form item 14 (1 正常, 2 停止 in the national system's exports).
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "party standing"), {
        { "1", "正常", "" }, { "2", "停止党籍", "" },
    }, { { "停止", "2" } });
    return table;
}

const CodeTable& CodeTable::lostContactReason()
{
    // 失去联系情形 ①–⑦, Sichuan 《党员基本信息一卡一表》 (domain-rules 1.6).
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "reason contact was lost"), {
        { "1", "外出务工经商", "" }, { "2", "单位改制或破产", "" }, { "3", "毕业后去向不明", "" },
        { "4", "工作单位改变", "" }, { "5", "出国(境)", "" }, { "6", "居住地改变", "" }, { "7", "其他", "" },
    }, { { "出国", "5" }, { "出境", "5" }, { "其它", "7" } });
    return table;
}

const CodeTable& CodeTable::departureKind()
{
    // Ways membership ends (党章 Arts. 7–9, 40; 党员教育管理工作条例 Art. 31). The codes are
    // RedGrid's, in this order.
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "kind of departure"), {
        { "1", "开除党籍", "" }, { "2", "退党除名", "" }, { "3", "劝退", "" }, { "4", "劝而不退除名", "" },
        { "5", "自行脱党除名", "" }, { "6", "取消预备党员资格", "" }, { "7", "不予承认", "" },
    }, { { "开除", "1" }, { "退党", "2" }, { "自行脱党", "5" }, { "脱党", "5" } });
    return table;
}

const CodeTable& CodeTable::degree()
{
    // 学位: first digit of GB/T 6864-2003 (2 博士, 3 硕士, 4 学士) [R]; 0 无 is RedGrid's.
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "degree"), {
        { "2", "博士", "" }, { "3", "硕士", "" }, { "4", "学士", "" }, { "0", "无", "" },
    }, { { "博士学位", "2" }, { "硕士学位", "3" }, { "学士学位", "4" }, { "无学位", "0" } });
    return table;
}

const CodeTable& CodeTable::orgCategory()
{
    // 党组织类别 ①–⑨, Sichuan form (domain-rules 2.2).
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "organisation category"), {
        { "1", "国有企业", "" }, { "2", "非公有制企业", "" }, { "3", "农村", "" }, { "4", "党政机关", "" },
        { "5", "学校", "" }, { "6", "其他事业单位", "" }, { "7", "街道社区", "" }, { "8", "社会组织", "" },
        { "9", "其他", "" },
    }, { { "其它", "9" } });
    return table;
}

const CodeTable& CodeTable::unitSituation()
{
    // 党组织所在单位情况 (domain-rules 2.2); codes are RedGrid's. "与上级党组织同一单位" is
    // the wording of the FAQ on the 2017 collection.
    static const CodeTable table(QT_TRANSLATE_NOOP("CodeTable", "unit situation"), {
        { "1", "与上级党组织相同", "" }, { "2", "法人单位", "" }, { "3", "联合党支部", "" },
    }, { { "与上级党组织同一单位", "1" } });
    return table;
}

// clang-format on

}  // namespace redgrid::roster
