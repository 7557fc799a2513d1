#include "HierarchyStore.h"

#include "DivisionCode.h"
#include "security/Access.h"
#include "storage/Connection.h"

namespace redgrid::hierarchy {

qint64 LevelCounts::total() const
{
    qint64 sum = 0;
    for (qint64 n : perLevel)
        sum += n;
    return sum;
}

namespace {
// Macros, so that each query stays one string literal the statement cache can key.
// A node's child count, read in the same statement as the node (column 11).
#define CHILD_COUNT ", (SELECT count(*) FROM hierarchy_node c WHERE c.parent_id = n.id) "
#define NODE_COLUMNS                                                                                         \
    "n.id, n.parent_id, n.level, n.kind, n.name, n.code, n.sort_order, n.households, n.remarks, "            \
    "n.created_at, n.modified_at"
}  // namespace

HierarchyStore::HierarchyStore(storage::Connection& connection)
    : m_db(connection)
{
}

HierarchyNode HierarchyStore::fromRow(const storage::Statement& row)
{
    HierarchyNode node;
    node.id = row.id(0);
    node.parentId = row.id(1);
    node.level = static_cast<NodeLevel>(row.integer(2));
    node.kind = kindFromKey(row.text(3)).value_or(defaultKind(node.level));
    node.name = row.text(4);
    node.code = row.text(5);
    node.sortOrder = row.integer(6);
    node.households = row.optionalInt(7);
    node.remarks = row.text(8);
    node.createdAt = row.int64(9);
    node.modifiedAt = row.int64(10);
    return node;
}

// What the signed-in account may see: nothing without ReadHierarchy; with a scope, its
// subtree and the path down to it (security::attachSession's views). Each query has a plain
// and a scoped form, so an administrator of the whole database pays nothing for the check.
HierarchyStore::Visibility HierarchyStore::visibility()
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadHierarchy))
        return Visibility::None;
    return access.coversWholeDatabase() ? Visibility::All : Visibility::Scoped;
}

#define VISIBLE " AND n.id IN (SELECT id FROM temp.scope_visible)"
#define IN_SCOPE " AND id IN (SELECT id FROM temp.scope_node)"

std::optional<HierarchyNode> HierarchyStore::root()
{
    const Visibility visible = visibility();
    if (visible == Visibility::None)
        return std::nullopt;
    auto st = visible == Visibility::All
        ? m_db.cached("SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.parent_id IS NULL")
        : m_db.cached(
            "SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.parent_id IS NULL" VISIBLE);
    if (!st.step())
        return std::nullopt;
    HierarchyNode node = fromRow(st);
    node.childCount = st.integer(11);
    return node;
}

std::optional<HierarchyNode> HierarchyStore::node(const RecordId& id)
{
    const Visibility visible = visibility();
    if (visible == Visibility::None)
        return std::nullopt;
    auto st = visible == Visibility::All
        ? m_db.cached("SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.id = ?")
        : m_db.cached("SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.id = ?" VISIBLE);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    HierarchyNode node = fromRow(st);
    node.childCount = st.integer(11);
    return node;
}

std::optional<HierarchyNode> HierarchyStore::nodeByCode(const QString& code)
{
    const Visibility visible = visibility();
    if (visible == Visibility::None)
        return std::nullopt;
    auto st = visible == Visibility::All
        ? m_db.cached("SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.code = ?")
        : m_db.cached("SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.code = ?" VISIBLE);
    st.bind(1, code);
    if (!st.step())
        return std::nullopt;
    HierarchyNode node = fromRow(st);
    node.childCount = st.integer(11);
    return node;
}

QList<HierarchyNode> HierarchyStore::children(const RecordId& parentId, int offset, int limit)
{
    const Visibility visible = visibility();
    if (visible == Visibility::None)
        return QList<HierarchyNode>();
    auto st = visible == Visibility::All
        ? m_db.cached("SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.parent_id = ? "
                      "ORDER BY n.sort_order, n.code LIMIT ? OFFSET ?")
        : m_db.cached(
            "SELECT " NODE_COLUMNS CHILD_COUNT "FROM hierarchy_node n WHERE n.parent_id = ? " VISIBLE
            " ORDER BY n.sort_order, n.code LIMIT ? OFFSET ?");
    st.bindAll(parentId, limit, offset);
    QList<HierarchyNode> result;
    while (st.step()) {
        HierarchyNode node = fromRow(st);
        node.childCount = st.integer(11);
        result.append(std::move(node));
    }
    return result;
}

int HierarchyStore::childCount(const RecordId& parentId)
{
    switch (visibility()) {
    case Visibility::None:
        return 0;
    case Visibility::All:
        return static_cast<int>(
            m_db.scalar("SELECT count(*) FROM hierarchy_node WHERE parent_id = ?", parentId));
    case Visibility::Scoped:
        break;
    }
    return static_cast<int>(m_db.scalar("SELECT count(*) FROM hierarchy_node WHERE parent_id = ? AND id IN "
                                        "(SELECT id FROM temp.scope_visible)",
        parentId));
}

std::optional<HierarchyNode> HierarchyStore::childByName(const RecordId& parentId, const QString& name)
{
    auto st
        = m_db.cached("SELECT " NODE_COLUMNS " FROM hierarchy_node n WHERE n.parent_id = ? AND n.name = ?");
    st.bindAll(parentId, name);
    if (!st.step())
        return std::nullopt;
    return fromRow(st);
}

QList<HierarchyNode> HierarchyStore::ancestors(const RecordId& id)
{
    auto st = m_db.cached("WITH RECURSIVE chain(id, depth) AS ("
                          "  SELECT parent_id, 1 FROM hierarchy_node WHERE id = ?1 "
                          "  UNION ALL SELECT p.parent_id, chain.depth + 1 FROM hierarchy_node p "
                          "  JOIN chain ON p.id = chain.id) "
                          "SELECT " NODE_COLUMNS " FROM chain JOIN hierarchy_node n ON n.id = chain.id "
                          "ORDER BY chain.depth DESC");
    st.bind(1, id);
    QList<HierarchyNode> result;
    while (st.step())
        result.append(fromRow(st));
    return result;
}

QList<HierarchyNode> HierarchyStore::search(const QString& text, int limit, std::optional<NodeLevel> level)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return {};
    // Codes are matched by prefix with GLOB, which uses the code index; digits are not
    // GLOB wildcards, and other text never matches a code anyway.
    const Visibility visible = visibility();
    if (visible == Visibility::None)
        return {};
    auto st = m_db.cached(visible == Visibility::All
            ? "SELECT " NODE_COLUMNS ", "
              "  CASE WHEN n.name = ?1 OR n.code = ?1 THEN 0"
              "       WHEN substr(n.name, 1, length(?1)) = ?1 THEN 1 ELSE 2 END AS rank "
              "FROM hierarchy_node n "
              "WHERE (instr(n.name, ?1) > 0 OR (?2 AND n.code GLOB ?1 || '*') "
              "       OR (?5 <> '' AND instr(' ' || n.spell, ' ' || ?5) > 0)) "
              "  AND (?3 IS NULL OR n.level = ?3) "
              "ORDER BY rank, n.level, n.code LIMIT ?4"
            : "SELECT " NODE_COLUMNS ", "
              "  CASE WHEN n.name = ?1 OR n.code = ?1 THEN 0"
              "       WHEN substr(n.name, 1, length(?1)) = ?1 THEN 1 ELSE 2 END AS rank "
              "FROM hierarchy_node n "
              "WHERE (instr(n.name, ?1) > 0 OR (?2 AND n.code GLOB ?1 || '*') "
              "       OR (?5 <> '' AND instr(' ' || n.spell, ' ' || ?5) > 0)) "
              "  AND (?3 IS NULL OR n.level = ?3) AND n.id IN (SELECT id FROM temp.scope_node) "
              "ORDER BY rank, n.level, n.code LIMIT ?4");
    bool digitsOnly = true;
    for (QChar c : needle)
        digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
    // Latin letters also find names by their pinyin from the start of a spelling:
    // "csq" or "changshou" finds 长寿区 (names/NameReadings reads place names correctly).
    bool latin = true;
    for (QChar c : needle)
        latin = latin && c.unicode() < 128 && c.isLetter();
    st.bindAll(needle, digitsOnly, level ? std::optional<int>(static_cast<int>(*level)) : std::nullopt, limit,
        latin ? needle.toLower() : QString());
    QList<HierarchyNode> result;
    while (st.step())
        result.append(fromRow(st));
    return result;
}

LevelCounts HierarchyStore::countByLevel()
{
    LevelCounts counts;
    const Visibility visible = visibility();
    if (visible == Visibility::None)
        return counts;
    auto st = m_db.cached(visible == Visibility::All
            ? "SELECT level, count(*) FROM hierarchy_node GROUP BY level"
            : "SELECT level, count(*) FROM hierarchy_node WHERE 1" IN_SCOPE " GROUP BY level");
    while (st.step())
        counts[static_cast<NodeLevel>(st.integer(0))] = st.int64(1);
    return counts;
}

// The descendants of a node are the nodes whose codes begin with its code stem (the
// rules in DivisionCode, kept by HierarchyEditor and the importer), so a range over the
// code index finds them without walking the tree. Codes are digits, and ':' follows '9'.
LevelCounts HierarchyStore::countBelow(const RecordId& id)
{
    LevelCounts counts;
    const auto parent = node(id);
    if (!parent)
        return counts;
    auto st = m_db.cached(visibility() == Visibility::All
            ? "SELECT level, count(*) FROM hierarchy_node WHERE code > ?1 AND code < ?1 || ':' AND id <> ?2 "
              "GROUP BY level"
            : "SELECT level, count(*) FROM hierarchy_node WHERE code > ?1 AND code < ?1 || ':' AND id <> "
              "?2" IN_SCOPE " GROUP BY level");
    st.bindAll(DivisionCode::stem(parent->level, parent->code), id);
    while (st.step())
        counts[static_cast<NodeLevel>(st.integer(0))] = st.int64(1);
    return counts;
}

qint64 HierarchyStore::householdsBelow(const RecordId& id)
{
    const auto parent = node(id);
    if (!parent)
        return 0;
    // For a node on the path down to the account's area (a 社区书记 looking at the
    // district), the households of the area only.
    const QString stem = DivisionCode::stem(parent->level, parent->code);
    if (visibility() == Visibility::All)
        return m_db.scalar(
            "SELECT coalesce(sum(households), 0) FROM hierarchy_node WHERE code >= ?1 AND code < ?1 || ':'",
            stem);
    return m_db.scalar("SELECT coalesce(sum(households), 0) FROM hierarchy_node WHERE code >= ?1 AND code < "
                       "?1 || ':'" IN_SCOPE,
        stem);
}

std::optional<HierarchyNode> HierarchyStore::largestParent()
{
    auto st = m_db.cached("SELECT parent_id FROM hierarchy_node WHERE parent_id IS NOT NULL "
                          "GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return node(st.id(0));
}

int HierarchyStore::highestChildSequence(const RecordId& parentId)
{
    const auto parent = node(parentId);
    if (!parent)
        return 0;
    const auto level = childLevel(parent->level);
    if (!level)
        return 0;
    int highest = 0;
    auto st = m_db.cached("SELECT code FROM hierarchy_node WHERE parent_id = ?");
    st.bind(1, parentId);
    while (st.step())
        highest = std::max(highest, DivisionCode::sequenceOf(*level, st.text(0)));
    return highest;
}

}  // namespace redgrid::hierarchy
