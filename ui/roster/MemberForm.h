#pragma once

#include "organisation/PartyOrg.h"
#include "roster/Member.h"
#include "roster/MemberValidator.h"

#include <QWidget>

#include <array>
#include <map>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class CodeComboBox;
class DateField;
class NodeChooser;
class OrgComboBox;

// Every field of a member record with a widget of its kind (code tables as lists of
// labels, dates that may be empty, hierarchy nodes chosen from the tree) and, beside each
// field, what MemberValidator says about it, updated as the user types. ID numbers and
// phones are shown masked; left masked they stay as they are on save (MemberEditor).
// Status and standing change only through the life events, so they are shown, not edited.
class MemberForm : public QWidget
{
    Q_OBJECT

public:
    explicit MemberForm(storage::Connection& connection, QWidget* parent = nullptr);

    void setOrganisations(const QList<organisation::PartyOrg>& orgs);
    // Shows `member` and takes it as the unchanged state.
    void setMember(const roster::Member& member);
    // Takes what a life event changed (status, standing, organisation), keeping other edits.
    void takeEventChanges(const roster::Member& member);
    roster::Member member() const;  // the shown member with the edits applied

    // Shows the full ID number and phones of the shown member (`plain`: read unmasked, which
    // core allows by role and writes to the audit log), keeping the other edits.
    void showFullNumbers(const roster::Member& plain);
    // Back to the masked numbers (the idle lock, UnmaskedValues), except where the user has
    // typed over them.
    void maskNumbers();
    bool showsFullNumbers() const { return m_fullNumbers.has_value(); }
    bool hasChanges() const { return m_changed; }
    void markSaved(const roster::Member& member);

    // MemberValidator's findings plus dates that cannot be read; a masked, untouched ID
    // number is not checked again (the store keeps it).
    QList<roster::FieldProblem> problems() const;
    bool hasErrors() const;
    void showProblems();  // beside the fields
    QLabel* problemLabel(roster::MemberField field) const;

    QLineEdit* nameEdit() const { return m_name; }
    OrgComboBox* orgBox() const { return m_org; }
    CodeComboBox* sexBox() const { return m_sex; }
    CodeComboBox* ethnicityBox() const { return m_ethnicity; }
    QLineEdit* idNumberEdit() const { return m_idNumber; }
    DateField* birthDateField() const { return m_birthDate; }
    CodeComboBox* educationBox() const { return m_education; }
    CodeComboBox* categoryBox() const { return m_category; }
    DateField* joinedField() const { return m_joined; }
    DateField* convertedField() const { return m_converted; }
    CodeComboBox* jobPostBox() const { return m_jobPost; }
    QLineEdit* mobileEdit() const { return m_mobile; }
    QLineEdit* addressEdit() const { return m_address; }
    QCheckBox* mobileMemberBox() const { return m_isMobile; }
    QLineEdit* destinationEdit() const { return m_destination; }

signals:
    void edited();

private:
    QFormLayout* group(const QString& title, QLayout* into, int row, int column);
    void addRow(
        QFormLayout* form, const QString& label, QWidget* field, std::optional<roster::MemberField> about);
    void fillWidgets(const roster::Member& m);
    void fromIdNumber();
    void onEdit();

    storage::Connection& m_db;
    roster::Member m_base;
    // While full numbers are shown: the masked ones they replaced (id number, mobile, landline).
    std::optional<std::array<QString, 3>> m_fullNumbers;
    std::array<QString, 3> m_shownFull;
    bool m_changed = false;
    bool m_filling = false;
    struct ProblemPlace
    {
        QFormLayout* form;
        QLabel* label;
    };
    std::map<roster::MemberField, ProblemPlace> m_problemLabels;

    QLineEdit* m_name;
    OrgComboBox* m_org;
    CodeComboBox* m_sex;
    CodeComboBox* m_ethnicity;
    QLineEdit* m_idNumber;
    DateField* m_birthDate;
    QLineEdit* m_nativePlace;
    CodeComboBox* m_education;
    CodeComboBox* m_degree;
    CodeComboBox* m_category;
    DateField* m_joined;
    DateField* m_converted;
    QSpinBox* m_extension;
    QLabel* m_standing;
    QLabel* m_status;
    CodeComboBox* m_jobPost;
    QLineEdit* m_workUnit;
    QLineEdit* m_workPost;
    QLineEdit* m_mobile;
    QLineEdit* m_landline;
    QLineEdit* m_address;
    NodeChooser* m_residence;
    DateField* m_lostContact;
    CodeComboBox* m_lostReason;
    QCheckBox* m_isMobile;
    QLineEdit* m_destination;
    NodeChooser* m_dualNode;
    DateField* m_dualOn;
    QLineEdit* m_skills;
    QCheckBox* m_hardship;
    QCheckBox* m_exempt;
    QPlainTextEdit* m_remarks;
};

}  // namespace redgrid::ui
