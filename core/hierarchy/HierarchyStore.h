#pragma once

#include "HierarchyNode.h"

#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::hierarchy {

// Reads of the hierarchy. Writes go through HierarchyEditor, which applies the rules.
// Failures of the file itself surface as storage::SqliteError.
class HierarchyStore
{
public:
    explicit HierarchyStore(storage::Connection& connection);

    std::optional<HierarchyNode> root();
    std::optional<HierarchyNode> node(const RecordId& id);
    std::optional<HierarchyNode> nodeByCode(const QString& code);

    // Children in display order (sort order, then code), each with its own child count.
    QList<HierarchyNode> children(const RecordId& parentId, int offset = 0, int limit = -1);
    int childCount(const RecordId& parentId);
    std::optional<HierarchyNode> childByName(const RecordId& parentId, const QString& name);

    // From the root down to the parent of `id`; empty for the root or an unknown id.
    QList<HierarchyNode> ancestors(const RecordId& id);

    // Nodes whose name contains `text`, or whose code starts with it; best matches first
    // (exact name, then name prefix, then higher levels), at most `limit`.
    QList<HierarchyNode> search(
        const QString& text, int limit, std::optional<NodeLevel> level = std::nullopt);

    LevelCounts countByLevel();
    LevelCounts countBelow(const RecordId& id);  // descendants of `id`, not `id` itself
    qint64 householdsBelow(const RecordId& id);  // sum over the buildings in the subtree

    // The node with the most children (for benchmarks), or nothing in an empty database.
    std::optional<HierarchyNode> largestParent();

    // The highest sequence number among the codes of the children of `parentId`.
    int highestChildSequence(const RecordId& parentId);

    // A node from the first 11 columns of a row, in the order of hierarchy_node.
    static HierarchyNode fromRow(const storage::Statement& row);

private:
    enum class Visibility { None, All, Scoped };
    Visibility visibility();

    storage::Connection& m_db;
};

}  // namespace redgrid::hierarchy
