#include "SearchResultsModel.h"

#include "hierarchy/HierarchyStore.h"
#include "ui/common/Icons.h"

#include <QStringList>

namespace redgrid::ui {

using hierarchy::HierarchyNode;

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setResults(hierarchy::HierarchyStore& store, const QList<HierarchyNode>& nodes)
{
    QList<Entry> entries;
    entries.reserve(nodes.size());
    for (const HierarchyNode& node : nodes) {
        QStringList names;
        const QList<HierarchyNode> chain = store.ancestors(node.id);
        // The district is the same for every node of the file: leave it out.
        for (qsizetype i = 1; i < chain.size(); ++i)
            names.append(chain.at(i).name);
        entries.append({ node, names.join(QStringLiteral(" › ")) });
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const HierarchyNode* SearchResultsModel::nodeAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).node : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return entry.node.name;
        case KindColumn:
            return hierarchy::NodeLabels::kind(entry.node.kind);
        case CodeColumn:
            return entry.node.code;
        case WithinColumn:
            return entry.within;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return Icons::forLevel(entry.node.level);
        break;
    case Qt::ToolTipRole:
        return entry.within.isEmpty() ? entry.node.name
                                      : entry.within + QStringLiteral(" › ") + entry.node.name;
    case IdRole:
        return QVariant::fromValue(entry.node.id);
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case WithinColumn:
        return tr("Within");
    }
    return {};
}

}  // namespace redgrid::ui
