#pragma once

#include "HierarchyNode.h"
#include "HierarchyStore.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::names {
class NameReadings;
}

namespace redgrid::hierarchy {

// The fields of a node a user edits. Level and parent are not among them: the level
// follows from the kind, and the parent changes only by moving.
struct NodeFields
{
    NodeKind kind = NodeKind::Street;
    QString name;
    QString code;  // empty when adding: the next free code under the parent is used
    int sortOrder = 0;
    std::optional<int> households;  // buildings only
    QString remarks;
};

enum class RemovalMode {
    OnlyIfEmpty,  // refuse when the node has anything below it
    WithDescendants,  // delete the whole subtree (the user has confirmed it)
};

// Every change to the hierarchy, with its rules. Each call is one transaction: it
// happens completely or not at all, and a refusal explains itself.
class HierarchyEditor
{
    Q_DECLARE_TR_FUNCTIONS(HierarchyEditor)

public:
    explicit HierarchyEditor(storage::Connection& connection);
    ~HierarchyEditor();

    Result<HierarchyNode> createRoot(NodeKind kind, const QString& code, const QString& name);
    Result<HierarchyNode> add(const RecordId& parentId, const NodeFields& fields);
    Result<HierarchyNode> rename(const RecordId& id, const QString& name);
    // Replaces the editable fields. A new code carries the codes below it along.
    Result<HierarchyNode> update(const RecordId& id, const NodeFields& fields);
    // Moves `id` with its subtree under `newParentId`. With an empty `newCode` the node
    // keeps its sequence number under the new parent; the codes below follow.
    Result<HierarchyNode> move(const RecordId& id, const RecordId& newParentId, const QString& newCode = {});
    Status remove(const RecordId& id, RemovalMode mode);

    // The next unused code for a new child of `parentId`; empty if the parent is full.
    QString nextFreeCode(const RecordId& parentId);
    // The code `id` would get under `newParentId` if it kept its sequence number.
    QString codeUnder(const RecordId& id, const RecordId& newParentId);

    static std::optional<QString> nameProblem(const QString& name);

private:
    QString spellOf(const QString& name);
    Result<HierarchyNode> insert(const HierarchyNode& parent, NodeLevel level, const NodeFields& fields);
    std::optional<QString> siblingNameProblem(
        const RecordId& parentId, const QString& name, const RecordId& self);
    std::optional<QString> codeTakenProblem(const QString& code, const RecordId& self);
    // Gives the codes below `node` its new stem; or says why not, changing nothing.
    std::optional<QString> rebaseSubtree(const HierarchyNode& node, const QString& newCode);

    storage::Connection& m_db;
    HierarchyStore m_store;
    std::unique_ptr<names::NameReadings> m_readings;  // for the search spellings of names
};

}  // namespace redgrid::hierarchy
