#pragma once

#include "Member.h"
#include "common/RecordId.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::roster {

// What the roster shows: the members of an organisation's subtree, narrowed by filters
// and by what the user types in the search box.
struct RosterFilter
{
    RecordId orgId;  // null: every organisation
    std::optional<MemberStatus> status = MemberStatus::Active;  // nullopt: all, also former members
    QString category;  // "1" 正式 / "2" 预备 / empty: both
    QString standing;  // "1" 正常 / "2" 停止党籍 / empty: both
    int minAge = -1;  // age band, inclusive; -1: open
    int maxAge = -1;
    QString educationPrefix;  // GB/T 4658 code or its first digit ("2" = 大学本科 level)
    std::optional<bool> isMobile;
    std::optional<bool> lostContact;
    std::optional<bool> dualRegistered;
    QString search;  // name, full pinyin, pinyin initials, ID number or phone (full or last 4)
    QDate today = QDate::currentDate();  // for age bands
};

// The columns the roster can sort by.
enum class RosterSortKey {
    Pinyin,  // the name in pinyin order, surnames read as surnames
    Stroke,  // the name in stroke order (姓氏笔画)
    Relevance,  // while searching: full-pinyin matches, then initials, then other matches
    Sex,
    Ethnicity,
    BirthDate,
    Education,
    Category,
    Organisation,
    JoinedOn,
    ConvertedOn,
    JobPost,
    Standing,
    Status,
    LostContactOn,
    MobileDestination,
    Address,
};

struct RosterOrder
{
    RosterSortKey key = RosterSortKey::Pinyin;
    bool descending = false;
};

// How a search text is understood.
struct SearchTerm
{
    enum class Kind { None, Pinyin, Name, IdNumber, Digits, Phone };
    Kind kind = Kind::None;
    QString text;  // normalised: lower-case pinyin, upper-case X, digits only …
    static SearchTerm parse(const QString& typed);
};

// Walks the members matching a filter in order, a chunk at a time, so a view over a
// million members never holds more than their row ids. Searches use the order of their
// indexes (no sort of the whole match set per keystroke); other orders sort in SQL.
// Holds open statements on the connection: destroy it before the connection.
class RosterCursor
{
public:
    RosterCursor(storage::Connection& db, RosterFilter filter, RosterOrder order);
    ~RosterCursor();
    RosterCursor(const RosterCursor&) = delete;
    RosterCursor& operator=(const RosterCursor&) = delete;

    qint64 count();  // all matches
    // Appends up to `n` more row ids in order; false once everything has been fetched.
    bool fetch(std::vector<qint64>& rowIds, int n);
    bool atEnd() const { return m_arm >= m_arms.size(); }

private:
    using Value = std::variant<qint64, QString, RecordId>;
    struct Arm
    {
        QString sql;  // SELECT rowid … for this arm, ordered
        QString countSql;
    };
    void buildArms();
    QString filterSql(std::vector<Value>& values) const;
    void bindValues(storage::Statement& st, const std::vector<Value>& values) const;

    storage::Connection& m_db;
    RosterFilter m_filter;
    RosterOrder m_order;
    std::vector<Value> m_values;  // the filter's parameters, shared by every arm
    std::vector<Arm> m_arms;
    size_t m_arm = 0;
    std::unique_ptr<storage::Statement> m_current;
};

}  // namespace redgrid::roster
