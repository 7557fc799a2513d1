#pragma once

#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyNode.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace redgrid::hierarchy {
class HierarchyStore;
}

namespace redgrid::ui {

class SearchResultsModel;

// Moves a node with everything below it to a new parent of the right level, found by
// name or code. Shows the code the node will get there (it keeps its number under the
// new parent) and lets the user type another; core's refusal is shown in the dialog.
class MoveNodeDialog : public QDialog
{
    Q_OBJECT

public:
    MoveNodeDialog(hierarchy::HierarchyStore& store, hierarchy::HierarchyEditor& editor,
        const hierarchy::HierarchyNode& node, const QString& databasePath, QWidget* parent = nullptr);

    const std::optional<hierarchy::HierarchyNode>& moved() const { return m_moved; }

    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* candidateView() const { return m_candidates; }
    SearchResultsModel* candidates() const { return m_results; }
    QLineEdit* codeEdit() const { return m_code; }
    QLabel* refusalLabel() const { return m_refusal; }
    void searchNow();
    void chooseCandidate(int row);

    void accept() override;

private:
    void showCandidates(const QList<hierarchy::HierarchyNode>& nodes);
    void candidateChanged();
    void showRefusal(const QString& message);

    hierarchy::HierarchyStore& m_store;
    hierarchy::HierarchyEditor& m_editor;
    hierarchy::HierarchyNode m_node;
    QString m_databasePath;
    hierarchy::NodeLevel m_parentLevel;
    QString m_suggestedCode;
    std::optional<hierarchy::HierarchyNode> m_moved;
    QTimer m_pause;
    QLineEdit* m_search;
    SearchResultsModel* m_results;
    QTreeView* m_candidates;
    QLineEdit* m_code;
    QLabel* m_refusal;
    QDialogButtonBox* m_buttons;
};

}  // namespace redgrid::ui
