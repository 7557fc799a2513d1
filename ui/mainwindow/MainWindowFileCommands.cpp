// The File menu's commands: open, new, the demo, save a copy. (The window's set-up, its
// feature tabs and the status bar are in MainWindow.cpp.)
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "NewDatabaseDialog.h"
#include "SaveCopy.h"
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
    const SaveCopy::Report report = SaveCopy::run(this, databasePath(), target);
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
    const SaveCopy::Report report = SaveCopy::run(this, databasePath(), targetPath);
    if (report.outcome == SaveCopy::Outcome::Saved)
        return Status::success();
    if (report.outcome == SaveCopy::Outcome::Cancelled)
        return Error::plain(tr("cancelled"));
    return report.error;
}

}  // namespace redgrid::ui
