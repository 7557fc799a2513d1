#include "IdleLock.h"

#include "LockScreen.h"
#include "SignInDialog.h"
#include "UnmaskedValues.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>
#include <QToolTip>
#include <QWidget>

namespace redgrid::ui {

const QString IdleLock::MinutesKey = QStringLiteral("security/idleMinutes");

int IdleLock::configuredMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(MinutesKey, DefaultMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultMinutes;
}

void IdleLock::setConfiguredMinutes(int minutes)
{
    QSettings().setValue(MinutesKey, std::max(0, minutes));
}

IdleLock::IdleLock(
    QString databasePath, QString username, std::chrono::milliseconds idleTime, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_username(std::move(username))
    , m_idleTime(idleTime)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    qApp->installEventFilter(this);
    setIdleTime(idleTime);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    for (const QPointer<LockScreen>& screen : std::as_const(m_screens))
        delete screen.data();
    delete m_dialog.data();  // before the connection it signs in on
}

SignInDialog* IdleLock::unlockDialog() const
{
    return m_dialog.data();
}

void IdleLock::setIdleTime(std::chrono::milliseconds idleTime)
{
    m_idleTime = idleTime;
    m_sinceInput.start();
    if (m_idleTime.count() > 0 && !m_locked)
        m_timer.start(m_idleTime);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Only a time stamp: the timer looks at it when it fires.
        m_sinceInput.start();
        break;
    case QEvent::WindowActivate:
        // A locked window that gets the focus (the window manager kept it there, or the user
        // clicked it) would swallow the password typed: the dialog takes the focus instead.
        if (m_locked && m_dialog && watched != m_dialog.data() && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->isWindow())
            QMetaObject::invokeMethod(this, &IdleLock::focusUnlockDialog, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::checkIdle()
{
    if (m_locked || m_idleTime.count() <= 0)
        return;
    const qint64 idleFor = m_sinceInput.elapsed();
    if (idleFor < m_idleTime.count()) {
        m_timer.start(std::chrono::milliseconds(m_idleTime.count() - idleFor));
        return;
    }
    lockFor(Cause::Idle);
}

void IdleLock::lock()
{
    lockFor(Cause::User);
}

void IdleLock::lockFor(Cause cause)
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer.stop();
    UnmaskedValues::maskEverywhere();
    QToolTip::hideText();
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    const QString databaseName = QFileInfo(m_databasePath).fileName();
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && window->windowType() != Qt::Popup && window->windowType() != Qt::ToolTip)
            m_screens.append(new LockScreen(window, m_username, databaseName));
    }
    emit locked();
    askForPassword(cause);
}

void IdleLock::askForPassword(Cause cause)
{
    auto opened = storage::DatabaseFile::open(m_databasePath);
    m_unlockConnection = opened ? std::move(opened).value() : nullptr;
    if (!m_unlockConnection) {
        // The file is gone or unreadable: nobody can unlock, so nothing stays on screen.
        emit quitRequested();
        return;
    }
    QWidget* parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                        : QApplication::activeWindow();
    m_dialog = new SignInDialog(*m_unlockConnection, SignInDialog::Mode::Unlock, m_username, parent);
    m_dialog->setLockedByUser(cause == Cause::User);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            unlock();
        else if (result == SignInDialog::Quit)
            emit quitRequested();
    });
    m_dialog->open();
    focusUnlockDialog();
}

void IdleLock::focusUnlockDialog()
{
    if (!m_dialog || !m_dialog->isVisible())
        return;
    m_dialog->raise();
    m_dialog->activateWindow();
}

void IdleLock::unlock()
{
    for (const QPointer<LockScreen>& screen : std::as_const(m_screens))
        delete screen.data();
    m_screens.clear();
    m_dialog = nullptr;  // deletes itself once closed
    // The connection it signed in on goes after it, once the dialog has finished closing.
    std::shared_ptr<storage::Connection> connection(std::move(m_unlockConnection));
    QMetaObject::invokeMethod(
        this, [connection]() mutable { connection.reset(); }, Qt::QueuedConnection);
    m_locked = false;
    m_sinceInput.start();
    if (m_idleTime.count() > 0)
        m_timer.start(m_idleTime);
    emit unlocked();
}

}  // namespace redgrid::ui
