#pragma once

#include "common/RecordId.h"
#include "common/Result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class HierarchySearchBox;
class HierarchyWidget;
class OrganisationWidget;
class OrgChecksView;
class RecentFiles;
class RosterWidget;

// The window: file handling (new, open, recent, save a copy), the demo banner, the
// status bar, and the feature widgets of the open database, which bring their own actions:
// one tab for the hierarchy, one for the organisations beside the roster, one for the
// organisation checks. The toolbar shows the actions of the tab in front.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in place of the open database. Nothing changes if it fails.
    Status openDatabase(const QString& path);
    // Shows a database already opened (e.g. just created) in place of the open one.
    void showDatabase(std::unique_ptr<storage::Connection> connection);
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshStatus();
    void updateTitle();
    void showReadFailure(const QString& message);
    void saveLayout();
    void restoreLayout();
    void connectFeatures();
    void showTabActions();

    std::unique_ptr<storage::Connection> m_db;
    bool m_demo = false;
    HierarchyWidget* m_hierarchy = nullptr;
    QTabWidget* m_tabs = nullptr;  // every feature widget of the open database
    QSplitter* m_membersPage = nullptr;
    OrganisationWidget* m_organisations = nullptr;
    RosterWidget* m_roster = nullptr;
    OrgChecksView* m_checks = nullptr;
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
    bool m_showingFailure = false;
};

}  // namespace redgrid::ui
