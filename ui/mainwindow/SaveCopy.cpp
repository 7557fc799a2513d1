#include "SaveCopy.h"

#include "backup/DatabaseBackup.h"
#include "ui/common/ProgressTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace redgrid::ui {

SaveCopy::Report SaveCopy::run(
    QWidget* parent, storage::Connection& database, const QString& targetPath, backup::CopyMarker::Kind kind)
{
    const auto request = backup::DatabaseBackup::request(database, kind, targetPath);
    if (!request)
        return { Outcome::Failed, request.error() };
    bool cancelled = false;
    std::optional<backup::DatabaseBackup::Written> written;
    const bool isBackup = kind == backup::CopyMarker::Kind::Backup;
    const Status status = ProgressTask::run(parent,
        isBackup ? QCoreApplication::translate("SaveCopy", "Back Up")
                 : QCoreApplication::translate("SaveCopy", "Save a Copy"),
        (isBackup ? QCoreApplication::translate("SaveCopy", "Backing up the database to %1…")
                  : QCoreApplication::translate("SaveCopy", "Copying the database to %1…"))
            .arg(QDir::toNativeSeparators(QFileInfo(targetPath).fileName())),
        ProgressTask::Cancel::Allowed, [&](ProgressTask::Monitor& monitor) -> Status {
            auto result = backup::DatabaseBackup::write(*request, [&](int done, int total) {
                monitor.setProgress(done, total);
                cancelled = monitor.cancelRequested();
                return !cancelled;
            });
            if (!result)
                return result.error();
            written = *result;
            return Status::success();
        });
    if (cancelled)
        return { Outcome::Cancelled, {} };
    if (!status || !written)
        return { Outcome::Failed, status ? Error::plain(QString()) : status.error() };
    // The copy is whole and checked; that it was made is the open database's to record.
    if (Status recorded = backup::DatabaseBackup::recordIn(database, targetPath, *written); !recorded)
        return { Outcome::Failed, recorded.error() };
    return { Outcome::Saved, {}, written->marker.members, written->marker.organisations };
}

}  // namespace redgrid::ui
