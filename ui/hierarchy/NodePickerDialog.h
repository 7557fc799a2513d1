#pragma once

#include "hierarchy/HierarchyNode.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTreeView;

namespace redgrid::hierarchy {
class HierarchyStore;
}

namespace redgrid::ui {

class HierarchySearchBox;
class HierarchyTreeModel;

// Chooses one node of the hierarchy of given levels (a grid or building an organisation
// covers, a member's building, the community of a dual registration): the lazy tree, and
// the toolbar's search box to find it by name or code.
class NodePickerDialog : public QDialog
{
    Q_OBJECT

public:
    NodePickerDialog(hierarchy::HierarchyStore& store, const QString& databasePath,
        QSet<hierarchy::NodeLevel> levels, const QString& title, QWidget* parent = nullptr);
    ~NodePickerDialog() override;

    const std::optional<hierarchy::HierarchyNode>& chosen() const { return m_chosen; }
    // Shows and selects `id` in the tree; false if it does not exist.
    bool select(const RecordId& id);

    QTreeView* treeView() const { return m_tree; }
    HierarchySearchBox* searchBox() const { return m_search; }

    void accept() override;

    // "华新街街道 › 嘉陵一村社区 › 第一网格": where a node is, below the district.
    static QString placeOf(hierarchy::HierarchyStore& store, const RecordId& id);

private:
    void currentChanged();

    hierarchy::HierarchyStore& m_store;
    QSet<hierarchy::NodeLevel> m_levels;
    HierarchyTreeModel* m_model;
    QTreeView* m_tree;
    HierarchySearchBox* m_search;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    std::optional<hierarchy::HierarchyNode> m_chosen;
};

}  // namespace redgrid::ui
