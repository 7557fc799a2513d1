#include "MainWindow.h"

#include "AboutDialog.h"
#include "RecentFiles.h"
#include "StartPage.h"
#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyStore.h"
#include "security/Session.h"
#include "storage/DatabaseFile.h"
#include "ui/audit/AuditLogWindow.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/Icons.h"
#include "ui/hierarchy/HierarchySearchBox.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/LevelCountText.h"
#include "ui/organisation/OrgChecksView.h"
#include "ui/organisation/OrgTreeModel.h"
#include "ui/organisation/OrganisationWidget.h"
#include "ui/roster/RosterFileActions.h"
#include "ui/roster/RosterWidget.h"
#include "ui/security/AccountActions.h"
#include "ui/security/DatabaseOpener.h"
#include "ui/security/IdleLock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace redgrid::ui {
namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString MembersSplitterKey = QStringLiteral("mainWindow/membersSplitter");

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_central(new QWidget)
    , m_banner(new QLabel)
    , m_placeholder(new QLabel)
    , m_search(new HierarchySearchBox)
    , m_recent(new RecentFiles(this))
    , m_statusFile(new QLabel)
    , m_statusCounts(new QLabel)
    , m_statusUser(new QLabel)
{
    setWindowIcon(Icons::application());
    setWindowTitle(tr("RedGrid"));
    resize(1200, 760);

    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5c3d00; "
                                           "border-bottom: 1px solid #e2c267; padding: 6px 10px; }"));
    m_banner->hide();
    m_placeholder->setText(tr("No database is open. Use File › Open or File › New."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_placeholder, 1);
    setCentralWidget(m_central);

    m_search->setStore(nullptr, {});
    createMenus();
    m_statusFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusFile, 1);
    m_statusUser->setContentsMargins(8, 0, 16, 0);
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_search, &HierarchySearchBox::nodeChosen, this, [this](const RecordId& id) {
        if (showNode(id))
            m_hierarchy->treeView()->setFocus(Qt::OtherFocusReason);
    });
    connect(
        m_search, &HierarchySearchBox::readFailed, this, &MainWindow::showReadFailure, Qt::QueuedConnection);
    connect(m_recent, &RecentFiles::fileChosen, this, &MainWindow::openFile);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    m_search->setStore(nullptr, {});
    delete m_tabs;  // every feature widget, before the connection they read through
    m_tabs = nullptr;
    m_hierarchy = nullptr;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(
        style()->standardIcon(QStyle::SP_FileIcon), tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(
        style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this, &MainWindow::chooseAndOpen);
    openAction->setShortcut(QKeySequence::Open);
    file->addMenu(m_recent->menu());
    file->addAction(tr("Open the &Demo Database"), this, &MainWindow::openDemoDatabase);
    file->addSeparator();
    m_saveCopy = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save a &Copy As…"),
        this, &MainWindow::saveCopyAs);
    m_saveCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopy->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Hierarchy"));
    QAction* find = m_editMenu->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_editMenu->insertSeparator(find);

    // Filled with the actions of the organisations panel and the roster once a database is open.
    m_orgMenu = menuBar()->addMenu(tr("&Organisations"));
    m_orgMenu->menuAction()->setEnabled(false);
    QAction* checks = m_orgMenu->addAction(tr("Show the &Checks"), this, [this] {
        if (m_tabs)
            m_tabs->setCurrentWidget(m_checks);
    });
    m_orgMenu->insertSeparator(checks);
    m_memberMenu = menuBar()->addMenu(tr("&Members"));
    m_memberMenu->menuAction()->setEnabled(false);
    m_memberMenuSeparator = m_memberMenu->addSeparator();

    // Filled with the signed-in account's actions once a database is open (AccountActions).
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->menuAction()->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About RedGrid"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(openAction);
    m_toolBar->addSeparator();
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBarEditStart = m_toolBar->addWidget(spacer);
    m_searchAction = m_toolBar->addWidget(m_search);
}

QString MainWindow::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

Status MainWindow::openDatabase(const QString& path, const std::optional<Credentials>& credentials)
{
    auto opened = DatabaseOpener::open(this, QFileInfo(path).absoluteFilePath(), credentials);
    if (!opened)
        return opened.error();
    showDatabase(std::move(opened).value());
    return Status::success();
}

void MainWindow::showDatabase(std::unique_ptr<storage::Connection> connection)
{
    const QString path = connection->path();
    bool demo = false;
    if (auto failure = coreGuard(path, [&] { demo = demo::DemoBuilder::isDemo(*connection); }))
        showReadFailure(failure->toString());
    closeDatabase();  // the previous database closes here
    m_db = std::move(connection);
    m_demo = demo;
    m_placeholder->hide();
    addFeatureTabs();
    addAccountFeatures();
    showFeatureMenus();
    if (m_hierarchy)
        m_search->setStore(&m_hierarchy->store(), path);
    connectFeatures();
    showTabActions();

    QString rootName;
    if (m_hierarchy) {
        const auto* root = m_hierarchy->model()->nodeAt(m_hierarchy->model()->rootIndex());
        rootName = root ? root->name : QString();
    }
    m_banner->setText(demoBannerText(rootName));
    m_banner->setVisible(m_demo);
    // A copy holds the whole file, whatever the account's area: administrators only.
    const security::Session* session = security::Session::of(*m_db);
    m_saveCopy->setEnabled(session && session->allows(security::Permission::ManageAccounts));
    m_recent->add(path);
    updateTitle();
    refreshStatus();
    addStartPage();
    if (m_startPage)
        m_startPage->setFocus(Qt::OtherFocusReason);
    else if (m_hierarchy)
        m_hierarchy->treeView()->setFocus(Qt::OtherFocusReason);
}

// A database with nothing in it yet opens on the steps that set it up, each one a button
// for the action that does it.
void MainWindow::addStartPage()
{
    if (m_demo || !StartPage::isNeeded(*m_db))
        return;
    m_startPage = new StartPage(*m_db);
    using Step = StartPage::Step;
    // The division list is the whole district's: a step for its administrators.
    const security::Session* session = security::Session::of(*m_db);
    const bool wholeDistrict = session && session->role() == security::Role::DistrictAdmin;
    m_startPage->setAction(
        Step::Divisions, m_hierarchy && wholeDistrict ? m_hierarchy->importDivisionsAction() : nullptr);
    m_startPage->setAction(Step::Organisations, m_organisations ? m_organisations->addAction() : nullptr);
    m_startPage->setAction(Step::Roster, m_rosterFiles ? m_rosterFiles->importAction() : nullptr);
    m_startPage->setAction(Step::Accounts, m_accountActions->accountsAction());
    m_startPage->refresh();
    if (!m_startPage->hasStepToDo()) {  // nothing this account may do about it (an auditor)
        delete m_startPage;
        m_startPage = nullptr;
        return;
    }
    connect(m_startPage, &StartPage::readFailed, this, &MainWindow::showReadFailure, Qt::QueuedConnection);
    if (m_hierarchy)
        connect(m_hierarchy, &HierarchyWidget::hierarchyChanged, m_startPage, &StartPage::refresh);
    if (m_roster) {
        connect(m_organisations, &OrganisationWidget::organisationsChanged, m_startPage, &StartPage::refresh);
        connect(m_roster, &RosterWidget::membersChanged, m_startPage, &StartPage::refresh);
        connect(m_rosterFiles, &RosterFileActions::membersImported, m_startPage, &StartPage::refresh);
    }
    m_tabs->insertTab(0, m_startPage, tr("&Getting Started"));
    m_tabs->setCurrentWidget(m_startPage);
}

// The tabs the account's role may read: the hierarchy; the organisations beside the roster,
// with their checks; for an auditor, the audit log.
void MainWindow::addFeatureTabs()
{
    const security::Session* session = security::Session::of(*m_db);
    const auto allows = [session](security::Permission p) { return session && session->allows(p); };
    m_tabs = new QTabWidget(m_central);
    m_tabs->setDocumentMode(true);
    QSettings settings;
    if (allows(security::Permission::ReadHierarchy)) {
        m_hierarchy = new HierarchyWidget(*m_db);
        // The hierarchy stays the first tab: start-up shows (and measures) its tree.
        m_tabs->addTab(m_hierarchy, tr("&Hierarchy"));
        const QByteArray splitter = settings.value(SplitterKey).toByteArray();
        if (splitter.isEmpty() || !m_hierarchy->splitter()->restoreState(splitter))
            m_hierarchy->splitter()->setSizes({ 700, 500 });
    }
    if (allows(security::Permission::ReadOrganisations) && allows(security::Permission::ReadRoster)) {
        m_organisations = new OrganisationWidget(*m_db);
        m_roster = new RosterWidget(*m_db);
        m_checks = new OrgChecksView(*m_db);
        // The organisations beside the roster: choosing one lists its members.
        m_membersPage = new QSplitter(Qt::Horizontal);
        m_membersPage->addWidget(m_organisations);
        m_membersPage->addWidget(m_roster);
        m_membersPage->setStretchFactor(0, 1);
        m_membersPage->setStretchFactor(1, 3);
        m_membersPage->setChildrenCollapsible(false);
        m_tabs->addTab(m_membersPage, tr("Party &Members"));
        m_tabs->addTab(m_checks, tr("Organisation &Checks"));
        const QByteArray membersSplitter = settings.value(MembersSplitterKey).toByteArray();
        if (membersSplitter.isEmpty() || !m_membersPage->restoreState(membersSplitter))
            m_membersPage->setSizes({ 460, 940 });
    }
    // Administrators open the audit log from the Account menu; for an auditor it is the window.
    if (!m_hierarchy && allows(security::Permission::ReadAudit)) {
        m_auditPage = createAuditViewer(*m_db);
        if (m_auditPage)
            m_tabs->addTab(m_auditPage, tr("&Audit Log"));
    }
    if (m_tabs->count() == 0) {
        auto* nothing = new QLabel(tr("Your account (%1) has nothing to show in this window.")
                                       .arg(session ? security::Roles::label(session->role()) : QString()));
        nothing->setAlignment(Qt::AlignCenter);
        nothing->setWordWrap(true);
        m_tabs->addTab(nothing, tr("Signed In"));
    }
    static_cast<QVBoxLayout*>(m_central->layout())->addWidget(m_tabs, 1);
}

void MainWindow::showFeatureMenus()
{
    if (m_hierarchy) {
        const QList<QAction*> actions = m_hierarchy->editActions();
        m_editMenu->insertActions(m_editMenu->actions().constFirst(), actions);
        // After the separator, beside Find (the last entry): the menu's own entries.
        m_editMenu->insertAction(m_editMenu->actions().constLast(), m_hierarchy->importDivisionsAction());
    }
    m_editMenu->menuAction()->setVisible(m_hierarchy != nullptr);
    m_searchAction->setVisible(m_hierarchy != nullptr);
    const bool members = m_roster != nullptr;
    m_orgMenu->menuAction()->setVisible(members);
    m_memberMenu->menuAction()->setVisible(members);
    if (!members)
        return;
    // The widgets' own actions leave the menus when the widgets go.
    m_orgMenu->insertActions(m_orgMenu->actions().constFirst(), m_organisations->editActions());
    m_orgMenu->menuAction()->setEnabled(true);
    m_memberMenu->insertActions(m_memberMenuSeparator, m_roster->memberActions());
    m_memberMenu->addAction(m_roster->strokeOrderAction());
    m_memberMenu->addMenu(m_roster->columnMenu());
    m_rosterFiles = new RosterFileActions(*m_db, m_roster);  // leaves the menu with the roster
    m_memberMenu->addActions(m_rosterFiles->actions());
    connect(m_rosterFiles, &RosterFileActions::membersImported, this, [this] {
        m_organisations->reload();
        m_checks->markStale();
        refreshStatus();
        // The members just imported may lie outside the organisation shown, or fail its
        // search and filters: show everyone, so that they can be found.
        m_roster->showAllMembers();
    });
    m_memberMenu->menuAction()->setEnabled(true);
}

// The Account menu and the idle lock of the signed-in account; both go with the tabs.
void MainWindow::addAccountFeatures()
{
    const security::Session* session = security::Session::of(*m_db);
    m_accountActions = new AccountActions(*m_db, this, m_tabs);
    m_accountMenu->addActions(m_accountActions->actions());
    m_accountMenu->menuAction()->setEnabled(true);
    connect(m_accountActions, &AccountActions::lockRequested, this, &MainWindow::lockNow);
    connect(m_accountActions, &AccountActions::signOutRequested, this, &MainWindow::signOut);
    const QString username = session ? session->account().username : QString();
    m_idleLock
        = new IdleLock(m_db->path(), username, std::chrono::minutes(IdleLock::configuredMinutes()), m_tabs);
    connect(m_accountActions, &AccountActions::idleTimeChanged, m_idleLock,
        [this](int minutes) { m_idleLock->setIdleTime(std::chrono::minutes(minutes)); });
    connect(m_idleLock, &IdleLock::quitRequested, this, &MainWindow::quitWhileLocked);

    m_statusUser->setText(m_accountActions->signedInText());
}

void MainWindow::closeDatabase()
{
    if (!m_tabs && !m_db)
        return;
    if (m_tabs)
        saveLayout();
    m_search->setStore(nullptr, {});
    m_toolBarTabActions.clear();
    delete m_tabs;  // the feature widgets' actions leave the menus and toolbar with them
    m_tabs = nullptr;
    m_hierarchy = nullptr;
    m_organisations = nullptr;
    m_roster = nullptr;
    m_checks = nullptr;
    m_membersPage = nullptr;
    m_auditPage = nullptr;
    m_startPage = nullptr;
    m_rosterFiles = nullptr;
    m_accountActions = nullptr;
    m_idleLock = nullptr;
    m_db.reset();
    m_demo = false;
    m_banner->hide();
    m_placeholder->show();
    m_saveCopy->setEnabled(false);
    m_accountMenu->menuAction()->setEnabled(false);
    for (QMenu* menu : { m_orgMenu, m_memberMenu }) {
        menu->menuAction()->setEnabled(false);
        menu->menuAction()->setVisible(true);
    }
    m_editMenu->menuAction()->setVisible(true);
    m_searchAction->setVisible(true);
    m_statusUser->clear();
    updateTitle();
    refreshStatus();
}

void MainWindow::signOut()
{
    if (!m_db || (m_hierarchy && !m_hierarchy->confirmDiscardEdits()))
        return;
    const QString path = databasePath();
    if (auto failure = m_accountActions->recordSignOut())
        showReadFailure(failure->toString());
    closeDatabase();
    const Status opened = openDatabase(path);
    if (!opened && !DatabaseOpener::isCancelled(opened.error()))
        QMessageBox::warning(this, tr("Cannot Open Database"), opened.error().toString());
}

void MainWindow::lockNow()
{
    if (m_idleLock)
        m_idleLock->lock();
}

void MainWindow::quitWhileLocked()
{
    // Nothing is asked: a question would show what the lock hides. Unsaved edits are lost.
    m_quitting = true;
    QCoreApplication::exit(0);
}

void MainWindow::connectFeatures()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showTabActions);
    if (m_hierarchy) {
        connect(m_hierarchy, &HierarchyWidget::hierarchyChanged, this, &MainWindow::refreshStatus);
        connect(m_hierarchy, &HierarchyWidget::readFailed, this, &MainWindow::showReadFailure);
        if (m_checks)
            connect(m_hierarchy, &HierarchyWidget::hierarchyChanged, m_checks, &OrgChecksView::markStale);
    }
    if (!m_roster)
        return;
    connect(m_organisations, &OrganisationWidget::currentOrgChanged, m_roster, [this](const RecordId& id) {
        const organisation::PartyOrg* org = m_organisations->model()->org(id);
        m_roster->setOrganisation(id, org ? org->name : QString());
    });
    connect(m_organisations, &OrganisationWidget::organisationsChanged, this, [this] {
        m_roster->reload();  // names and codes of organisations show in the rows
        m_checks->markStale();
    });
    connect(m_roster, &RosterWidget::membersChanged, this, [this] {
        m_organisations->reload();  // member counts
        m_checks->markStale();
    });
    connect(m_roster, &RosterWidget::allOrganisationsRequested, m_organisations,
        &OrganisationWidget::clearSelection);
    connect(m_roster, &RosterWidget::organisationRequested, m_organisations, &OrganisationWidget::selectOrg);
    connect(m_checks, &OrgChecksView::orgChosen, this, &MainWindow::showOrganisation);
    connect(m_checks, &OrgChecksView::gridChosen, this, &MainWindow::showNode);
    connect(m_organisations, &OrganisationWidget::readFailed, this, &MainWindow::showReadFailure,
        Qt::QueuedConnection);
    connect(m_roster, &RosterWidget::readFailed, this, &MainWindow::showReadFailure, Qt::QueuedConnection);
    connect(m_checks, &OrgChecksView::readFailed, this, &MainWindow::showReadFailure, Qt::QueuedConnection);
}

void MainWindow::showTabActions()
{
    for (QAction* action : std::as_const(m_toolBarTabActions))
        m_toolBar->removeAction(action);
    m_toolBarTabActions.clear();
    QWidget* front = m_tabs ? m_tabs->currentWidget() : nullptr;
    if (front && front == m_hierarchy)
        m_toolBarTabActions = m_hierarchy->editActions();
    else if (front && front == m_membersPage)
        m_toolBarTabActions = m_organisations->editActions().mid(0, 1) + m_roster->memberActions();
    m_toolBar->insertActions(m_toolBarEditStart, m_toolBarTabActions);
}

bool MainWindow::showOrganisation(const RecordId& orgId)
{
    if (!m_tabs || !m_membersPage)
        return false;
    m_tabs->setCurrentWidget(m_membersPage);
    return m_organisations->selectOrg(orgId);
}

bool MainWindow::showNode(const RecordId& nodeId)
{
    if (!m_tabs || !m_hierarchy)
        return false;
    m_tabs->setCurrentWidget(m_hierarchy);
    return m_hierarchy->revealNode(nodeId);
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::refreshStatus()
{
    if (!m_db) {
        m_statusFile->clear();
        m_statusCounts->clear();
        return;
    }
    m_statusFile->setText(QDir::toNativeSeparators(databasePath()));
    if (!m_hierarchy) {
        m_statusCounts->clear();
        return;
    }
    hierarchy::LevelCounts counts;
    if (auto failure = coreGuard(databasePath(), [&] { counts = m_hierarchy->store().countByLevel(); }))
        showReadFailure(failure->toString());
    counts[hierarchy::NodeLevel::District] = 0;  // always the one at the root
    m_statusCounts->setText(LevelCountText::describe(counts, tr("no streets or towns yet")));
}

QString MainWindow::demoBannerText(const QString& districtName)
{
    if (!m_demo)
        return {};
    demo::DemoBuilder::InventedPlaces invented;
    if (auto failure
        = coreGuard(databasePath(), [&] { invented = demo::DemoBuilder::inventedPlaces(*m_db); }))
        showReadFailure(failure->toString());
    if (invented.isEmpty())
        return tr("<b>Demo database.</b> Everything in it is invented for trying RedGrid out; only the "
                  "names of the streets and communities of %1 are real. Do not enter real people's data "
                  "here.")
            .arg(districtName.toHtmlEscaped());
    // The large demo: say which names are made up, so that nobody takes them for real places.
    if (invented.streets.isEmpty())
        return tr("<b>Demo database.</b> Everything in it is invented for trying RedGrid out. The names of "
                  "the streets and communities of %1 are real, except %2 of the communities, made up to "
                  "make the demo larger, such as %3. Do not enter real people's data here.")
            .arg(districtName.toHtmlEscaped(), QLocale().toString(invented.communities.size()),
                invented.communities.constFirst().toHtmlEscaped());
    QStringList streets = invented.streets;
    for (QString& street : streets)
        street = street.toHtmlEscaped();
    return tr("<b>Demo database.</b> Everything in it is invented for trying RedGrid out. The names of "
              "the streets and communities of %1 are real, except those made up to make the demo larger: "
              "the streets %2, and %3 of the communities, such as %4. Do not enter real people's data here.")
        .arg(districtName.toHtmlEscaped(), QLocale().createSeparatedList(streets),
            QLocale().toString(invented.communities.size()),
            invented.communities.isEmpty() ? QString() : invented.communities.constFirst().toHtmlEscaped());
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowFilePath(QString());
        setWindowTitle(tr("RedGrid"));
        return;
    }
    setWindowFilePath(databasePath());
    const QString name = QFileInfo(databasePath()).fileName();
    setWindowTitle(m_demo ? tr("%1 [Demo] — RedGrid").arg(name) : tr("%1 — RedGrid").arg(name));
}

void MainWindow::showReadFailure(const QString& message)
{
    if (m_showingFailure)
        return;  // one box at a time: the same failure tends to repeat
    m_showingFailure = true;
    QMessageBox::critical(this, tr("Database Cannot Be Read"),
        message + QStringLiteral("\n\n")
            + tr("The file may be damaged, or moved or deleted while it was open. Open it again, "
                 "or open a copy."));
    m_showingFailure = false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_idleLock && m_idleLock->isLocked() && !m_quitting) {
        event->ignore();  // unlock first: closing would ask about what the lock hides
        return;
    }
    if (!m_quitting && m_hierarchy && !m_hierarchy->confirmDiscardEdits()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (m_hierarchy)
        settings.setValue(SplitterKey, m_hierarchy->splitter()->saveState());
    if (m_membersPage)
        settings.setValue(MembersSplitterKey, m_membersPage->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

}  // namespace redgrid::ui
