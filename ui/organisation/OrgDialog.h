#pragma once

#include "organisation/PartyOrg.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class CodeComboBox;
class DateField;
class OrgComboBox;

// Adds or edits a party organisation with the items of the 2017 collection: the full
// name as on the seal, short name, type, 组织类别, 所在单位情况, founding date,
// secretary and contact (chosen from its members), phone, the current term, whether a
// branch committee is set up, and the hierarchy nodes it covers. Everything is written
// through OrgEditor; its refusal is shown in the dialog, which stays open.
class OrgDialog : public QDialog
{
    Q_OBJECT

public:
    // A new organisation below `parentId` (null: at the top).
    OrgDialog(storage::Connection& connection, const RecordId& parentId, QWidget* parent = nullptr);
    // Edits `org`.
    OrgDialog(storage::Connection& connection, const organisation::PartyOrg& org, QWidget* parent = nullptr);
    ~OrgDialog() override;

    const std::optional<organisation::PartyOrg>& saved() const { return m_saved; }

    OrgComboBox* parentBox() const { return m_parent; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* shortNameEdit() const { return m_shortName; }
    QLineEdit* codeEdit() const { return m_code; }
    CodeComboBox* categoryBox() const { return m_category; }
    CodeComboBox* unitBox() const { return m_unit; }
    DateField* foundedField() const { return m_founded; }
    QComboBox* secretaryBox() const { return m_secretary; }
    QComboBox* contactBox() const { return m_contact; }
    QLineEdit* phoneEdit() const { return m_phone; }
    DateField* termStartField() const { return m_termStart; }
    DateField* termEndField() const { return m_termEnd; }
    QCheckBox* committeeBox() const { return m_committee; }
    QListWidget* nodeList() const { return m_nodes; }
    QLabel* refusalLabel() const { return m_refusal; }

    // Adds a covered node (what "Add…" does after the picker); false if it is unknown.
    bool addNode(const RecordId& nodeId);
    void chooseNode();  // opens the picker
    void accept() override;

private:
    OrgDialog(storage::Connection& connection, std::optional<organisation::PartyOrg> org,
        const RecordId& parentId, QWidget* parent);
    void build();
    void fill();
    void fillKinds();
    void fillMembers();
    std::optional<QString> dateProblem() const;
    void showRefusal(const QString& message);

    storage::Connection& m_db;
    std::optional<organisation::PartyOrg> m_existing;
    RecordId m_parentId;
    bool m_kindChosen = false;  // by the user, or the edited organisation's own
    std::optional<organisation::PartyOrg> m_saved;

    OrgComboBox* m_parent;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QLineEdit* m_code;
    CodeComboBox* m_category;
    CodeComboBox* m_unit;
    DateField* m_founded;
    QComboBox* m_secretary;
    QComboBox* m_contact;
    QLineEdit* m_phone;
    DateField* m_termStart;
    DateField* m_termEnd;
    QCheckBox* m_committee;
    QListWidget* m_nodes;
    QPushButton* m_removeNode;
    QPlainTextEdit* m_remarks;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
