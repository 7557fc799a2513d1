#pragma once

#include "organisation/PartyOrg.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The party organisations as a tree (党委 → 党总支 / 党支部 → 党小组) with the active
// members of each subtree. A district has thousands of organisations at most, so the
// whole tree is read at once (OrgStore::all) and read again after every change.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, MembersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, FullNameRole };

    OrgTreeModel(storage::Connection& connection, QObject* parent = nullptr);
    ~OrgTreeModel() override;

    // Reads every organisation and its member count again.
    void reload();

    QModelIndex indexOf(const RecordId& id, int column = 0) const;  // invalid if unknown
    const organisation::PartyOrg* orgAt(const QModelIndex& index) const;
    const organisation::PartyOrg* org(const RecordId& id) const;
    RecordId idAt(const QModelIndex& index) const;
    int orgCount() const { return int(m_items.size()); }
    // Active members registered in the organisation, or in it and everything below it.
    qint64 memberCount(const RecordId& id, bool withSubtree) const;
    int depth(const RecordId& id) const;  // 0 at the top
    // Every organisation, parents before children, as the tree lists them.
    QList<const organisation::PartyOrg*> inTreeOrder() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void readFailed(const QString& message);

private:
    struct Item;
    Item* itemAt(const QModelIndex& index) const;
    const std::vector<Item*>& childrenOf(const Item* item) const;

    storage::Connection& m_db;
    std::vector<std::unique_ptr<Item>> m_items;  // parents before children
    std::vector<Item*> m_top;
    QHash<RecordId, Item*> m_byId;
};

}  // namespace redgrid::ui
