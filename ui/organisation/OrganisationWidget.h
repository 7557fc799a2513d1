#pragma once

#include "common/RecordId.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class OrgTreeModel;

// The organisations panel: the tree of party organisations with their member counts, a
// short summary of the selected one, and the actions that add, edit and delete
// organisations through OrgEditor. Selecting an organisation narrows the roster to it.
class OrganisationWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationWidget(storage::Connection& connection, QWidget* parent = nullptr);
    ~OrganisationWidget() override;

    OrgTreeModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }

    QList<QAction*> editActions() const;
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }

    RecordId currentOrgId() const;  // the selected organisation; null when none is
    // Expands the ancestors, selects the organisation and scrolls to it; false if unknown.
    bool selectOrg(const RecordId& id);
    void clearSelection();  // none selected: the roster lists every organisation
    // Reads the tree again (names, member counts), keeping what was expanded and selected.
    void reload();

    void addOrganisation();  // below the selected one, or at the top
    void editCurrent();
    void deleteCurrent();

signals:
    void currentOrgChanged(const RecordId& id);  // null: none selected
    void organisationsChanged();
    void readFailed(const QString& message);

private:
    void createActions();
    void updateActions();
    void showSummary();

    storage::Connection& m_db;
    OrgTreeModel* m_model;
    QTreeView* m_tree;
    QLabel* m_summary;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    bool m_reloading = false;
    RecordId m_chosen;  // the organisation last announced by currentOrgChanged
};

}  // namespace redgrid::ui
