#include "SaveCopy.h"

#include "storage/DatabaseCopy.h"
#include "ui/common/ProgressTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace redgrid::ui {

SaveCopy::Report SaveCopy::run(QWidget* parent, const QString& sourcePath, const QString& targetPath)
{
    bool cancelled = false;
    const Status status = ProgressTask::run(parent, QCoreApplication::translate("SaveCopy", "Save a Copy"),
        QCoreApplication::translate("SaveCopy", "Copying the database to %1…")
            .arg(QDir::toNativeSeparators(QFileInfo(targetPath).fileName())),
        ProgressTask::Cancel::Allowed, [&](ProgressTask::Monitor& monitor) {
            return storage::DatabaseCopy::save(sourcePath, targetPath, [&](int done, int total) {
                monitor.setProgress(done, total);
                cancelled = monitor.cancelRequested();
                return !cancelled;
            });
        });
    if (cancelled)
        return { Outcome::Cancelled, {} };
    if (!status)
        return { Outcome::Failed, status.error() };
    return { Outcome::Saved, {} };
}

}  // namespace redgrid::ui
