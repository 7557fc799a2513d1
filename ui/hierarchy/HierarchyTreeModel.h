#pragma once

#include "common/Error.h"
#include "hierarchy/HierarchyNode.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace redgrid::hierarchy {
class HierarchyStore;
}

namespace redgrid::ui {

// The hierarchy as a lazy tree: a node's children are read from the database only when
// the node is expanded, a batch at a time, so a grid with thousands of buildings opens
// at once and start-up reads only the district and its streets. After a change the
// affected parents are read again and compared by id, so expanded branches stay open
// and selections stay on their nodes.
class HierarchyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CodeColumn, HouseholdsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LevelRole };
    static constexpr int BatchSize = 500;

    HierarchyTreeModel(hierarchy::HierarchyStore& store, QString databasePath, QObject* parent = nullptr);
    ~HierarchyTreeModel() override;

    // Reads the district again and forgets everything loaded below it.
    void reload();

    QModelIndex rootIndex() const;  // the district
    QModelIndex indexOf(const RecordId& id) const;  // invalid unless loaded
    const hierarchy::HierarchyNode* nodeAt(const QModelIndex& index) const;
    RecordId idAt(const QModelIndex& index) const;

    // Loads the chain of ancestors of `id` (and enough of each one's children) so the
    // node has an index; invalid if it does not exist.
    QModelIndex reveal(const RecordId& id);

    // Reads the children of `parentId` again (a null id: the district itself) and
    // updates the rows in place: gone ones removed, new ones inserted, changed ones
    // updated; rows that stay keep their own loaded children.
    void refreshChildren(const RecordId& parentId);
    // The same for every parent loaded inside the subtree of `id`, e.g. after its code
    // changed and the codes below followed.
    void refreshLoadedSubtree(const RecordId& id);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The database could not be read (damaged, vanished); the message names file and reason.
    void readFailed(const QString& message);

private:
    struct Item;

    Item* itemAt(const QModelIndex& index) const;
    QModelIndex indexOfItem(const Item* item, int column = 0) const;
    bool canLoadMore(const Item* item) const;
    void loadMore(Item* item);
    void refresh(Item* parentItem);
    void insertItems(Item* parentItem, int row, QList<hierarchy::HierarchyNode> nodes);
    void removeItems(Item* parentItem, int first, int last);
    void forget(Item* item);
    void report(const Error& error);

    hierarchy::HierarchyStore& m_store;
    QString m_databasePath;
    std::unique_ptr<Item> m_top;  // invisible; its only child is the district
    QHash<RecordId, Item*> m_items;  // every loaded node
};

}  // namespace redgrid::ui
