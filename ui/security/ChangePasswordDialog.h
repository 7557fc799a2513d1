#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class PasswordFields;

// Account › Change Password: the signed-in user's own password, given the current one
// (AccountStore::changeOwnPassword re-wraps the database key; nothing is re-encrypted).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(storage::Connection& connection, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    PasswordFields* newPasswordFields() const { return m_new; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    storage::Connection& m_db;
    QLineEdit* m_current;
    PasswordFields* m_new = nullptr;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
