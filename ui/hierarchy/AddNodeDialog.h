#pragma once

#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyNode.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace redgrid::ui {

// Adds a child below a node: kind (of the level below), name, code (the next free one
// proposed), households for a building. Core's refusal is shown in the dialog, which
// stays open so the user can correct it.
class AddNodeDialog : public QDialog
{
    Q_OBJECT

public:
    AddNodeDialog(hierarchy::HierarchyEditor& editor, const hierarchy::HierarchyNode& parentNode,
        const QString& databasePath, QWidget* parent = nullptr);

    const std::optional<hierarchy::HierarchyNode>& added() const { return m_added; }

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* codeEdit() const { return m_code; }
    QSpinBox* householdsBox() const { return m_households; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    hierarchy::HierarchyEditor& m_editor;
    hierarchy::HierarchyNode m_parentNode;
    hierarchy::NodeLevel m_level;
    std::optional<hierarchy::HierarchyNode> m_added;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QSpinBox* m_households;
    QLabel* m_refusal;
    QDialogButtonBox* m_buttons;
};

}  // namespace redgrid::ui
