#pragma once

#include "hierarchy/HierarchyNode.h"

#include <QAbstractTableModel>
#include <QList>

namespace redgrid::hierarchy {
class HierarchyStore;
}

namespace redgrid::ui {

// A short list of nodes found by HierarchyStore::search, with where each one sits
// ("观音桥街道 › 建新北路社区"), since many grids share a name such as 第一网格.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CodeColumn, WithinColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SearchResultsModel(QObject* parent = nullptr);

    // Replaces the list; reads each node's ancestors. Throws storage::SqliteError.
    void setResults(hierarchy::HierarchyStore& store, const QList<hierarchy::HierarchyNode>& nodes);
    void clear();

    const hierarchy::HierarchyNode* nodeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        hierarchy::HierarchyNode node;
        QString within;
    };
    QList<Entry> m_entries;
};

}  // namespace redgrid::ui
