// Accounts in the window: the first administrator, the recovery key, signing in and the
// lockout, the idle lock, what each role sees, and the accounts dialog.
#include "UiTestSupport.h"
#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "hierarchy/HierarchyStore.h"
#include "roster/MemberStore.h"
#include "security/AccountStore.h"
#include "security/RecoveryKey.h"
#include "security/SecuredFile.h"
#include "security/SignIn.h"
#include "storage/DatabaseFile.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"
#include "ui/audit/AuditLogWindow.h"
#include "ui/hierarchy/HierarchyTreeModel.h"
#include "ui/hierarchy/HierarchyWidget.h"
#include "ui/hierarchy/NodePickerDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/organisation/OrganisationWidget.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/MemberForm.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/RosterWidget.h"
#include "ui/security/AccountActions.h"
#include "ui/security/AccountsDialog.h"
#include "ui/security/AddAccountDialog.h"
#include "ui/security/ChangePasswordDialog.h"
#include "ui/security/FirstAdministratorDialog.h"
#include "ui/security/IdleLock.h"
#include "ui/security/LockScreen.h"
#include "ui/security/PasswordFields.h"
#include "ui/security/RecoveryKeyDialog.h"
#include "ui/security/SignInDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace std::chrono_literals;
using security::Role;

namespace {

const QString StrongPassword = QStringLiteral("Wangjianguo-2026");

// A RedGrid file as RedGrid 0.1 left it: no accounts, nothing encrypted (schema 2).
void makePreAccountsFile(const QString& path)
{
    auto db = storage::Connection::open(path, storage::Connection::OpenMode::ReadWriteCreate);
    db->exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::DatabaseFile::ApplicationId));
    db->exec("PRAGMA journal_mode = WAL");
    storage::Schema::migrate(*db, 2);
    db->exec("INSERT INTO setting VALUES ('installation.id', 'test', 0, 0);"
             "INSERT INTO hierarchy_node (id, parent_id, level, kind, name, code, created_at, modified_at) "
             "VALUES (x'01000000000000000000000000000001', NULL, 1, 'district', '江北区', '500105', 0, 0);");
}

void fillAdministrator(ui::FirstAdministratorDialog* dialog, const QString& password, const QString& repeated)
{
    dialog->usernameEdit()->setText(QStringLiteral("wang"));
    dialog->displayNameEdit()->setText(QStringLiteral("王建国"));
    dialog->passwordFields()->passwordEdit()->setText(password);
    dialog->passwordFields()->repeatEdit()->setText(repeated);
}

// Ticks "stored" and closes the recovery key dialog, keeping the key it showed.
void storeRecoveryKey(ui::RecoveryKeyDialog* dialog, QString& key)
{
    REQUIRE(dialog);
    key = dialog->keyLabel()->text().replace(QLatin1Char('\n'), QLatin1Char('-'));  // lines of groups
    CHECK_FALSE(dialog->closeButton()->isEnabled());
    dialog->storedBox()->setChecked(true);
    dialog->closeButton()->click();
}

int auditCount(const QString& path, audit::AuditAction action)
{
    auto db = test::openSignedIn(path);
    audit::AuditFilter filter;
    filter.action = audit::auditActionKey(action);
    return int(audit::AuditLog(*db, {}).count(filter));
}

bool menuVisible(ui::MainWindow& window, const QString& title)
{
    for (QAction* action : window.menuBar()->actions())
        if (action->text() == title)
            return action->isVisible();
    return false;
}

}  // namespace

TEST_CASE(
    "New Database asks for the first administrator, refuses a weak password, and shows the recovery key",
    "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("江北区.redgrid"));
    ui::NewDatabaseDialog dialog;
    dialog.codeEdit()->setText(QStringLiteral("500105"));
    dialog.nameEdit()->setText(QStringLiteral("江北区"));
    dialog.locationEdit()->setText(path);

    QString weakRefusal, weakVerdict, mismatch, recoveryKey;
    bool recoveryStayedOpen = false;
    test::onNextModalOf<ui::FirstAdministratorDialog>([&](ui::FirstAdministratorDialog* admin) {
        REQUIRE(admin);
        fillAdministrator(admin, QStringLiteral("password"), QStringLiteral("password"));
        weakVerdict = admin->passwordFields()->messageLabel()->text();
        admin->accept();
        REQUIRE(admin->isVisible());  // refused: only lower-case letters, as the line below it says
        weakRefusal = admin->passwordFields()->messageLabel()->text();
        test::screenshot(admin, QStringLiteral("first-administrator-refused"));

        fillAdministrator(admin, StrongPassword, StrongPassword + QLatin1Char('x'));
        admin->accept();
        REQUIRE(admin->isVisible());
        mismatch = admin->passwordFields()->messageLabel()->text();

        test::onNextModalOf<ui::RecoveryKeyDialog>([&](ui::RecoveryKeyDialog* recovery) {
            REQUIRE(recovery);
            test::screenshot(recovery, QStringLiteral("recovery-key"));
            recovery->reject();  // Esc: not before the box is ticked
            recovery->close();
            recoveryStayedOpen = recovery->isVisible();
            storeRecoveryKey(recovery, recoveryKey);
        });
        fillAdministrator(admin, StrongPassword, StrongPassword);
        admin->accept();
    });
    dialog.accept();

    CHECK(weakVerdict.startsWith(QStringLiteral("Not yet")));
    CHECK(weakRefusal.contains(QStringLiteral("at least 3")));
    CHECK(mismatch.contains(QStringLiteral("differ")));
    CHECK(recoveryStayedOpen);
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto connection = dialog.takeConnection();
    REQUIRE(connection);
    REQUIRE(security::Session::of(*connection));
    CHECK(security::Session::of(*connection)->account().username == QStringLiteral("wang"));
    CHECK(security::Session::of(*connection)->role() == Role::DistrictAdmin);
    CHECK(hierarchy::HierarchyStore(*connection).root()->code == QStringLiteral("500105"));
    connection.reset();

    // The key the dialog showed is the database's: it gives the administrator a new password.
    CHECK(recoveryKey == dialog.recoveryKey());
    REQUIRE(security::RecoveryKey::parse(recoveryKey));
    auto reopened = storage::DatabaseFile::open(path);
    REQUIRE(reopened.ok());
    CHECK(security::SignIn::withPassword(**reopened, QStringLiteral("wang"), StrongPassword).ok());
    auto again = storage::DatabaseFile::open(path);
    REQUIRE(again.ok());
    CHECK(security::SignIn::withRecoveryKey(
        **again, QStringLiteral("wang"), recoveryKey, QStringLiteral("Neues-Pass-99"))
              .ok());
}

TEST_CASE(
    "The recovery key dialog closes only once the key is stored, and saves it to a file", "[ui][security]")
{
    test::TempDir dir;
    const QString key = QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSA");
    ui::RecoveryKeyDialog dialog(key, dir.path(QStringLiteral("江北区.redgrid")));
    dialog.show();
    CHECK(dialog.keyLabel()->text().remove(QLatin1Char('\n')).remove(QLatin1Char('-'))
        == QString(key).remove(QLatin1Char('-')));
    CHECK(QFontInfo(dialog.keyLabel()->font()).fixedPitch());
    CHECK(dialog.keyLabel()->font().pointSizeF() > dialog.font().pointSizeF() * 1.4);
    CHECK_FALSE(dialog.closeButton()->isEnabled());
    dialog.reject();
    CHECK(dialog.isVisible());
    dialog.close();
    CHECK(dialog.isVisible());
    dialog.accept();
    CHECK(dialog.isVisible());

    const QString file = dir.path(QStringLiteral("key.txt"));
    REQUIRE(dialog.saveTo(file));
    CHECK(QString::fromUtf8(test::readBytes(file)).contains(key));

    dialog.storedBox()->setChecked(true);
    CHECK(dialog.closeButton()->isEnabled());
    dialog.closeButton()->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Signing in: a wrong password is refused, the right one signs in", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    auto opened = storage::DatabaseFile::open(path);
    REQUIRE(opened.ok());
    storage::Connection& db = **opened;
    CHECK(security::Session::of(db) == nullptr);

    ui::SignInDialog dialog(db, ui::SignInDialog::Mode::SignIn, QStringLiteral("admin"));
    dialog.show();
    dialog.passwordEdit()->setText(QStringLiteral("Redgrid-2025"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->isVisible());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("wrong user name or password")));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    CHECK(security::Session::of(db) == nullptr);
    test::screenshot(&dialog, QStringLiteral("sign-in-wrong-password"));

    dialog.passwordEdit()->setText(test::TestPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.session());
    REQUIRE(security::Session::of(db));
    CHECK(security::Session::of(db)->account().username == QStringLiteral("admin"));
}

TEST_CASE("Five wrong passwords lock the account for 15 minutes, and the dialog says so", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    auto opened = storage::DatabaseFile::open(path);
    REQUIRE(opened.ok());
    ui::SignInDialog dialog(**opened, ui::SignInDialog::Mode::SignIn, QStringLiteral("admin"));
    dialog.show();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        dialog.passwordEdit()->setText(QStringLiteral("Wrong-pass-%1").arg(attempt));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        if (attempt < 5)
            CHECK_FALSE(dialog.errorLabel()->text().contains(QStringLiteral("locked")));
    }
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("5 wrong passwords in a row")));
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("locked for 15 minutes")));
    test::screenshot(&dialog, QStringLiteral("sign-in-locked-out"));

    // Now even the right password is turned away until the time is up.
    dialog.passwordEdit()->setText(test::TestPassword);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("locked until")));
    CHECK(security::Session::of(**opened) == nullptr);
}

TEST_CASE("Forgot password: the recovery key gives the administrator a new password", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    security::SecuredDatabase secured;
    auto created = security::SecuredFile::create(
        path, test::testAdministrator(), [](storage::Connection&) { return Status::success(); }, &secured);
    REQUIRE(created.ok());
    created.value().reset();

    auto opened = storage::DatabaseFile::open(path);
    REQUIRE(opened.ok());
    ui::SignInDialog dialog(**opened, ui::SignInDialog::Mode::SignIn, QStringLiteral("admin"));
    dialog.show();
    dialog.forgotButton()->click();
    REQUIRE(dialog.showsRecovery());
    CHECK(dialog.recoveryUsernameEdit()->text() == QStringLiteral("admin"));
    const QString newPassword = QStringLiteral("Recovered-2026");
    dialog.recoveryKeyEdit()->setText(QStringLiteral("AAAA-BBBB"));
    dialog.newPasswordFields()->passwordEdit()->setText(newPassword);
    dialog.newPasswordFields()->repeatEdit()->setText(newPassword);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("not a recovery key")));
    test::screenshot(&dialog, QStringLiteral("sign-in-recovery"));

    dialog.recoveryKeyEdit()->setText(secured.recoveryKey.toLower());  // as typed by hand
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(security::Session::of(**opened)->account().username == QStringLiteral("admin"));
    auto again = storage::DatabaseFile::open(path);
    REQUIRE(again.ok());
    CHECK_FALSE(security::SignIn::withPassword(**again, QStringLiteral("admin"), test::TestPassword).ok());
    CHECK(security::SignIn::withPassword(**again, QStringLiteral("admin"), newPassword).ok());
}

TEST_CASE("Change Password needs the current password and then signs in with the new one", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    auto db = test::createJiangbeiDatabase(path);
    ui::ChangePasswordDialog dialog(*db);
    const QString newPassword = QStringLiteral("Changed-2026");
    dialog.currentEdit()->setText(QStringLiteral("Not-the-pass-1"));
    dialog.newPasswordFields()->passwordEdit()->setText(newPassword);
    dialog.newPasswordFields()->repeatEdit()->setText(newPassword);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.refusalLabel()->text().contains(QStringLiteral("current password is wrong")));
    dialog.currentEdit()->setText(test::TestPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    db.reset();
    auto opened = storage::DatabaseFile::open(path);
    REQUIRE(opened.ok());
    CHECK(security::SignIn::withPassword(**opened, QStringLiteral("admin"), newPassword).ok());
}

TEST_CASE(
    "Opening a file from before accounts asks for its first administrator and secures it", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.redgrid"));
    makePreAccountsFile(path);
    ui::MainWindow window;
    QString recoveryKey, intro;
    test::onNextModalOf<ui::FirstAdministratorDialog>([&](ui::FirstAdministratorDialog* admin) {
        REQUIRE(admin);
        for (const QLabel* label : admin->findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("earlier RedGrid")))
                intro = label->text();
        test::onNextModalOf<ui::RecoveryKeyDialog>(
            [&](ui::RecoveryKeyDialog* recovery) { storeRecoveryKey(recovery, recoveryKey); });
        fillAdministrator(admin, StrongPassword, StrongPassword);
        admin->accept();
    });
    REQUIRE(window.openDatabase(path).ok());
    CHECK(intro.contains(QStringLiteral("old.redgrid")));
    CHECK(security::RecoveryKey::parse(recoveryKey).has_value());
    CHECK_FALSE(security::SecuredFile::needsFirstAdministrator(path));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("王建国")));
    REQUIRE(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
    CHECK(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
              ->model()
              ->data(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                         ->model()
                         ->rootIndex())
              .toString()
        == QStringLiteral("江北区"));
}

TEST_CASE("Cancelling the sign-in leaves the window as it was, without a message", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    test::onNextModalOf<ui::SignInDialog>([](ui::SignInDialog* signIn) {
        REQUIRE(signIn);
        signIn->reject();
    });
    CHECK_FALSE(window.openFile(path));
    CHECK_FALSE(window.hasDatabase());
}

TEST_CASE("After the idle time the window locks: full numbers are masked again and the password unlocks it",
    "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    auto data = test::buildRoster(path, 10);
    data.h.db.reset();
    const roster::Member zhang = data.named.value(QStringLiteral("张三"));
    const QString fullId = test::makeIdNumber(QDate(1968, 3, 14), 101);

    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.resize(1200, 760);
    window.show();
    REQUIRE(window.findChild<ui::IdleLock*>(QStringLiteral("idleLock")));
    ui::IdleLock& lock = *window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"));
    CHECK(lock.idleTime() == std::chrono::minutes(ui::IdleLock::DefaultMinutes));
    window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))
        ->setCurrentWidget(window.findChild<QSplitter*>(QStringLiteral("membersPage")));
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))
        ->setOrganisation(data.branchA.id, data.branchA.name);
    lock.setIdleTime(300ms);

    QString shownBeforeLock, shownWhileLocked, unlockError;
    bool coveredWindow = false, coveredDialog = false, unlocked = false;
    test::onNextModalOf<ui::MemberDialog>([&](ui::MemberDialog* member) {
        REQUIRE(member);
        REQUIRE(member->fullNumbersButton()->isVisible());  // an administrator may
        member->fullNumbersButton()->click();
        shownBeforeLock = member->form()->idNumberEdit()->text();
        test::screenshot(member, QStringLiteral("member-full-numbers"));
        REQUIRE(test::waitUntil([&] { return lock.isLocked(); }, 5000));
        shownWhileLocked = member->form()->idNumberEdit()->text();
        for (const auto& screen : lock.lockScreens()) {
            coveredWindow
                = coveredWindow || (screen && screen->parentWidget() == &window && screen->isVisible());
            coveredDialog
                = coveredDialog || (screen && screen->parentWidget() == member && screen->isVisible());
        }
        test::screenshot(&window, QStringLiteral("lock-screen"));
        ui::SignInDialog* unlock = lock.unlockDialog();
        REQUIRE(unlock);
        CHECK(unlock->usernameEdit()->text() == QStringLiteral("admin"));
        CHECK(unlock->usernameEdit()->isReadOnly());
        unlock->reject();  // Esc does not get past the lock
        CHECK(lock.isLocked());
        unlock->passwordEdit()->setText(QStringLiteral("Wrong-pass-1"));
        unlock->accept();
        unlockError = unlock->errorLabel()->text();
        test::screenshot(unlock, QStringLiteral("unlock-dialog"));
        CHECK(lock.isLocked());
        unlock->passwordEdit()->setText(test::TestPassword);
        unlock->accept();
        unlocked = !lock.isLocked();
        member->reject();
    });
    window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->openMember(zhang.id);

    CHECK(shownBeforeLock == fullId);
    CHECK(shownWhileLocked.contains(QLatin1Char('*')));
    CHECK_FALSE(shownWhileLocked.contains(fullId.mid(6, 8)));  // the birth date is gone from the screen
    CHECK(coveredWindow);
    CHECK(coveredDialog);
    CHECK(unlockError.contains(QStringLiteral("wrong")));
    CHECK(unlocked);
    CHECK(lock.lockScreens().isEmpty());
    // The roster under the lock never holds a full number either.
    ui::RosterModel& model = *window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget"))->model();
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.data(model.index(row, ui::RosterModel::IdNumberColumn)).toString();
        CHECK(id.contains(QLatin1Char('*')));
    }
    // Showing the full numbers was logged.
    CHECK(auditCount(path, audit::AuditAction::ViewedUnmasked) == 1);
}

TEST_CASE("Lock Now hides the window at once, and unlocking goes on where it was", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))->lockAction()->trigger();
    REQUIRE(window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked());
    REQUIRE(window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog());
    CHECK(window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog()->isVisible());
    window.close();  // refused while locked: closing would ask about what the lock hides
    CHECK(window.isVisible());
    window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))
        ->unlockDialog()
        ->passwordEdit()
        ->setText(test::TestPassword);
    window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog()->accept();
    CHECK_FALSE(window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked());
    CHECK(window.hasDatabase());
}

TEST_CASE("Sign Out closes the database, logs it, and offers to sign in again", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    QString offeredUser;
    test::onNextModalOf<ui::SignInDialog>([&](ui::SignInDialog* signIn) {
        REQUIRE(signIn);
        offeredUser = signIn->usernameEdit()->text();
        signIn->reject();
    });
    window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))->signOutAction()->trigger();
    CHECK_FALSE(window.hasDatabase());
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))->text().isEmpty());
    CHECK(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions")) == nullptr);
    CHECK(offeredUser == QStringLiteral("admin"));  // the last user name on this computer
    CHECK(auditCount(path, audit::AuditAction::Logout) == 1);
}

TEST_CASE("An auditor's window has the audit log only; a grid worker's the hierarchy only", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    auto data = test::buildRoster(path, 5);
    security::AccountStore accounts(*data.h.db);
    const QString password = QStringLiteral("Auditor-2026");
    REQUIRE(accounts
                .add({ QStringLiteral("shenji"), QStringLiteral("审计员"), Role::Auditor, data.h.district.id,
                    password })
                .ok());
    REQUIRE(accounts
                .add({ QStringLiteral("wangge"), QStringLiteral("网格员"), Role::GridWorker, data.h.gridA1.id,
                    password })
                .ok());
    data.h.db.reset();

    SECTION("the auditor")
    {
        ui::MainWindow window;
        REQUIRE(window.openDatabase(path, ui::Credentials { QStringLiteral("shenji"), password }).ok());
        window.show();
        CHECK(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")) == nullptr);
        CHECK(window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget")) == nullptr);
        CHECK(window.findChild<ui::OrganisationWidget*>(QStringLiteral("organisationWidget")) == nullptr);
        CHECK(window.findChild<QSplitter*>(QStringLiteral("membersPage")) == nullptr);
        REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("featureTabs")));
        CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->count() == 1);
        if (ui::hasAuditViewer())
            CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->widget(0)
                == window.findChild<QWidget*>(QStringLiteral("auditPage")));
        CHECK_FALSE(menuVisible(window, QStringLiteral("&Members")));
        CHECK_FALSE(menuVisible(window, QStringLiteral("&Organisations")));
        CHECK_FALSE(menuVisible(window, QStringLiteral("&Hierarchy")));
        CHECK(menuVisible(window, QStringLiteral("&Account")));
        CHECK_FALSE(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))
                        ->accountsAction()
                        ->isVisible());
        CHECK(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))
                  ->auditLogAction()
                  ->isVisible()
            == ui::hasAuditViewer());
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("saveCopy"))->isEnabled());
        CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))
                  ->text()
                  .contains(QStringLiteral("Auditor")));
        test::screenshot(&window, QStringLiteral("auditor-window"));
    }
    SECTION("the grid worker")
    {
        ui::MainWindow window;
        REQUIRE(window.openDatabase(path, ui::Credentials { QStringLiteral("wangge"), password }).ok());
        window.show();
        REQUIRE(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
        CHECK(window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget")) == nullptr);
        CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->count() == 1);
        CHECK(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))->isReadOnly());
        CHECK_FALSE(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                        ->addChildAction()
                        ->isVisible());
        CHECK_FALSE(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget"))
                        ->deleteAction()
                        ->isVisible());
        CHECK_FALSE(menuVisible(window, QStringLiteral("&Members")));
        CHECK_FALSE(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))
                        ->accountsAction()
                        ->isVisible());
        CHECK_FALSE(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))
                        ->auditLogAction()
                        ->isVisible());
        CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))
                  ->text()
                  .contains(QStringLiteral("第一网格")));
    }
    SECTION("the administrator, for comparison")
    {
        ui::MainWindow window;
        REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
        CHECK(window.findChild<ui::HierarchyWidget*>(QStringLiteral("hierarchyWidget")));
        CHECK(window.findChild<ui::RosterWidget*>(QStringLiteral("rosterWidget")));
        CHECK(window.findChild<QTabWidget*>(QStringLiteral("featureTabs"))->count() == 4);  // with Assessment
        CHECK(window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))
                  ->accountsAction()
                  ->isVisible());
        CHECK(window.findChild<QAction*>(QStringLiteral("saveCopy"))->isEnabled());
    }
}

TEST_CASE("The accounts dialog adds a community secretary limited to one community", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.redgrid"));
    auto data = test::buildRoster(path, 12);
    storage::Connection& db = *data.h.db;
    ui::AccountsDialog dialog(db);
    dialog.show();
    REQUIRE(dialog.accounts().size() == 1);  // the administrator

    const QString password = QStringLiteral("Shuji-2026-pass");
    QString emptyArea, refused;
    test::onNextModalOf<ui::AddAccountDialog>([&](ui::AddAccountDialog* add) {
        REQUIRE(add);
        add->usernameEdit()->setText(QStringLiteral("liming"));
        add->displayNameEdit()->setText(QStringLiteral("李明"));
        add->roleBox()->setCurrentIndex(add->roleBox()->findData(static_cast<int>(Role::CommunitySecretary)));
        emptyArea = add->areaLabel()->text();
        add->passwordFields()->passwordEdit()->setText(password);
        add->passwordFields()->repeatEdit()->setText(password);
        add->accept();
        refused = add->refusalLabel()->text();  // no area yet
        test::onNextModalOf<ui::NodePickerDialog>([&](ui::NodePickerDialog* picker) {
            REQUIRE(picker);
            REQUIRE(picker->select(data.h.communityA.id));
            picker->accept();
        });
        add->chooseAreaButton()->click();
        CHECK(add->area() == data.h.communityA.id);
        test::screenshot(add, QStringLiteral("add-account"));
        add->accept();
    });
    dialog.addButton()->click();

    CHECK(emptyArea.contains(QStringLiteral("choose a")));
    CHECK(refused.contains(QStringLiteral("area")));
    REQUIRE(dialog.accounts().size() == 2);
    REQUIRE(dialog.selectAccount(QStringLiteral("liming")));
    const QTreeWidgetItem* row = dialog.list()->currentItem();
    CHECK(row->text(ui::AccountsDialog::RoleColumn) == security::Roles::label(Role::CommunitySecretary));
    CHECK(row->text(ui::AccountsDialog::AreaColumn).contains(QStringLiteral("嘉陵一村社区")));
    CHECK(row->text(ui::AccountsDialog::StateColumn) == QStringLiteral("active"));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("liming")));
    test::screenshot(&dialog, QStringLiteral("accounts"));

    // Signed in, the secretary sees the members of the community's organisations only:
    // branch B covers no node of it.
    {
        auto opened = storage::DatabaseFile::open(path);
        REQUIRE(opened.ok());
        auto signedIn = security::SignIn::withPassword(**opened, QStringLiteral("liming"), password);
        REQUIRE(signedIn.ok());
        CHECK((*signedIn)->account().scopeNodeId == data.h.communityA.id);
        CHECK((*signedIn)->role() == Role::CommunitySecretary);
        CHECK(roster::MemberStore(**opened).count() == data.activeCount() - 3);
    }

    // Locked by the administrator, the account cannot sign in; unlocked, it can.
    REQUIRE(dialog.lockCurrent());
    CHECK(dialog.list()
              ->currentItem()
              ->text(ui::AccountsDialog::StateColumn)
              .contains(QStringLiteral("locked")));
    CHECK_FALSE(dialog.lockButton()->isEnabled());
    {
        auto opened = storage::DatabaseFile::open(path);
        REQUIRE(opened.ok());
        auto signedIn = security::SignIn::withPassword(**opened, QStringLiteral("liming"), password);
        REQUIRE_FALSE(signedIn.ok());
        CHECK(signedIn.error().message.contains(QStringLiteral("locked")));
    }
    REQUIRE(dialog.unlockCurrent());

    // The administrator resets the password.
    const QString reset = QStringLiteral("Reset-2026-pass");
    test::onNextModal([&](QWidget* modal) {
        auto* fields = modal->findChild<QLineEdit*>();
        REQUIRE(fields);
        const auto edits = modal->findChildren<QLineEdit*>();
        REQUIRE(edits.size() == 2);
        edits[0]->setText(reset);
        edits[1]->setText(reset);
        qobject_cast<QDialog*>(modal)->accept();
    });
    dialog.resetButton()->click();
    {
        auto opened = storage::DatabaseFile::open(path);
        REQUIRE(opened.ok());
        CHECK(security::SignIn::withPassword(**opened, QStringLiteral("liming"), reset).ok());
    }
    // The administrator's own row offers neither a reset nor a lock.
    REQUIRE(dialog.selectAccount(QStringLiteral("admin")));
    CHECK_FALSE(dialog.lockButton()->isEnabled());
    CHECK_FALSE(dialog.resetButton()->isEnabled());
}

TEST_CASE("A street administrator may not hand out a district administrator's role", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("hierarchy.redgrid"));
    auto h = test::buildHierarchy(path, 3);
    const QString password = QStringLiteral("Street-2026-pass");
    REQUIRE(security::AccountStore(*h.db)
                .add({ QStringLiteral("jiedao"), {}, Role::StreetAdmin, h.huaxinjie.id, password })
                .ok());
    h.db.reset();
    auto opened = storage::DatabaseFile::open(path);
    REQUIRE(opened.ok());
    REQUIRE(security::SignIn::withPassword(**opened, QStringLiteral("jiedao"), password).ok());
    ui::AddAccountDialog add(**opened);
    CHECK(add.roleBox()->findData(static_cast<int>(Role::DistrictAdmin)) < 0);
    CHECK(add.roleBox()->findData(static_cast<int>(Role::CommunitySecretary)) >= 0);
    CHECK(add.roleBox()->findData(static_cast<int>(Role::StreetAdmin)) >= 0);
}
