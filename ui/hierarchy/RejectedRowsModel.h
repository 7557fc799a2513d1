#pragma once

#include "importexport/DivisionImporter.h"

#include <QAbstractTableModel>

namespace redgrid::ui {

// The rows an import rejected, with their row numbers and reasons, as a table. The list is
// bounded by the file (a whole province's division list is 12,000 rows), so it is held whole.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, CodeColumn, NameColumn, ReasonColumn, ColumnCount };

    explicit RejectedRowsModel(QList<importexport::RejectedRow> rows, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<importexport::RejectedRow> m_rows;
};

}  // namespace redgrid::ui
