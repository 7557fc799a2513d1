#pragma once

#include "MemberEventDialog.h"
#include "roster/Member.h"

#include <QDialog>

#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace redgrid::storage {
class Connection;
}

class QScrollArea;

namespace redgrid::ui {

class MemberForm;

// One member: the form with every field and its validation, the member's history, and the
// life events as buttons. Saving goes through MemberEditor::add or update; a refusal is
// shown in the dialog, which stays open. An account allowed to see unmasked values can show
// the member's full ID number and phones (logged by core); they are masked again when the
// idle lock hides the screen.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // An existing member (null `memberId`: a new one, registered in `defaultOrgId`).
    MemberDialog(storage::Connection& connection, const RecordId& memberId, const RecordId& defaultOrgId,
        QWidget* parent = nullptr);

    // Whether anything was written (a save or an event), so the roster reads again.
    bool wroteChanges() const { return m_wrote; }
    const std::optional<roster::Member>& member() const { return m_member; }

    MemberForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* historyList() const { return m_history; }
    QLabel* refusalLabel() const { return m_refusal; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* eventButton(MemberEventDialog::Event event) const;
    QPushButton* fullNumbersButton() const { return m_fullNumbers; }

    // Reads the member unmasked (MemberStore writes that to the audit log) into the form.
    bool showFullNumbers();
    void maskNumbers();

    // Validates and writes; false (with the reason shown) if refused.
    bool save();
    void recordEvent(MemberEventDialog::Event event);  // opens its dialog
    void accept() override;  // save, then close
    void reject() override;  // asks about unsaved edits

    // The whole form without scrolling, but no larger than the screen: on a 1366×768 laptop
    // the dialog takes the screen's height and the form scrolls.
    QSize sizeHint() const override;

private:
    void reloadMember();
    void showHistory();
    void updateButtons();
    void showRefusal(const QString& message);

    storage::Connection& m_db;
    std::optional<roster::Member> m_member;  // as stored (masked); empty until a new one is saved
    bool m_wrote = false;
    MemberForm* m_form;
    QScrollArea* m_scroll;
    QTabWidget* m_tabs;
    QTreeWidget* m_history;
    QLabel* m_refusal;
    QPushButton* m_save;
    QPushButton* m_fullNumbers;
    std::map<MemberEventDialog::Event, QPushButton*> m_eventButtons;
};

}  // namespace redgrid::ui
