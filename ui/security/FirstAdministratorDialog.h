#pragma once

#include "security/SecuritySetup.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace redgrid::ui {

class PasswordFields;

// The first administrator of a database: asked for when a database is created (File ›
// New, the demo database) and when a file from before accounts existed is opened, which is
// then secured. Says what happens: the administrator manages the other accounts, and ID
// numbers and phones are encrypted under the passwords. Refuses what SecuritySetup refuses
// (a weak password, an empty name) beside the form.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        NewDatabase,
        DemoDatabase,
        SecureExisting,  // a file from an earlier RedGrid: `fileName` is named
    };

    explicit FirstAdministratorDialog(
        Purpose purpose, const QString& fileName = {}, QWidget* parent = nullptr);

    security::FirstAdministrator administrator() const;

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    PasswordFields* passwordFields() const { return m_password; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    void showRefusal(const QString& message);

    QLineEdit* m_username;
    QLineEdit* m_displayName;
    PasswordFields* m_password = nullptr;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
