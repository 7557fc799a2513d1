#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The Account menu of the signed-in user: change their password; for administrators the
// accounts of their area; for auditors and administrators the audit log; the idle time;
// lock now; sign out. Entries the role may not use are not shown (core would refuse them
// anyway). The main window carries out locking and signing out.
class AccountActions : public QObject
{
    Q_OBJECT

public:
    AccountActions(storage::Connection& connection, QWidget* window, QObject* parent);
    ~AccountActions() override;

    QList<QAction*> actions() const;
    // "Signed in: 王建国 (wang) · 社区书记 · 嘉陵一村社区", for the status bar.
    QString signedInText() const;
    // Writes the sign-out to the audit log; the failure, if the file failed.
    std::optional<Error> recordSignOut();
    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* accountsAction() const { return m_accounts; }
    QAction* auditLogAction() const { return m_auditLog; }
    QAction* idleTimeAction() const { return m_idleTime; }
    QAction* lockAction() const { return m_lock; }
    QAction* signOutAction() const { return m_signOut; }

    void changePassword();
    void showAccounts();
    void showAuditLog();  // in a window of its own
    void chooseIdleTime();

signals:
    void lockRequested();
    void signOutRequested();
    void idleTimeChanged(int minutes);

private:
    storage::Connection& m_db;
    QWidget* m_window;
    QPointer<QWidget> m_auditWindow;
    QAction* m_changePassword;
    QAction* m_accounts;
    QAction* m_auditLog;
    QAction* m_idleTime;
    QAction* m_lock;
    QAction* m_signOut;
    QAction* m_separator;
};

}  // namespace redgrid::ui
