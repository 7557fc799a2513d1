#pragma once

#include "NodeSummaryLoader.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyNode.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRegularExpressionValidator;
class QSpinBox;

namespace redgrid::settings {
class SettingStore;
}

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The right-hand pane: an edit form for the selected node (name, kind, code, sort order,
// households of a building, remarks) with Save and Revert, and what the node holds:
// its place, the nodes and households below it, and for a grid whether its size is
// within the office's range. Saving is asked of the owner, which reports core's answer.
class NodeDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    // `connection`: the window's, whose session the background counts use.
    NodeDetailsPanel(hierarchy::HierarchyStore& store, settings::SettingStore& settings,
        const storage::Connection& connection, QWidget* parent = nullptr);

    // For accounts that may read the hierarchy but not change it, or not this node: the form
    // shows, nothing edits; `why`, if given, is said above the form.
    void setReadOnly(bool readOnly, const QString& why = {});
    bool isReadOnly() const { return m_readOnly; }

    // Shows `node` (nothing: an empty, disabled form), dropping unsaved edits.
    void showNode(const std::optional<hierarchy::HierarchyNode>& node);
    const std::optional<hierarchy::HierarchyNode>& node() const { return m_node; }
    // Core refused the last save: say why beside the form.
    void showRefusal(const QString& message);

    bool hasChanges() const;
    hierarchy::NodeFields fields() const;
    void focusName();
    void save();
    void revert();

    // For tests and for the owner's keyboard handling.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* codeEdit() const { return m_code; }
    QSpinBox* householdsBox() const { return m_households; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QLabel* refusalLabel() const { return m_refusal; }
    QLabel* readOnlyNoteLabel() const { return m_readOnlyNote; }
    QLabel* belowLabel() const { return m_below; }
    QLabel* householdsTotalLabel() const { return m_householdsTotal; }
    QLabel* gridWarningLabel() const { return m_gridWarning; }

signals:
    void saveRequested(const RecordId& id, const hierarchy::NodeFields& fields);
    void summaryShown();  // the counts below the shown node have arrived
    void readFailed(const QString& message);

private:
    void fillForm();
    void updateButtons();
    void showSummary(const NodeSummary& summary);
    void showPlace();

    hierarchy::HierarchyStore& m_store;
    settings::SettingStore& m_settings;
    QString m_databasePath;
    NodeSummaryLoader m_summaries;
    bool m_readOnly = false;
    std::optional<hierarchy::HierarchyNode> m_node;

    QWidget* m_form;
    QFormLayout* m_formLayout;
    QLabel* m_title;
    QLabel* m_readOnlyNote;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_code;
    QRegularExpressionValidator* m_codeValidator;
    QSpinBox* m_sortOrder;
    QSpinBox* m_households;
    QPlainTextEdit* m_remarks;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_refusal;

    QLabel* m_level;
    QLabel* m_place;
    QLabel* m_below;
    QLabel* m_householdsTotal;
    QLabel* m_gridWarning;
    QLabel* m_created;
    QLabel* m_modified;
};

}  // namespace redgrid::ui
