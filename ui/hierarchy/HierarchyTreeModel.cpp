#include "HierarchyTreeModel.h"

#include "hierarchy/HierarchyStore.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/Icons.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <vector>

namespace redgrid::ui {

using hierarchy::HierarchyNode;
using hierarchy::NodeLabels;
using hierarchy::NodeLevel;

struct HierarchyTreeModel::Item
{
    HierarchyNode node;
    Item* parent = nullptr;
    int row = 0;
    bool readFailed = false;  // no more fetching after the file failed
    std::vector<std::unique_ptr<Item>> children;

    int loaded() const { return static_cast<int>(children.size()); }
    void renumberFrom(int first)
    {
        for (int i = first; i < loaded(); ++i)
            children[static_cast<size_t>(i)]->row = i;
    }
    Item* child(int at) const { return children[static_cast<size_t>(at)].get(); }
};

namespace {

bool looksDifferent(const HierarchyNode& a, const HierarchyNode& b)
{
    return a.name != b.name || a.kind != b.kind || a.code != b.code || a.households != b.households
        || a.childCount != b.childCount || a.sortOrder != b.sortOrder || a.modifiedAt != b.modifiedAt
        || a.remarks != b.remarks;
}

}  // namespace

HierarchyTreeModel::HierarchyTreeModel(
    hierarchy::HierarchyStore& store, QString databasePath, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_databasePath(std::move(databasePath))
    , m_top(std::make_unique<Item>())
{
}

HierarchyTreeModel::~HierarchyTreeModel() = default;

void HierarchyTreeModel::reload()
{
    std::optional<HierarchyNode> root;
    const auto failure = coreGuard(m_databasePath, [&] { root = m_store.root(); });
    beginResetModel();
    m_items.clear();
    m_top = std::make_unique<Item>();
    if (root) {
        auto item = std::make_unique<Item>();
        item->node = *root;
        item->parent = m_top.get();
        m_items.insert(root->id, item.get());
        m_top->children.push_back(std::move(item));
    }
    endResetModel();
    if (failure)
        report(*failure);
}

QModelIndex HierarchyTreeModel::rootIndex() const
{
    return index(0, 0);
}

QModelIndex HierarchyTreeModel::indexOf(const RecordId& id) const
{
    return indexOfItem(m_items.value(id));
}

const HierarchyNode* HierarchyTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? &itemAt(index)->node : nullptr;
}

RecordId HierarchyTreeModel::idAt(const QModelIndex& index) const
{
    return index.isValid() ? itemAt(index)->node.id : RecordId();
}

QModelIndex HierarchyTreeModel::reveal(const RecordId& id)
{
    if (Item* known = m_items.value(id))
        return indexOfItem(known);
    QList<HierarchyNode> chain;
    if (auto failure = coreGuard(m_databasePath, [&] { chain = m_store.ancestors(id); })) {
        report(*failure);
        return {};
    }
    if (chain.isEmpty())
        return {};
    Item* current = m_items.value(chain.constFirst().id);
    QList<RecordId> path;
    for (qsizetype i = 1; i < chain.size(); ++i)
        path.append(chain.at(i).id);
    path.append(id);
    for (const RecordId& next : path) {
        if (!current)
            return {};
        Item* found = m_items.value(next);
        while (!found && canLoadMore(current)) {
            loadMore(current);
            found = m_items.value(next);
        }
        current = found;
    }
    return indexOfItem(current);
}

void HierarchyTreeModel::refreshChildren(const RecordId& parentId)
{
    if (parentId.isNull()) {
        refresh(m_top.get());
    } else if (Item* item = m_items.value(parentId)) {
        refresh(item);
    }
}

void HierarchyTreeModel::refreshLoadedSubtree(const RecordId& id)
{
    Item* item = m_items.value(id);
    if (!item)
        return;
    refresh(item);
    for (int i = 0; i < item->loaded(); ++i) {
        if (item->child(i)->loaded() > 0)
            refreshLoadedSubtree(item->child(i)->node.id);
    }
}

void HierarchyTreeModel::refresh(Item* parentItem)
{
    const bool top = parentItem == m_top.get();
    int count = 0;
    QList<HierarchyNode> fresh;
    const auto failure = coreGuard(m_databasePath, [&] {
        if (top) {
            if (auto root = m_store.root())
                fresh.append(*root);
            count = static_cast<int>(fresh.size());
            return;
        }
        count = m_store.childCount(parentItem->node.id);
        // Read as many rows as were loaded, so nothing the user scrolled to disappears; a
        // node that had no children gets its first batch, which shows its expand arrow.
        const int loaded = parentItem->loaded();
        int wanted = 0;
        if (loaded > 0)
            wanted = std::min(count, std::max(loaded, BatchSize));
        else if (parentItem->node.childCount == 0)
            wanted = std::min(count, BatchSize);
        if (wanted > 0)
            fresh = m_store.children(parentItem->node.id, 0, wanted);
    });
    if (failure) {
        report(*failure);
        return;
    }

    QSet<RecordId> freshIds;
    for (const HierarchyNode& node : std::as_const(fresh))
        freshIds.insert(node.id);
    // Rows whose node is gone (deleted, or moved elsewhere), in runs from the end.
    for (int i = parentItem->loaded() - 1; i >= 0; --i) {
        if (freshIds.contains(parentItem->child(i)->node.id))
            continue;
        const int last = i;
        while (i > 0 && !freshIds.contains(parentItem->child(i - 1)->node.id))
            --i;
        removeItems(parentItem, i, last);
    }
    QSet<RecordId> present;
    for (const auto& child : parentItem->children)
        present.insert(child->node.id);

    const QModelIndex parentIndex = indexOfItem(parentItem);
    for (int row = 0; row < fresh.size(); ++row) {
        const HierarchyNode& node = fresh.at(row);
        if (!present.contains(node.id)) {
            int last = row;
            while (last + 1 < fresh.size() && !present.contains(fresh.at(last + 1).id))
                ++last;
            insertItems(parentItem, row, fresh.mid(row, last - row + 1));
            row = last;
            continue;
        }
        if (parentItem->child(row)->node.id != node.id) {
            // A row that changed place (new name or code, new sort order).
            int from = row + 1;
            while (parentItem->child(from)->node.id != node.id)
                ++from;
            beginMoveRows(parentIndex, from, from, parentIndex, row);
            auto moving = std::move(parentItem->children[static_cast<size_t>(from)]);
            parentItem->children.erase(parentItem->children.begin() + from);
            parentItem->children.insert(parentItem->children.begin() + row, std::move(moving));
            parentItem->renumberFrom(row);
            endMoveRows();
        }
        Item* item = parentItem->child(row);
        if (looksDifferent(item->node, node)) {
            item->node = node;
            emit dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
        }
    }
    if (!top && parentItem->node.childCount != count) {
        parentItem->node.childCount = count;
        emit dataChanged(indexOfItem(parentItem), indexOfItem(parentItem, ColumnCount - 1));
    }
}

void HierarchyTreeModel::insertItems(Item* parentItem, int row, QList<HierarchyNode> nodes)
{
    if (nodes.isEmpty())
        return;
    beginInsertRows(indexOfItem(parentItem), row, row + static_cast<int>(nodes.size()) - 1);
    std::vector<std::unique_ptr<Item>> fresh;
    fresh.reserve(static_cast<size_t>(nodes.size()));
    for (HierarchyNode& node : nodes) {
        auto item = std::make_unique<Item>();
        item->node = std::move(node);
        item->parent = parentItem;
        m_items.insert(item->node.id, item.get());
        fresh.push_back(std::move(item));
    }
    parentItem->children.insert(parentItem->children.begin() + row, std::make_move_iterator(fresh.begin()),
        std::make_move_iterator(fresh.end()));
    parentItem->renumberFrom(row);
    endInsertRows();
}

void HierarchyTreeModel::removeItems(Item* parentItem, int first, int last)
{
    beginRemoveRows(indexOfItem(parentItem), first, last);
    for (int i = first; i <= last; ++i)
        forget(parentItem->child(i));
    parentItem->children.erase(parentItem->children.begin() + first, parentItem->children.begin() + last + 1);
    parentItem->renumberFrom(first);
    endRemoveRows();
}

void HierarchyTreeModel::forget(Item* item)
{
    // A node moved elsewhere may already have a newer item under its new parent.
    if (m_items.value(item->node.id) == item)
        m_items.remove(item->node.id);
    for (const auto& child : item->children)
        forget(child.get());
}

bool HierarchyTreeModel::canLoadMore(const Item* item) const
{
    return item != m_top.get() && !item->readFailed && item->loaded() < item->node.childCount;
}

void HierarchyTreeModel::loadMore(Item* item)
{
    QList<HierarchyNode> batch;
    const int offset = item->loaded();
    if (auto failure
        = coreGuard(m_databasePath, [&] { batch = m_store.children(item->node.id, offset, BatchSize); })) {
        item->readFailed = true;
        report(*failure);
        return;
    }
    if (batch.isEmpty()) {
        item->node.childCount = offset;  // fewer than counted: nothing more to fetch
        return;
    }
    insertItems(item, offset, std::move(batch));
}

void HierarchyTreeModel::report(const Error& error)
{
    emit readFailed(error.toString());
}

HierarchyTreeModel::Item* HierarchyTreeModel::itemAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : m_top.get();
}

QModelIndex HierarchyTreeModel::indexOfItem(const Item* item, int column) const
{
    if (!item || item == m_top.get())
        return {};
    return createIndex(item->row, column, const_cast<Item*>(item));
}

QModelIndex HierarchyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemAt(parent)->child(row));
}

QModelIndex HierarchyTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfItem(itemAt(child)->parent);
}

int HierarchyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return itemAt(parent)->loaded();
}

int HierarchyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool HierarchyTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_top->children.empty();
    return parent.column() == 0 && itemAt(parent)->node.childCount > 0;
}

Qt::ItemFlags HierarchyTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (itemAt(index)->node.level == NodeLevel::Building)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant HierarchyTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const HierarchyNode& node = itemAt(index)->node;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.name;
        case KindColumn:
            return NodeLabels::kind(node.kind);
        case CodeColumn:
            return node.code;
        case HouseholdsColumn:
            return node.households ? QLocale().toString(*node.households) : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return Icons::forLevel(node.level);
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 · %3").arg(node.name, NodeLabels::kind(node.kind), node.code);
    case Qt::TextAlignmentRole:
        if (index.column() == HouseholdsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return QVariant::fromValue(node.id);
    case LevelRole:
        return static_cast<int>(node.level);
    }
    return {};
}

QVariant HierarchyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case CodeColumn:
        return tr("Code");
    case HouseholdsColumn:
        return tr("Households");
    }
    return {};
}

bool HierarchyTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() == 0 && canLoadMore(itemAt(parent));
}

void HierarchyTreeModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        loadMore(itemAt(parent));
}

}  // namespace redgrid::ui
