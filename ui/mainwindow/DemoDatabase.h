#pragma once

#include "common/Result.h"
#include "storage/Connection.h"
#include "ui/security/Credentials.h"

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace redgrid::security {
struct FirstAdministrator;
}

namespace redgrid::ui {

// The demo database a new user can try: invented data on the real streets and
// communities of 重庆市江北区, kept in the program's data folder.
class DemoDatabase
{
public:
    // e.g. ~/.local/share/RedGrid/RedGrid/demo.redgrid
    static QString defaultPath();
    // Creates it at `path` (DemoScale::District) on a worker thread behind a progress dialog,
    // with `administrator` as its first administrator.
    static Status create(
        QWidget* parent, const QString& path, const security::FirstAdministrator& administrator);
    // Opens the demo database at `path`, signed in, creating it first if it is missing. Its
    // administrator comes from `credentials` when given (nothing is asked), else from
    // FirstAdministratorDialog when it is created and SignInDialog when it exists. A cancel
    // fails with an empty message (DatabaseOpener::isCancelled).
    static Result<std::unique_ptr<storage::Connection>> open(
        QWidget* parent, const QString& path, const std::optional<Credentials>& credentials = {});
};

}  // namespace redgrid::ui
