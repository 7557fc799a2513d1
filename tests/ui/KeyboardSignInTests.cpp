// Signing in and unlocking from the keyboard alone: the keys go where a real keyboard sends
// them (the focus widget of the active window), typed one by one.
#include "UiTestSupport.h"
#include "security/Session.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/security/AccountActions.h"
#include "ui/security/IdleLock.h"
#include "ui/security/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWindow>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// Keys as the keyboard sends them: to the window that has the focus, through the platform's
// path (where a window blocked by a modal dialog gets nothing), to its focus widget.
QWindow* keyboardWindow()
{
    QWindow* window = QGuiApplication::focusWindow();
    REQUIRE(window);
    return window;
}

bool hasFocus(const QWidget* widget)
{
    return QApplication::focusWidget() == widget;
}

void typeOnKeyboard(const QString& text)
{
    for (QChar c : text) {
        REQUIRE(c.unicode() < 128);
        QTest::keyClick(keyboardWindow(), char(c.unicode()));
    }
}

void pressOnKeyboard(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyboardWindow(), key, modifiers);
}

struct SignInFixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    std::unique_ptr<storage::Connection> db;

    SignInFixture()
    {
        test::createJiangbeiDatabase(path).reset();
        auto opened = storage::DatabaseFile::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
};

}  // namespace

TEST_CASE("Sign in from the keyboard: the user name, Tab, the password and Enter", "[ui][security][keyboard]")
{
    SignInFixture f;
    ui::SignInDialog dialog(*f.db, ui::SignInDialog::Mode::SignIn);  // nobody signed in here before
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(hasFocus(dialog.usernameEdit()));

    typeOnKeyboard(test::testAdministrator().username);
    pressOnKeyboard(Qt::Key_Tab);
    CHECK(hasFocus(dialog.passwordEdit()));
    typeOnKeyboard(test::TestPassword);
    pressOnKeyboard(GENERATE(Qt::Key_Return, Qt::Key_Enter));

    CHECK_FALSE(dialog.showsRecovery());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(security::Session::of(*f.db));
    CHECK(security::Session::of(*f.db)->account().username == test::testAdministrator().username);
}

TEST_CASE("Sign in from the keyboard with the last user name filled in: the password and Enter",
    "[ui][security][keyboard]")
{
    SignInFixture f;
    ui::SignInDialog dialog(*f.db, ui::SignInDialog::Mode::SignIn, test::testAdministrator().username);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(hasFocus(dialog.passwordEdit()));
    typeOnKeyboard(QStringLiteral("Wrong-pass-1"));
    pressOnKeyboard(Qt::Key_Return);
    CHECK(dialog.isVisible());  // refused, and the password is asked again
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("wrong")));
    CHECK(hasFocus(dialog.passwordEdit()));

    typeOnKeyboard(test::TestPassword);
    pressOnKeyboard(Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(security::Session::of(*f.db));
}

TEST_CASE("The recovery page is reached by its button, and Enter there sets the password, not signs in",
    "[ui][security][keyboard]")
{
    SignInFixture f;
    ui::SignInDialog dialog(*f.db, ui::SignInDialog::Mode::SignIn);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    typeOnKeyboard(test::testAdministrator().username);
    pressOnKeyboard(Qt::Key_Tab);
    pressOnKeyboard(Qt::Key_Tab);  // past the password to the "forgot password" button
    CHECK(hasFocus(dialog.forgotButton()));
    pressOnKeyboard(GENERATE(Qt::Key_Space, Qt::Key_Return));  // a focused button takes Enter
    CHECK(dialog.showsRecovery());
    CHECK(hasFocus(dialog.recoveryKeyEdit()));
    typeOnKeyboard(QStringLiteral("not a key"));
    pressOnKeyboard(Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.showsRecovery());
    CHECK(dialog.errorLabel()->isVisible());
}

TEST_CASE("Unlock from the keyboard after Ctrl+L: the password and Enter", "[ui][security][keyboard]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    pressOnKeyboard(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked());
    ui::SignInDialog* unlock = window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog();
    REQUIRE(unlock);
    REQUIRE(test::waitUntil([&] { return unlock->isVisible(); }));
    test::processEventsFor(50);

    typeOnKeyboard(test::TestPassword);
    pressOnKeyboard(Qt::Key_Return);
    CHECK(test::waitUntil(
        [&] { return !window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked(); }, 3000));
    CHECK(window.hasDatabase());
}

TEST_CASE("Unlock from the keyboard when the focus stays on the locked window", "[ui][security][keyboard]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.lockNow();
    ui::SignInDialog* unlock = window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->unlockDialog();
    REQUIRE(unlock);
    REQUIRE(test::waitUntil([&] { return unlock->isVisible(); }));
    // A window manager that keeps the focus where it was (or a click on the locked window).
    window.activateWindow();
    test::processEventsFor(50);
    INFO("focus window: " << (QGuiApplication::focusWindow()
                 ? QGuiApplication::focusWindow()->objectName().toStdString()
                 : "none"));

    typeOnKeyboard(test::TestPassword);
    pressOnKeyboard(Qt::Key_Return);
    CHECK(test::waitUntil(
        [&] { return !window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"))->isLocked(); }, 3000));
}

TEST_CASE("The unlock dialog says why RedGrid is locked: idle, or locked by the user", "[ui][security]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("jiangbei.redgrid"));
    test::createJiangbeiDatabase(path).reset();
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path, test::adminCredentials()).ok());
    window.show();
    ui::IdleLock& lock = *window.findChild<ui::IdleLock*>(QStringLiteral("idleLock"));
    const auto unlockWith = [&](const QString& password) {
        REQUIRE(lock.unlockDialog());
        lock.unlockDialog()->passwordEdit()->setText(password);
        lock.unlockDialog()->accept();
        REQUIRE_FALSE(lock.isLocked());
    };

    lock.setIdleTime(std::chrono::milliseconds(200));
    REQUIRE(test::waitUntil([&] { return lock.isLocked(); }));
    REQUIRE(lock.unlockDialog());
    const QString idle = lock.unlockDialog()->introLabel()->text();
    unlockWith(test::TestPassword);
    lock.setIdleTime(std::chrono::minutes(10));

    window.findChild<ui::AccountActions*>(QStringLiteral("accountActions"))
        ->lockAction()
        ->trigger();  // Ctrl+L
    REQUIRE(lock.unlockDialog());
    const QString byUser = lock.unlockDialog()->introLabel()->text();
    unlockWith(test::TestPassword);

    CHECK(idle.contains(QStringLiteral("nobody used it for a while")));
    CHECK(byUser.contains(QStringLiteral("You locked RedGrid")));
    CHECK_FALSE(byUser.contains(QStringLiteral("while")));
    CHECK(byUser.contains(QStringLiteral("admin")));
}
