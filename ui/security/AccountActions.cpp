#include "AccountActions.h"

#include "AccountsDialog.h"
#include "ChangePasswordDialog.h"
#include "IdleLock.h"
#include "hierarchy/HierarchyStore.h"
#include "security/AuditTrail.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/audit/AuditLogWindow.h"
#include "ui/common/CoreGuard.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace redgrid::ui {

using security::Permission;

AccountActions::AccountActions(storage::Connection& connection, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_db(connection)
    , m_window(window)
    , m_changePassword(new QAction(tr("&Change Password…"), this))
    , m_accounts(new QAction(tr("&Accounts…"), this))
    , m_auditLog(new QAction(tr("Audit &Log…"), this))
    , m_idleTime(new QAction(tr("Lock When &Idle…"), this))
    , m_lock(new QAction(tr("&Lock Now"), this))
    , m_signOut(new QAction(tr("Sign &Out"), this))
    , m_separator(new QAction(this))
{
    m_separator->setSeparator(true);
    m_accounts->setStatusTip(tr("Add accounts, reset passwords, lock and unlock accounts"));
    m_auditLog->setStatusTip(tr("Who signed in, changed, exported or looked at what"));
    m_idleTime->setStatusTip(tr("How long RedGrid waits without input before it locks"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setStatusTip(tr("Hide everything until the password is entered again"));
    m_signOut->setStatusTip(tr("Close the database and sign in again"));

    const security::Session* session = security::Session::of(connection);
    const auto allows = [session](Permission permission) { return session && session->allows(permission); };
    m_accounts->setVisible(allows(Permission::ManageAccounts));
    m_auditLog->setVisible(allows(Permission::ReadAudit) && hasAuditViewer());
    m_idleTime->setVisible(allows(Permission::EditSettings));

    connect(m_changePassword, &QAction::triggered, this, &AccountActions::changePassword);
    connect(m_accounts, &QAction::triggered, this, &AccountActions::showAccounts);
    connect(m_auditLog, &QAction::triggered, this, &AccountActions::showAuditLog);
    connect(m_idleTime, &QAction::triggered, this, &AccountActions::chooseIdleTime);
    connect(m_lock, &QAction::triggered, this, &AccountActions::lockRequested);
    connect(m_signOut, &QAction::triggered, this, &AccountActions::signOutRequested);
}

AccountActions::~AccountActions()
{
    delete m_auditWindow.data();  // it reads through the connection that closes next
}

QList<QAction*> AccountActions::actions() const
{
    return { m_changePassword, m_accounts, m_auditLog, m_idleTime, m_separator, m_lock, m_signOut };
}

QString AccountActions::signedInText() const
{
    const security::Session* session = security::Session::of(m_db);
    if (!session)
        return {};
    const security::Account& account = session->account();
    // The person's name when there is one: the account name is for signing in.
    const QString who = account.displayName.isEmpty() ? account.username : account.displayName;
    QString text = tr("Signed in: %1 · %2").arg(who, security::Roles::label(account.role));
    QString area;
    if (!account.scopeNodeId.isNull())
        coreGuard(m_db.path(), [&] {
            if (const auto node = hierarchy::HierarchyStore(m_db).node(account.scopeNodeId))
                area = node->name;
        });
    if (!area.isEmpty())
        text += tr(" · %1").arg(area);
    return text;
}

std::optional<Error> AccountActions::recordSignOut()
{
    const security::Session* session = security::Session::of(m_db);
    if (!session)
        return std::nullopt;
    const security::AuditEvent signedOut { audit::AuditAction::Logout, QStringLiteral("account"),
        session->account().id, {} };
    return coreGuard(m_db.path(), [&] { security::recordAudit(m_db, signedOut); });
}

void AccountActions::changePassword()
{
    ChangePasswordDialog dialog(m_db, m_window);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(m_window, tr("Password Changed"), tr("Your password was changed."));
}

void AccountActions::showAccounts()
{
    AccountsDialog(m_db, m_window).exec();
}

void AccountActions::showAuditLog()
{
    if (!m_auditWindow) {
        // A window of its own, closed with the database.
        m_auditWindow = createAuditViewer(m_db, m_window);
        if (!m_auditWindow)
            return;
        m_auditWindow->setWindowFlag(Qt::Window);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_auditWindow->setWindowTitle(tr("Audit Log — %1").arg(QFileInfo(m_db.path()).fileName()));
        m_auditWindow->resize(1000, 640);
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
}

void AccountActions::chooseIdleTime()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(m_window, tr("Lock When Idle"),
        tr("Lock RedGrid after this many minutes without keyboard or mouse input (0: never):"),
        IdleLock::configuredMinutes(), 0, 240, 1, &ok);
    if (!ok)
        return;
    IdleLock::setConfiguredMinutes(minutes);
    emit idleTimeChanged(minutes);
}

}  // namespace redgrid::ui
