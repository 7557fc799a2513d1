#include "DemoDatabase.h"

#include "demo/DemoBuilder.h"
#include "security/SecuritySetup.h"
#include "ui/common/ProgressTask.h"
#include "ui/security/DatabaseOpener.h"
#include "ui/security/FirstAdministratorDialog.h"

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

Status DemoDatabase::create(
    QWidget* parent, const QString& path, const security::FirstAdministrator& administrator)
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
                path, administrator, options, [&](const QString& step) { monitor.setStep(step); });
            if (!created)
                return created.error();
            return Status::success();  // the GUI opens it again on its own thread
        });
}

Result<std::unique_ptr<storage::Connection>> DemoDatabase::open(
    QWidget* parent, const QString& path, const std::optional<Credentials>& credentials)
{
    if (QFileInfo::exists(path))
        return DatabaseOpener::open(parent, path, credentials);
    security::FirstAdministrator administrator;
    if (credentials) {
        administrator = { credentials->username,
            QCoreApplication::translate("DemoDatabase", "Demo administrator"), credentials->password };
    } else {
        FirstAdministratorDialog dialog(FirstAdministratorDialog::Purpose::DemoDatabase, {}, parent);
        if (dialog.exec() != QDialog::Accepted)
            return DatabaseOpener::cancelled();
        administrator = dialog.administrator();
    }
    if (const Status created = create(parent, path, administrator); !created)
        return created.error();
    // Signed in with what was just given: nothing more to ask.
    return DatabaseOpener::open(parent, path, Credentials { administrator.username, administrator.password });
}

}  // namespace redgrid::ui
