#pragma once

#include "roster/Member.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class CodeComboBox;
class DateField;
class OrgComboBox;

// The personnel events of a member (domain rules 1.6), each a small dialog that asks
// what the event needs and records it through MemberEvents: 组织关系转出 / 转入, 停止党籍
// / 恢复党籍, 出党 and death. A refusal is shown in the dialog, which stays open.
class MemberEventDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Event { TransferOut, TransferIn, Suspend, Restore, Depart, Death };

    MemberEventDialog(storage::Connection& connection, const roster::Member& member, Event event,
        QWidget* parent = nullptr);

    static QString title(Event event);  // also the button's text
    // Whether the event applies to a member in this state (restore a suspended one …).
    static bool appliesTo(Event event, const roster::Member& member);

    DateField* dateField() const { return m_date; }
    QLineEdit* textEdit() const { return m_text; }  // destination, from, or reason
    DateField* letterField() const { return m_letter; }
    DateField* duesField() const { return m_dues; }
    OrgComboBox* orgBox() const { return m_org; }
    CodeComboBox* departureBox() const { return m_departure; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    storage::Connection& m_db;
    roster::Member m_member;
    Event m_event;
    DateField* m_date;
    QLineEdit* m_text = nullptr;
    DateField* m_letter = nullptr;
    DateField* m_dues = nullptr;
    OrgComboBox* m_org = nullptr;
    CodeComboBox* m_departure = nullptr;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
