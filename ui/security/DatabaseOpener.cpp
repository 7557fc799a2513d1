#include "DatabaseOpener.h"

#include "FirstAdministratorDialog.h"
#include "RecoveryKeyDialog.h"
#include "SignInDialog.h"
#include "common/ProcessStats.h"
#include "demo/DemoBuilder.h"
#include "security/SecuredFile.h"
#include "security/SecuritySetup.h"
#include "security/SignIn.h"
#include "storage/DatabaseFile.h"
#include "ui/common/CoreGuard.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

namespace redgrid::ui {
namespace {

const QString LastUsernameKey = QStringLiteral("security/lastUsername");

void rememberUsername(const storage::Connection& connection)
{
    if (const security::Session* session = security::Session::of(connection))
        QSettings().setValue(LastUsernameKey, session->account().username);
}

}  // namespace

QString DatabaseOpener::lastUsername()
{
    return QSettings().value(LastUsernameKey).toString();
}

Result<std::unique_ptr<storage::Connection>> DatabaseOpener::open(
    QWidget* parent, const QString& path, const std::optional<Credentials>& credentials)
{
    if (security::SecuredFile::needsFirstAdministrator(path))
        return secure(parent, path, credentials);
    auto opened = storage::DatabaseFile::open(path);
    if (!opened)
        return opened.error();
    return signIn(parent, std::move(opened).value(), credentials);
}

Result<std::unique_ptr<storage::Connection>> DatabaseOpener::secure(
    QWidget* parent, const QString& path, const std::optional<Credentials>& credentials)
{
    security::FirstAdministrator administrator;
    if (credentials) {
        administrator = { credentials->username, credentials->username, credentials->password };
    } else {
        FirstAdministratorDialog dialog(
            FirstAdministratorDialog::Purpose::SecureExisting, QFileInfo(path).fileName(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return cancelled();
        administrator = dialog.administrator();
    }
    security::SecuredDatabase secured;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = security::SecuredFile::open(path, &administrator, &secured);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return opened.error();
    // The demo's invented data needs no way back in; any real file does.
    bool demo = false;
    if (auto failure = coreGuard(path, [&] { demo = demo::DemoBuilder::isDemo(**opened); }))
        return *failure;
    if (!demo && !secured.recoveryKey.isEmpty())
        RecoveryKeyDialog(secured.recoveryKey, path, parent).exec();
    rememberUsername(**opened);
    return std::move(opened).value();
}

Result<std::unique_ptr<storage::Connection>> DatabaseOpener::signIn(QWidget* parent,
    std::unique_ptr<storage::Connection> connection, const std::optional<Credentials>& credentials)
{
    QString failure;
    if (credentials) {
        ProcessStats::markSignInStarted();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto signedIn
            = security::SignIn::withPassword(*connection, credentials->username, credentials->password);
        QApplication::restoreOverrideCursor();
        if (signedIn) {
            ProcessStats::markSignedIn();
            rememberUsername(*connection);
            return connection;
        }
        failure = signedIn.error().toString();
    }
    SignInDialog dialog(*connection, SignInDialog::Mode::SignIn,
        credentials ? credentials->username : lastUsername(), parent);
    dialog.showError(failure);
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return cancelled();
    rememberUsername(*connection);
    return connection;
}

}  // namespace redgrid::ui
