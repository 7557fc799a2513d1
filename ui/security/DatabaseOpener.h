#pragma once

#include "Credentials.h"
#include "common/Result.h"
#include "storage/Connection.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QWidget;

namespace redgrid::ui {

// Opening a database file as the GUI does, ending signed in. A file from before accounts
// existed is secured on the way: its first administrator is asked for
// (FirstAdministratorDialog) and shown the recovery key once (RecoveryKeyDialog). Any other
// file is signed in to with `credentials` when given and right, else with SignInDialog.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    static Result<std::unique_ptr<storage::Connection>> open(
        QWidget* parent, const QString& path, const std::optional<Credentials>& credentials = {});

    // What open() returns when the user cancelled: an error with nothing to show.
    static Error cancelled() { return Error::plain({}); }
    static bool isCancelled(const Error& error) { return error.message.isEmpty(); }

    // The user name last signed in with on this computer, offered the next time.
    static QString lastUsername();

private:
    static Result<std::unique_ptr<storage::Connection>> secure(
        QWidget* parent, const QString& path, const std::optional<Credentials>& credentials);
    static Result<std::unique_ptr<storage::Connection>> signIn(QWidget* parent,
        std::unique_ptr<storage::Connection> connection, const std::optional<Credentials>& credentials);
};

}  // namespace redgrid::ui
