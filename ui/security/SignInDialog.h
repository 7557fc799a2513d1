#pragma once

#include "security/Session.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class PasswordFields;

// Signing in to an open database (SignIn::withPassword, which attaches the session to the
// connection and locks an account out after 5 wrong passwords), with the way back in when
// every password is lost: the administrator's name, the recovery key and a new password
// (SignIn::withRecoveryKey). Core's refusal is shown on the error line.
//
// Unlock mode is the idle lock's: the user is fixed, there is no recovery path, and the
// dialog cannot be dismissed — only unlocked, or RedGrid quit (the result is Quit).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock };
    enum ResultCode { Quit = 2 };

    SignInDialog(
        storage::Connection& connection, Mode mode, const QString& username = {}, QWidget* parent = nullptr);

    // The session of the account signed in; null until accepted.
    const std::shared_ptr<const security::Session>& session() const { return m_session; }
    // Shown above the form before the first attempt (e.g. why signing in with the
    // environment's credentials failed).
    void showError(const QString& message);
    // Unlock mode: the user locked RedGrid (Lock Now) rather than leaving it idle.
    void setLockedByUser(bool byUser);
    QLabel* introLabel() const { return m_intro; }

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* forgotButton() const { return m_forgot; }
    bool showsRecovery() const;
    void showRecovery(bool show);
    QLineEdit* recoveryUsernameEdit() const { return m_recoveryUser; }
    QLineEdit* recoveryKeyEdit() const { return m_recoveryKey; }
    PasswordFields* newPasswordFields() const { return m_newPassword; }

    void accept() override;
    void reject() override;  // ignored in unlock mode

private:
    QWidget* createSignInPage(const QString& username);
    QWidget* createRecoveryPage();
    bool signInWithPassword();
    bool signInWithRecoveryKey();

    storage::Connection& m_db;
    Mode m_mode;
    std::shared_ptr<const security::Session> m_session;
    // Shown one at a time (a QStackedWidget would keep the height of the taller one).
    QWidget* m_signInPage;
    QWidget* m_recoveryPage = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_forgot = nullptr;
    QLineEdit* m_recoveryUser = nullptr;
    QLineEdit* m_recoveryKey = nullptr;
    PasswordFields* m_newPassword = nullptr;
    QLabel* m_error;
    QPushButton* m_signIn;
    QPushButton* m_cancel;
};

}  // namespace redgrid::ui
