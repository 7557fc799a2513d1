#include "DemoDatabase.h"

#include "demo/DemoBuilder.h"
#include "ui/common/ProgressTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace redgrid::ui {

QString DemoDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.redgrid"));
}

Status DemoDatabase::create(QWidget* parent, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::inFile(QDir::toNativeSeparators(path),
            QCoreApplication::translate("DemoDatabase", "the folder cannot be created"));
    return ProgressTask::run(parent, QCoreApplication::translate("DemoDatabase", "Demo Database"),
        QCoreApplication::translate("DemoDatabase", "Creating the demo database…"),
        ProgressTask::Cancel::NotAllowed, [&](ProgressTask::Monitor& monitor) -> Status {
            demo::DemoOptions options;
            options.scale = demo::DemoScale::District;
            auto created = demo::DemoBuilder::create(
                path, options, [&](const QString& step) { monitor.setStep(step); });
            if (!created)
                return created.error();
            return Status::success();  // the GUI opens it again on its own thread
        });
}

}  // namespace redgrid::ui
