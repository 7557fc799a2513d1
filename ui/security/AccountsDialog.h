#pragma once

#include "security/Account.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// Account › Accounts (administrators): the accounts of the administrator's area with their
// role, area and whether they are locked, and what an administrator does to them: add one,
// reset a password, lock and unlock. Every change goes through AccountStore, which checks
// the administrator's rights itself; its refusal is shown below the list.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, AreaColumn, StateColumn, ColumnCount };

    explicit AccountsDialog(storage::Connection& connection, QWidget* parent = nullptr);

    void reload();
    const QList<security::Account>& accounts() const { return m_accounts; }
    bool selectAccount(const QString& username);
    QString currentUsername() const;

    void addAccount();  // opens AddAccountDialog
    void resetPassword();  // of the selected account
    bool lockCurrent();
    bool unlockCurrent();

    QTreeWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* lockButton() const { return m_lock; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* messageLabel() const { return m_message; }

private:
    void updateButtons();
    void showMessage(const QString& text, bool refusal);
    const security::Account* currentAccount() const;
    QString areaOf(const security::Account& account);
    static QString stateOf(const security::Account& account);

    storage::Connection& m_db;
    QList<security::Account> m_accounts;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_lock;
    QPushButton* m_unlock;
    QLabel* m_message;
};

}  // namespace redgrid::ui
