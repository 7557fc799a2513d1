#pragma once

#include "common/RecordId.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeView;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class OrgTreeModel;

// Chooses the organisation members are to be registered in: a 支部 of any sort or a
// 党小组 (members belong to a branch; committees are listed for orientation).
class OrgPickerDialog : public QDialog
{
    Q_OBJECT

public:
    OrgPickerDialog(storage::Connection& connection, const QString& title, const QString& prompt,
        QWidget* parent = nullptr);

    RecordId chosenId() const { return m_chosen; }
    bool select(const RecordId& id);
    QTreeView* treeView() const { return m_tree; }
    OrgTreeModel* model() const { return m_model; }

    void accept() override;

private:
    bool isChoosable(const QModelIndex& index) const;

    OrgTreeModel* m_model;
    QTreeView* m_tree;
    QDialogButtonBox* m_buttons;
    RecordId m_chosen;
};

}  // namespace redgrid::ui
