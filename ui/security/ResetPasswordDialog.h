#pragma once

#include <QDialog>

class QLabel;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class PasswordFields;

// Accounts › Reset Password: an administrator gives an account of their area a new
// password (AccountStore::resetPassword), which also ends a lockout after wrong passwords.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(storage::Connection& connection, const QString& username, QWidget* parent = nullptr);

    PasswordFields* passwordFields() const { return m_password; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    storage::Connection& m_db;
    QString m_username;
    PasswordFields* m_password = nullptr;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
