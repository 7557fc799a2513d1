#include "MainWindow.h"

#include "AboutDialog.h"
#include "AutomaticBackup.h"
#include "RecentFiles.h"
#include "StartPage.h"
#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyStore.h"
#include "security/Session.h"
#include "storage/DatabaseFile.h"
#include "ui/UiModules.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/Icons.h"
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
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace redgrid::ui {
namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");

template<class T>
T* found(const QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_central(new QWidget)
    , m_banner(new QLabel)
    , m_placeholder(new QLabel)
    , m_recent(new RecentFiles(this))
    , m_statusFile(new QLabel)
    , m_statusCounts(new QLabel)
    , m_statusUser(new QLabel)
{
    setWindowIcon(Icons::application());
    setWindowTitle(tr("RedGrid"));
    resize(1200, 760);

    m_banner->setObjectName(QStringLiteral("demoBanner"));
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

    m_features = createUiFeatures(this);
    m_backup = new AutomaticBackup(this);
    connect(m_backup, &AutomaticBackup::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    createMenus();
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    m_statusFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusFile, 1);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusUser->setContentsMargins(8, 0, 16, 0);
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);

    connectFeatures();
    connect(m_recent, &RecentFiles::fileChosen, this, &MainWindow::openFile);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    for (Feature* feature : std::as_const(m_shown))
        feature->close();
    delete m_tabs;  // every feature page, before the connection they read through
    m_tabs = nullptr;
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
    m_saveCopy->setObjectName(QStringLiteral("saveCopy"));
    m_saveCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopy->setEnabled(false);
    m_backUpNow = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_restore = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    m_restore->setObjectName(QStringLiteral("restoreFromBackup"));
    m_backupFolder = file->addAction(tr("Backup &Folder…"), this, &MainWindow::chooseBackupFolder);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    QAction* automatic = file->addAction(tr("Back Up &Automatically"));
    automatic->setObjectName(QStringLiteral("backUpAutomatically"));
    automatic->setCheckable(true);
    automatic->setChecked(AutomaticBackup::isEnabled());
    connect(automatic, &QAction::toggled, this, [](bool on) { AutomaticBackup::setEnabled(on); });
    for (QAction* action : { m_backUpNow, m_restore, m_backupFolder })
        action->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    // Filled with the signed-in account's actions once a database is open (AccountActions).
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->menuAction()->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About RedGrid"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    // The features' menus, between File and Account; filled with their pages' actions once a
    // database is open.
    FeatureMenus menus(menuBar(), m_accountMenu->menuAction());
    for (Feature* feature : std::as_const(m_features)) {
        feature->createMenus(menus);
        for (QMenu* menu : menus.takeAskedFor())
            m_menuFeatures[menu].append(feature);
    }

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(openAction);
    m_toolBar->addSeparator();
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBarEditStart = m_toolBar->addWidget(spacer);
    for (Feature* feature : std::as_const(m_features)) {
        if (QWidget* widget = feature->toolBarWidget())
            m_toolBarWidgets.append(m_toolBar->addWidget(widget));
        else
            m_toolBarWidgets.append(nullptr);
    }
    showFeatureMenus();
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
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showTabActions);
    showTabActions();

    m_banner->setText(m_demo ? demoBannerText(districtName()) : QString());
    m_banner->setVisible(m_demo);
    // A copy holds the whole file, whatever the account's area: administrators only.
    const security::Session* session = security::Session::of(*m_db);
    m_saveCopy->setEnabled(session && session->allows(security::Permission::ManageAccounts));
    // Backups go to this computer's backup folder, for every account; where they go and
    // restoring, which replaces the whole file, are the administrator's.
    m_backUpNow->setEnabled(session != nullptr);
    m_restore->setEnabled(session && session->allows(security::Permission::ManageAccounts));
    m_backupFolder->setEnabled(session && session->allows(security::Permission::ManageAccounts));
    m_backup->databaseOpened(m_db.get());
    m_recent->add(path);
    updateTitle();
    refreshStatus();
    addStartPage();
    if (m_startPage)
        m_startPage->setFocus(Qt::OtherFocusReason);
    else if (!m_shown.isEmpty())
        m_shown.constFirst()->focusPage();
    if (!m_db->writesRefused().isEmpty())
        QMetaObject::invokeMethod(this, &MainWindow::warnReadOnly, Qt::QueuedConnection);
}

QString MainWindow::districtName()
{
    const security::Session* session = security::Session::of(*m_db);
    if (!session || !session->allows(security::Permission::ReadHierarchy))
        return {};
    std::optional<hierarchy::HierarchyNode> root;
    if (auto failure = coreGuard(databasePath(), [&] { root = hierarchy::HierarchyStore(*m_db).root(); }))
        showReadFailure(failure->toString());
    return root ? root->name : QString();
}

// A database with nothing in it yet opens on the steps that set it up, each one a button
// for the action that does it (the features name those actions).
void MainWindow::addStartPage()
{
    if (m_demo || !StartPage::isNeeded(*m_db))
        return;
    m_startPage = new StartPage(*m_db);
    m_startPage->setObjectName(QStringLiteral("startPage"));
    using Step = StartPage::Step;
    // The division list is the whole district's: a step for its administrators.
    const security::Session* session = security::Session::of(*m_db);
    const bool wholeDistrict = session && session->role() == security::Role::DistrictAdmin;
    m_startPage->setAction(
        Step::Divisions, wholeDistrict ? found<QAction>(m_tabs, "importDivisions") : nullptr);
    m_startPage->setAction(Step::Organisations, found<QAction>(m_tabs, "addOrganisation"));
    m_startPage->setAction(Step::Roster, found<QAction>(m_tabs, "importMembers"));
    m_startPage->setAction(Step::Accounts, m_accountActions->accountsAction());
    m_startPage->refresh();
    if (!m_startPage->hasStepToDo()) {  // nothing this account may do about it (an auditor)
        delete m_startPage;
        m_startPage = nullptr;
        return;
    }
    connect(m_startPage, &StartPage::readFailed, this, &MainWindow::showReadFailure, Qt::QueuedConnection);
    for (Feature* feature : std::as_const(m_shown))
        connect(feature, &Feature::changed, m_startPage, &StartPage::refresh);
    m_tabs->insertTab(0, m_startPage, tr("&Getting Started"));
    m_tabs->setCurrentWidget(m_startPage);
}

// A tab for each feature the account's role may see, in the order they are registered.
void MainWindow::addFeatureTabs()
{
    const security::Session* session = security::Session::of(*m_db);
    m_tabs = new QTabWidget(m_central);
    m_tabs->setObjectName(QStringLiteral("featureTabs"));
    m_tabs->setDocumentMode(true);
    QSettings settings;
    for (Feature* feature : std::as_const(m_features)) {
        if (!session || !feature->isShownTo(*session))
            continue;
        m_tabs->addTab(feature->open(*m_db), feature->title());
        feature->restoreLayout(settings);
        m_shown.append(feature);
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

// With no database open every feature's menu shows (disabled unless an entry works without
// one); with one, those of the features the account sees, and their toolbar widgets.
void MainWindow::showFeatureMenus()
{
    for (auto it = m_menuFeatures.begin(); it != m_menuFeatures.end(); ++it) {
        const bool shown = !m_db || std::any_of(it.value().begin(), it.value().end(), [this](Feature* f) {
            return m_shown.contains(f);
        });
        it.key()->menuAction()->setVisible(shown);
        // Without a database, a menu opens only for what still works there (Find).
        const QList<QAction*> actions = it.key()->actions();
        it.key()->menuAction()->setEnabled(m_db
            || std::any_of(actions.begin(), actions.end(),
                [](QAction* a) { return !a->isSeparator() && a->isEnabled(); }));
    }
    for (qsizetype i = 0; i < m_features.size(); ++i)
        if (QAction* widget = m_toolBarWidgets.value(i))
            widget->setVisible(!m_db || m_shown.contains(m_features.at(i)));
}

// The Account menu and the idle lock of the signed-in account; both go with the tabs.
void MainWindow::addAccountFeatures()
{
    const security::Session* session = security::Session::of(*m_db);
    m_accountActions = new AccountActions(*m_db, this, m_tabs);
    m_accountActions->setObjectName(QStringLiteral("accountActions"));
    m_accountMenu->addActions(m_accountActions->actions());
    m_accountMenu->menuAction()->setEnabled(true);
    connect(m_accountActions, &AccountActions::lockRequested, this, &MainWindow::lockNow);
    connect(m_accountActions, &AccountActions::signOutRequested, this, &MainWindow::signOut);
    const QString username = session ? session->account().username : QString();
    m_idleLock
        = new IdleLock(m_db->path(), username, std::chrono::minutes(IdleLock::configuredMinutes()), m_tabs);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    connect(m_accountActions, &AccountActions::idleTimeChanged, m_idleLock,
        [this](int minutes) { m_idleLock->setIdleTime(std::chrono::minutes(minutes)); });
    connect(m_idleLock, &IdleLock::quitRequested, this, &MainWindow::quitWhileLocked);

    m_statusUser->setText(m_accountActions->signedInText());
}

void MainWindow::closeDatabase()
{
    if (!m_tabs && !m_db)
        return;
    m_backup->databaseClosing();
    if (m_tabs)
        saveLayout();
    m_toolBarTabActions.clear();
    for (Feature* feature : std::as_const(m_shown))
        feature->close();
    m_shown.clear();
    delete m_tabs;  // the feature pages' actions leave the menus and toolbar with them
    m_tabs = nullptr;
    m_startPage = nullptr;
    m_accountActions = nullptr;
    m_idleLock = nullptr;
    m_db.reset();
    m_demo = false;
    m_banner->hide();
    m_placeholder->show();
    m_saveCopy->setEnabled(false);
    for (QAction* action : { m_backUpNow, m_restore, m_backupFolder })
        action->setEnabled(false);
    m_accountMenu->menuAction()->setEnabled(false);
    showFeatureMenus();
    m_statusUser->clear();
    updateTitle();
    refreshStatus();
}

bool MainWindow::confirmClose()
{
    for (Feature* feature : std::as_const(m_shown))
        if (!feature->confirmClose())
            return false;
    return true;
}

void MainWindow::signOut()
{
    if (!m_db || !confirmClose())
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

// Once, for the window's life: what a feature asks of the window and of the others.
void MainWindow::connectFeatures()
{
    for (Feature* feature : std::as_const(m_features)) {
        connect(feature, &Feature::changed, this,
            [this, feature](DataChanges changes) { dataChanged(feature, changes); });
        connect(feature, &Feature::readFailed, this, &MainWindow::showReadFailure);
        connect(feature, &Feature::showRequested, this, [this, feature] { showPage(feature->page()); });
        connect(feature, &Feature::revealRequested, this, &MainWindow::reveal);
    }
}

// The others mark themselves stale (or reload); the status bar counts again.
void MainWindow::dataChanged(Feature* source, DataChanges changes)
{
    for (Feature* feature : std::as_const(m_shown))
        if (feature != source)
            feature->dataChanged(changes);
    refreshStatus();
}

Feature* MainWindow::frontFeature() const
{
    QWidget* front = m_tabs ? m_tabs->currentWidget() : nullptr;
    for (Feature* feature : m_shown)
        if (front && feature->page() == front)
            return feature;
    return nullptr;
}

void MainWindow::showTabActions()
{
    for (QAction* action : std::as_const(m_toolBarTabActions))
        m_toolBar->removeAction(action);
    m_toolBarTabActions.clear();
    if (Feature* front = frontFeature())
        m_toolBarTabActions = front->toolBarActions();
    m_toolBar->insertActions(m_toolBarEditStart, m_toolBarTabActions);
}

bool MainWindow::showPage(QWidget* page)
{
    if (!m_tabs || !page || m_tabs->indexOf(page) < 0)
        return false;
    m_tabs->setCurrentWidget(page);
    return true;
}

// The first feature that has the record brings it to the front.
bool MainWindow::reveal(RecordKind kind, const RecordId& id)
{
    for (Feature* feature : std::as_const(m_shown)) {
        if (!feature->reveal(kind, id))
            continue;
        showPage(feature->page());
        return true;
    }
    return false;
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
    QStringList texts;
    for (Feature* feature : std::as_const(m_shown))
        if (const QString text = feature->statusText(); !text.isEmpty())
            texts << text;
    m_statusCounts->setText(texts.join(QStringLiteral("  ")));
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
    if (!m_db->writesRefused().isEmpty())
        setWindowTitle(tr("%1 [Read-Only] — RedGrid").arg(name));
    else
        setWindowTitle(m_demo ? tr("%1 [Demo] — RedGrid").arg(name) : tr("%1 — RedGrid").arg(name));
}

// A damaged file (or one on a full disk) was opened for reading only: said once, with the way
// back for an administrator, the newest good backup.
void MainWindow::warnReadOnly()
{
    const QString reason = m_db->writesRefused();
    if (reason.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Opened Read-Only"), reason, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("readOnlyWarning"));
    if (!m_db->damage().isEmpty())
        box.setInformativeText(tr("What SQLite found: %1").arg(m_db->damage().join(QStringLiteral("; "))));
    QPushButton* restore = nullptr;
    if (m_restore->isEnabled() && !m_db->damage().isEmpty())
        restore = box.addButton(tr("&Restore from Backup…"), QMessageBox::AcceptRole);
    box.addButton(tr("Continue &Read-Only"), QMessageBox::RejectRole);
    box.exec();
    if (restore && box.clickedButton() == restore)
        QMetaObject::invokeMethod(this, &MainWindow::restoreFromBackup, Qt::QueuedConnection);
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
    if (!m_quitting && !confirmClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    if (!m_quitting)
        m_backup->databaseClosing();
    event->accept();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    for (Feature* feature : std::as_const(m_shown))
        feature->saveLayout(settings);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

}  // namespace redgrid::ui
