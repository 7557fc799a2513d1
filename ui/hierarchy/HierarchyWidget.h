#pragma once

#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "settings/SettingStore.h"

#include <QWidget>

class QAction;
class QSplitter;
class QTreeView;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class HierarchyTreeModel;
class NodeDetailsPanel;

// The hierarchy of one open database: the lazy tree on the left, the selected node's
// details on the right, and the actions that change the hierarchy (add, rename, move,
// delete), each going through core's HierarchyEditor. After a change only the affected
// parents are read again. An account that may read but not change the hierarchy gets the
// tree and the details without the actions; one that may change its area only sees the
// path down to it read-only, with the actions disabled there.
class HierarchyWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HierarchyWidget(storage::Connection& connection, QWidget* parent = nullptr);
    ~HierarchyWidget() override;

    hierarchy::HierarchyStore& store() { return m_store; }
    QString databasePath() const { return m_databasePath; }
    HierarchyTreeModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    NodeDetailsPanel* detailsPanel() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }
    bool isReadOnly() const { return m_readOnly; }

    // For the main window's menu and toolbar.
    QList<QAction*> editActions() const;
    QAction* addChildAction() const { return m_addChild; }
    QAction* renameAction() const { return m_rename; }
    QAction* moveAction() const { return m_move; }
    QAction* deleteAction() const { return m_delete; }
    QAction* importDivisionsAction() const { return m_importDivisions; }

    std::optional<hierarchy::HierarchyNode> currentNode() const;
    // Expands the node's ancestors, selects it and scrolls to it; false if it is gone.
    bool revealNode(const RecordId& id);

    void addChild();
    void renameCurrent();
    void moveCurrent();
    void deleteCurrent();
    void importDivisions();  // asks for the file, then as below
    // Checks `file`, shows what importing it would do, and imports it if the user agrees.
    // Returns whether anything was imported.
    bool importDivisionsFrom(const QString& file);
    // Writes the edited fields of `id`; core's refusal goes beside the form.
    bool saveNode(const RecordId& id, const hierarchy::NodeFields& fields);
    // Before the database is closed or another node chosen: true if it is fine to go on
    // (nothing unsaved, saved, or discarded), false if the user wants to stay.
    bool confirmDiscardEdits();

signals:
    void hierarchyChanged();  // nodes were added, moved, removed or edited
    void readFailed(const QString& message);  // the file could not be read

private:
    void createActions();
    void currentChanged();
    void updateActions();
    // Whether the account may change `node` (its role and its area; core decides the same).
    bool mayEdit(const hierarchy::HierarchyNode& node) const;
    void afterChange(const RecordId& parentId);

    storage::Connection& m_db;
    QString m_databasePath;
    bool m_readOnly = false;
    hierarchy::HierarchyStore m_store;
    hierarchy::HierarchyEditor m_editor;
    settings::SettingStore m_settings;
    HierarchyTreeModel* m_model;
    QTreeView* m_tree;
    NodeDetailsPanel* m_details;
    QSplitter* m_splitter;
    QAction* m_addChild = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_move = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_importDivisions = nullptr;
    RecordId m_shownId;  // the node in the details pane
};

}  // namespace redgrid::ui
