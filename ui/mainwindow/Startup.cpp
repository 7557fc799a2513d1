#include "Startup.h"

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "NewDatabaseDialog.h"
#include "ReadyProbe.h"
#include "RecentFiles.h"
#include "StartupDialog.h"
#include "common/ProcessStats.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/security/DatabaseOpener.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

#include <cstdio>

namespace redgrid::ui {

Startup::Startup(MainWindow& window, StartupOptions options)
    : m_window(window)
    , m_options(std::move(options))
{
}

bool Startup::run()
{
    if (!openRequested() && !openWithDialog())
        return false;
    watchReady();
    m_window.show();
    return true;
}

bool Startup::openRequested()
{
    if (m_options.demo)
        return openDemo();
    if (!m_options.file.isEmpty())
        return openReportingFailure(m_options.file);
    // The last file, if it still opens; if not, the start dialog says what to do.
    const QString last = m_window.recentFiles()->lastFile();
    return !last.isEmpty() && QFileInfo::exists(last)
        && m_window.openDatabase(last, Credentials::fromEnvironment()).ok();
}

bool Startup::openWithDialog()
{
    const QString demoPath = DemoDatabase::defaultPath();
    for (;;) {
        StartupDialog dialog(demoPath);
        dialog.exec();
        switch (dialog.choice()) {
        case StartupDialog::Choice::Quit:
            return false;
        case StartupDialog::Choice::Demo:
            if (openDemo())
                return true;
            break;
        case StartupDialog::Choice::Open: {
            const QString path
                = QFileDialog::getOpenFileName(nullptr, QApplication::translate("Startup", "Open Database"),
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                    MainWindow::tr("RedGrid databases (*.redgrid)") + QStringLiteral(";;")
                        + MainWindow::tr("All files (*)"));
            if (!path.isEmpty() && openReportingFailure(path))
                return true;
            break;
        }
        case StartupDialog::Choice::New: {
            NewDatabaseDialog newDialog;
            if (newDialog.exec() == QDialog::Accepted) {
                m_window.showDatabase(newDialog.takeConnection());
                return true;
            }
            break;
        }
        }
    }
}

// With REDGRID_USER and REDGRID_PASSWORD set, signing in asks nothing (unless they are wrong).
bool Startup::openReportingFailure(const QString& path)
{
    const Status opened = m_window.openDatabase(path, Credentials::fromEnvironment());
    if (!opened && !DatabaseOpener::isCancelled(opened.error()))
        QMessageBox::warning(
            nullptr, QApplication::translate("Startup", "Cannot Open Database"), opened.error().toString());
    return opened.ok();
}

bool Startup::openDemo()
{
    auto opened = DemoDatabase::open(nullptr, DemoDatabase::defaultPath(), Credentials::fromEnvironment());
    if (!opened) {
        if (!DatabaseOpener::isCancelled(opened.error()))
            QMessageBox::warning(
                nullptr, QApplication::translate("Startup", "Demo Database"), opened.error().toString());
        return false;
    }
    m_window.showDatabase(std::move(opened).value());
    return true;
}

void Startup::watchReady()
{
    if (!m_options.exitWhenReady && m_options.screenshot.isEmpty())
        return;
    // The tree when it is in front; else (a new database's start page) the window.
    HierarchyWidget* hierarchy = m_window.findChild<HierarchyWidget*>(QStringLiteral("hierarchyWidget"));
    const bool treeInFront = hierarchy && m_window.tabs() && m_window.tabs()->currentWidget() == hierarchy;
    QWidget* watched = treeInFront ? hierarchy->treeView()->viewport() : static_cast<QWidget*>(&m_window);
    new ReadyProbe(watched, [this] {
        if (m_options.exitWhenReady) {
            std::printf("%s\n", qPrintable(redgrid::ProcessStats::readyLine()));
            if (const QString signIn = redgrid::ProcessStats::signInLine(); !signIn.isEmpty())
                std::printf("%s\n", qPrintable(signIn));
            std::fflush(stdout);
        }
        if (!m_options.screenshot.isEmpty() && !m_window.grab().save(m_options.screenshot))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(m_options.screenshot));
        QApplication::exit(0);
    });
}

}  // namespace redgrid::ui
