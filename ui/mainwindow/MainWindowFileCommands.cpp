// The File menu's commands: open, new, the demo, save a copy, back up and restore. (The window's set-up, its
// feature tabs and the status bar are in MainWindow.cpp.)
#include "AutomaticBackup.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "NewDatabaseDialog.h"
#include "RestoreDialog.h"
#include "SaveCopy.h"
#include "backup/BackupFolder.h"
#include "backup/Restore.h"
#include "storage/Connection.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/SavedFileNotice.h"
#include "ui/security/DatabaseOpener.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace redgrid::ui {
namespace {

const QString Suffix = QStringLiteral(".redgrid");

QString fileFilter()
{
    return MainWindow::tr("RedGrid databases (*.redgrid)");
}

}  // namespace

bool MainWindow::openFile(const QString& path)
{
    if (!confirmClose())
        return false;
    const Status opened = openDatabase(path);
    if (!opened) {
        if (!DatabaseOpener::isCancelled(opened.error()))
            QMessageBox::warning(this, tr("Cannot Open Database"), opened.error().toString());
        return false;
    }
    return true;
}

void MainWindow::newDatabase()
{
    if (!confirmClose())
        return;
    NewDatabaseDialog dialog(databasePath(), this);
    if (dialog.exec() == QDialog::Accepted)
        showDatabase(dialog.takeConnection());
}

void MainWindow::openDemoDatabase()
{
    if (!confirmClose())
        return;
    auto opened = DemoDatabase::open(this, DemoDatabase::defaultPath());
    if (!opened) {
        if (!DatabaseOpener::isCancelled(opened.error()))
            QMessageBox::warning(this, tr("Demo Database"), opened.error().toString());
        return;
    }
    showDatabase(std::move(opened).value());
}

void MainWindow::chooseAndOpen()
{
    const QString folder = m_db ? QFileInfo(databasePath()).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), folder, fileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_db)
        return;
    const QFileInfo current(databasePath());
    const QString suggested = current.dir().filePath(tr("%1 copy").arg(current.completeBaseName()) + Suffix);
    QString target = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    if (!target.endsWith(Suffix, Qt::CaseInsensitive))
        target += Suffix;
    const SaveCopy::Report report = SaveCopy::run(this, *m_db, target);
    switch (report.outcome) {
    case SaveCopy::Outcome::Saved:
        SavedFileNotice::confirm(this, target, tr("A copy of the database was saved."));
        break;
    case SaveCopy::Outcome::Cancelled:
        statusBar()->showMessage(tr("Cancelled; no copy was written"), 8000);
        break;
    case SaveCopy::Outcome::Failed:
        QMessageBox::warning(this, tr("Copy Not Saved"), report.error.toString());
        break;
    }
}

Status MainWindow::saveCopyTo(const QString& targetPath)
{
    if (!m_db)
        return Error::plain(tr("no database is open"));
    const SaveCopy::Report report = SaveCopy::run(this, *m_db, targetPath);
    if (report.outcome == SaveCopy::Outcome::Saved)
        return Status::success();
    if (report.outcome == SaveCopy::Outcome::Cancelled)
        return Error::plain(tr("cancelled"));
    return report.error;
}

void MainWindow::backUpNow()
{
    if (m_backup)
        m_backup->backUpNow(true);
}

void MainWindow::chooseBackupFolder()
{
    if (!m_db)
        return;
    const backup::BackupFolder current = backup::BackupFolder::of(*m_db);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), current.folder());
    if (folder.isEmpty())
        return;
    if (Status set = backup::BackupFolder::setFolder(*m_db, folder); !set) {
        QMessageBox::warning(this, tr("Backup Folder"), set.error().toString());
        return;
    }
    statusBar()->showMessage(
        tr("Backups of this database go to %1").arg(QDir::toNativeSeparators(folder)), 8000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_db)
        return;
    const QString path = databasePath();
    RestoreDialog dialog(backup::BackupFolder::of(*m_db), path, this);
    dialog.setObjectName(QStringLiteral("restoreDialog"));
    if (dialog.exec() != QDialog::Accepted || !confirmClose())
        return;
    const QString backupPath = dialog.backupPath();
    const Credentials credentials { dialog.username(), dialog.password() };
    m_backup->databaseClosing(false);
    closeDatabase();
    std::optional<backup::Restore::Outcome> restored;
    const Status status = ProgressTask::run(this, tr("Restore from Backup"),
        tr("Checking the backup and putting it in place…"), ProgressTask::Cancel::NotAllowed,
        [&](ProgressTask::Monitor& monitor) -> Status {
            auto outcome = backup::Restore::run(
                backupPath, path, credentials.username, credentials.password, [&](int done, int total) {
                    monitor.setProgress(done, total);
                    return true;
                });
            if (!outcome)
                return outcome.error();
            restored = *outcome;
            return Status::success();
        });
    if (!status) {
        QMessageBox::warning(this, tr("Not Restored"), status.error().toString());
        openFile(path);
        return;
    }
    const Status opened = openDatabase(path, credentials);
    QString text = tr("%1 was restored from %2.")
                       .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backupPath));
    if (restored && !restored->keptAside.isEmpty())
        text += QLatin1Char('\n') + tr("The file it replaced is kept as %1.").arg(restored->keptAside);
    if (!opened)
        text += QLatin1Char('\n') + opened.error().toString();
    QMessageBox::information(this, tr("Restored"), text);
}

}  // namespace redgrid::ui
