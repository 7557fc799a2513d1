#pragma once

#include "common/RecordId.h"
#include "common/Result.h"
#include "ui/common/Feature.h"
#include "ui/security/Credentials.h"

#include <QMainWindow>
#include <QMap>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class AccountActions;
class AutomaticBackup;
class IdleLock;
class RecentFiles;
class StartPage;

// The window: file handling (new, open, recent, save a copy; in MainWindowFileCommands.cpp),
// the demo banner, the status bar, and the features that ui/UiModules.cpp registers
// (ui/common/Feature.h): a tab each, their menus, and the toolbar actions of the tab in
// front. The window names no feature: it loops over them, and tells the others when one
// changes data.
//
// A database is shown signed in (ui/security): the tabs are those the account's role may
// read (a grid worker has the hierarchy alone, an auditor the audit log alone), the status
// bar names the account, the Account menu carries its actions, and IdleLock locks the
// window after the idle time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in place of the open database and signs in: with `credentials` when they
    // are given and right, else with the sign-in dialog (a file from before accounts is
    // secured first). Nothing changes if it fails; a cancelled sign-in fails with an empty
    // message (DatabaseOpener::isCancelled).
    Status openDatabase(const QString& path, const std::optional<Credentials>& credentials = {});
    // Shows a database already opened (e.g. just created) in place of the open one.
    // The connection is signed in.
    void showDatabase(std::unique_ptr<storage::Connection> connection);
    void closeDatabase();  // back to the empty window
    // Closes the database and offers to sign in to it again (as another user, say).
    void signOut();
    void lockNow();
    // As the user does it: unsaved edits are asked about, a failure is shown in a message box.
    bool openFile(const QString& path);

    bool hasDatabase() const { return m_db != nullptr; }
    QString databasePath() const;
    bool isDemo() const { return m_demo; }

    void newDatabase();
    void openDemoDatabase();
    void chooseAndOpen();
    void saveCopyAs();
    // Save a Copy to `targetPath` with the progress dialog; the message on failure.
    Status saveCopyTo(const QString& targetPath);
    void backUpNow();
    void restoreFromBackup();
    void chooseBackupFolder();
    void showAbout();

    RecentFiles* recentFiles() const { return m_recent; }
    // The tabs of the open database, or null (start-up's readiness probe looks at them).
    // Tests find the window's widgets by their object names (findChild).
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshStatus();
    void updateTitle();
    void warnReadOnly();
    QString districtName();
    QString demoBannerText(const QString& districtName);
    void showReadFailure(const QString& message);
    void saveLayout();
    void restoreLayout();
    void connectFeatures();
    void showTabActions();
    void addFeatureTabs();
    void addAccountFeatures();
    void showFeatureMenus();
    void addStartPage();
    void quitWhileLocked();
    bool confirmClose();  // every feature may keep its unsaved edits
    bool reveal(RecordKind kind, const RecordId& id);
    void dataChanged(Feature* source, DataChanges changes);
    Feature* frontFeature() const;
    bool showPage(QWidget* page);  // brings the feature page's tab to the front

    std::unique_ptr<storage::Connection> m_db;
    bool m_demo = false;
    QList<Feature*> m_features;  // every registered one (ui/UiModules.cpp), for the window's life
    QList<Feature*> m_shown;  // those the signed-in account sees, with a tab each
    QMap<QMenu*, QList<Feature*>> m_menuFeatures;  // a menu shows while one of these does
    QTabWidget* m_tabs = nullptr;  // every feature page of the open database
    StartPage* m_startPage = nullptr;
    AccountActions* m_accountActions = nullptr;  // these two go with m_tabs
    IdleLock* m_idleLock = nullptr;
    QMenu* m_accountMenu = nullptr;
    QList<QAction*> m_toolBarWidgets;  // the features' widgets at the toolbar's end
    QList<QAction*> m_toolBarTabActions;  // the front tab's actions in the toolbar
    QWidget* m_central;
    QLabel* m_banner;
    QLabel* m_placeholder;
    RecentFiles* m_recent;
    QToolBar* m_toolBar = nullptr;
    QAction* m_toolBarEditStart = nullptr;  // the front feature's actions go before this
    QAction* m_saveCopy = nullptr;
    QAction* m_backUpNow = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_backupFolder = nullptr;
    AutomaticBackup* m_backup = nullptr;
    QLabel* m_statusFile;
    QLabel* m_statusCounts;
    QLabel* m_statusUser;
    bool m_showingFailure = false;
    bool m_quitting = false;  // leaving from the lock screen: nothing is asked
};

}  // namespace redgrid::ui
