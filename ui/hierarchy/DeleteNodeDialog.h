#pragma once

#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyNode.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace redgrid::ui {

// Confirms deleting a node that has others below it: lists what will go, per level
// ("2 communities/villages, 31 grids, 612 buildings"), and keeps Delete disabled until the
// user ticks that they understand. Deletes the whole branch in one step.
class DeleteNodeDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteNodeDialog(hierarchy::HierarchyStore& store, hierarchy::HierarchyEditor& editor,
        const hierarchy::HierarchyNode& node, const QString& databasePath, QWidget* parent = nullptr);

    QLabel* contentsLabel() const { return m_contents; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    hierarchy::HierarchyEditor& m_editor;
    hierarchy::HierarchyNode m_node;
    QLabel* m_contents;
    QCheckBox* m_confirm;
    QPushButton* m_delete;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
