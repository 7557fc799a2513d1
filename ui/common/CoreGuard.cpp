#include "CoreGuard.h"

#include <QCoreApplication>
#include <QDir>

namespace redgrid::ui {

Error readFailure(const storage::SqliteError& error, const QString& databasePath)
{
    const QString reason = error.isBusy()
        ? QCoreApplication::translate("CoreGuard", "the database is locked by another program")
        : QCoreApplication::translate("CoreGuard", "the database could not be read (%1)")
              .arg(error.message());
    return Error::inFile(QDir::toNativeSeparators(databasePath), reason);
}

}  // namespace redgrid::ui
