#pragma once

#include "common/StringHash.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <initializer_list>
#include <optional>
#include <unordered_map>

namespace redgrid::roster {

// One code of a code table. `parentCode` is empty at the top of a hierarchical table.
struct CodeEntry
{
    QString code;
    QString label;  // the standard's wording, as shown and exported
    QString parentCode;
};

// The code tables of the party-member record (2017 中组部 collection): the stored value is
// the code; the label is what a user sees; an import accepts the code, the label or a
// synonym found in real rosters.
//
// Lookups (codeFor) ignore white space anywhere, letter case and full-width/half-width
// differences (NFKC: "０１", "（", "①" = "1"). They also accept "code label" written together
// ("01汉族", "21 大学本科毕业", "①外出务工经商") when code and label agree. Fixed-width
// numeric tables (学历, 民族) accept a code whose leading zero Excel dropped ("1" → "01").
// A label shared by two codes (工作岗位 农民工 is 0164 and 0253) finds nothing: the user must
// give the code. The tables are built once and are read-only, so any thread may use them;
// a lookup is one or two hash probes.
class CodeTable
{
    Q_DECLARE_TR_FUNCTIONS(CodeTable)

public:
    static const CodeTable& education();  // 学历, GB/T 4658-2006
    static const CodeTable& ethnicity();  // 民族, GB/T 3304-1991
    static const CodeTable& sex();  // 性别, GB/T 2261.1-2003
    static const CodeTable& jobPost();  // 工作岗位 (党内统计), hierarchical
    static const CodeTable& memberCategory();  // 人员类别: 正式党员 / 预备党员
    static const CodeTable& partyStanding();  // 党籍状态: 正常 / 停止党籍
    static const CodeTable& lostContactReason();  // 失去联系情形 ①–⑦
    static const CodeTable& departureKind();  // 出党 (how membership ended)
    static const CodeTable& degree();  // 学位
    static const CodeTable& orgCategory();  // 党组织类别 ①–⑨
    static const CodeTable& unitSituation();  // 党组织所在单位情况

    // What the table holds, for messages: "education", "ethnic group" (translated).
    QString title() const;

    // The code for a code, label or synonym; nothing when unknown or ambiguous.
    std::optional<QString> codeFor(const QString& labelSynonymOrCode) const;
    // Whether `text` is a label that several codes share (so codeFor finds nothing).
    bool isAmbiguous(const QString& text) const;
    // The entries whose label is `text` (several when the label is ambiguous), for the user
    // to choose from.
    QList<CodeEntry> entriesLabelled(const QString& text) const;

    bool contains(const QString& code) const { return m_indexByCode.contains(code); }
    QString labelFor(const QString& code) const;  // empty for an unknown code
    // Labels from the top down to `code`, joined by " / ": "在岗职工 / 公有制单位 / 工勤技能人员 / 农民工".
    QString pathFor(const QString& code) const;

    const QList<CodeEntry>& entries() const { return m_entries; }  // in the standard's order
    QList<CodeEntry> children(const QString& parentCode) const;  // "" gives the top level

    // Raw table data, kept in the .cpp; public only so that the data arrays can name it.
    struct RawEntry
    {
        const char* code;
        const char* label;
        const char* parent;
    };
    struct RawSynonym
    {
        const char* text;
        const char* code;
    };

private:
    CodeTable(const char* title, std::initializer_list<RawEntry> entries,
        std::initializer_list<RawSynonym> synonyms, int codeWidth = 0, const char* droppableSuffix = nullptr);

    // Keys to entry indexes, looked up a dozen times per imported row (see StringHash).
    class Index
    {
    public:
        int value(const QString& key) const;  // -1 when absent
        bool contains(const QString& key) const { return m_map.count(key) > 0; }
        void insert(const QString& key, int index) { m_map[key] = index; }
        void remove(const QString& key) { m_map.erase(key); }

    private:
        std::unordered_map<QString, int, StringHash> m_map;
    };

    static QString keyOf(QStringView text);
    void add(const QString& key, int index, int priority);
    int indexFor(const QString& key) const;  // -1 when unknown or ambiguous

    const char* m_title;
    QList<CodeEntry> m_entries;
    QList<QString> m_labelKeys;  // keyOf(label), parallel to m_entries
    Index m_indexByCode;
    Index m_indexByKey;
    QHash<QString, int> m_keyPriority;
    QSet<QString> m_ambiguous;
    int m_codeWidth = 0;  // pad shorter digit-only input with leading zeros; 0 = codes vary in length
};

}  // namespace redgrid::roster
