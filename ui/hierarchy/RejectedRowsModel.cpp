#include "RejectedRowsModel.h"

namespace redgrid::ui {

RejectedRowsModel::RejectedRowsModel(QList<importexport::RejectedRow> rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::move(rows))
{
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const importexport::RejectedRow& row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return row.row;
        case CodeColumn:
            return row.code;
        case NameColumn:
            return row.name;
        case ReasonColumn:
            return row.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return row.reason;
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

}  // namespace redgrid::ui
