#pragma once

#include "common/RecordId.h"
#include "common/Result.h"
#include "ui/security/Credentials.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class AccountActions;
class HierarchySearchBox;
class IdleLock;
class HierarchyWidget;
class OrganisationWidget;
class OrgChecksView;
class RecentFiles;
class RosterFileActions;
class RosterWidget;
class StartPage;

// The window: file handling (new, open, recent, save a copy; in MainWindowFileCommands.cpp),
// the demo banner, the status bar, and the feature widgets of the open database, which
// bring their own actions: one tab for the hierarchy, one for the organisations beside the
// roster, one for the organisation checks. The toolbar shows the actions of the tab in front.
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
    void showAbout();

    HierarchyWidget* hierarchyWidget() const { return m_hierarchy; }
    OrganisationWidget* organisationWidget() const { return m_organisations; }
    RosterWidget* rosterWidget() const { return m_roster; }
    OrgChecksView* checksView() const { return m_checks; }
    QTabWidget* tabs() const { return m_tabs; }
    QSplitter* membersPage() const { return m_membersPage; }
    // Brings the members tab to the front with `orgId` selected in the organisations panel.
    bool showOrganisation(const RecordId& orgId);
    // Brings the hierarchy tab to the front with the node selected.
    bool showNode(const RecordId& nodeId);
    HierarchySearchBox* searchBox() const { return m_search; }
    RecentFiles* recentFiles() const { return m_recent; }
    QLabel* demoBanner() const { return m_banner; }
    QLabel* statusFileLabel() const { return m_statusFile; }
    QLabel* statusCountsLabel() const { return m_statusCounts; }
    QLabel* statusUserLabel() const { return m_statusUser; }
    QMenu* accountMenu() const { return m_accountMenu; }
    AccountActions* accountActions() const { return m_accountActions; }
    IdleLock* idleLock() const { return m_idleLock; }
    QWidget* auditPage() const { return m_auditPage; }  // the auditor's tab
    StartPage* startPage() const { return m_startPage; }  // a new database's first tab, or null
    QAction* saveCopyAction() const { return m_saveCopy; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshStatus();
    void updateTitle();
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

    std::unique_ptr<storage::Connection> m_db;
    bool m_demo = false;
    HierarchyWidget* m_hierarchy = nullptr;
    QTabWidget* m_tabs = nullptr;  // every feature widget of the open database
    QSplitter* m_membersPage = nullptr;
    OrganisationWidget* m_organisations = nullptr;
    RosterWidget* m_roster = nullptr;
    OrgChecksView* m_checks = nullptr;
    QWidget* m_auditPage = nullptr;
    StartPage* m_startPage = nullptr;
    RosterFileActions* m_rosterFiles = nullptr;
    AccountActions* m_accountActions = nullptr;  // these two go with m_tabs
    IdleLock* m_idleLock = nullptr;
    QMenu* m_accountMenu = nullptr;
    QAction* m_searchAction = nullptr;  // the search box in the toolbar
    QMenu* m_orgMenu = nullptr;
    QMenu* m_memberMenu = nullptr;
    QAction* m_memberMenuSeparator = nullptr;  // the roster's actions go before it
    QList<QAction*> m_toolBarTabActions;  // the front tab's actions in the toolbar
    QWidget* m_central;
    QLabel* m_banner;
    QLabel* m_placeholder;
    HierarchySearchBox* m_search;
    RecentFiles* m_recent;
    QMenu* m_editMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_toolBarEditStart = nullptr;  // the hierarchy's actions go before this
    QAction* m_saveCopy = nullptr;
    QLabel* m_statusFile;
    QLabel* m_statusCounts;
    QLabel* m_statusUser;
    bool m_showingFailure = false;
    bool m_quitting = false;  // leaving from the lock screen: nothing is asked
};

}  // namespace redgrid::ui
