#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class LockScreen;
class SignInDialog;

// Locks RedGrid when nobody has used it for a while (等保2.0: session timeout). Watches the
// application's keyboard and mouse input; after the idle time it masks every unmasked value
// on screen (UnmaskedValues), covers every window with a LockScreen and asks for the same
// user's password (SignInDialog in unlock mode, checked on a connection of its own so the
// window's connection and its open queries are left alone). Dialogs left open stay open,
// under their cover, with their edits.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    // QSettings key of the idle time in minutes; 0 turns the lock off.
    static const QString MinutesKey;
    static constexpr int DefaultMinutes = 10;
    static int configuredMinutes();
    static void setConfiguredMinutes(int minutes);

    IdleLock(QString databasePath, QString username, std::chrono::milliseconds idleTime,
        QObject* parent = nullptr);
    ~IdleLock() override;

    std::chrono::milliseconds idleTime() const { return m_idleTime; }
    void setIdleTime(std::chrono::milliseconds idleTime);  // zero: never locks by itself

    bool isLocked() const { return m_locked; }
    void lock();  // now, by the user (Account › Lock Now)

    SignInDialog* unlockDialog() const;
    const QList<QPointer<LockScreen>>& lockScreens() const { return m_screens; }

signals:
    void locked();
    void unlocked();
    void quitRequested();  // the user chose to quit rather than unlock

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Cause { Idle, User };
    void checkIdle();
    void lockFor(Cause cause);
    void askForPassword(Cause cause);
    void focusUnlockDialog();
    void unlock();

    QString m_databasePath;
    QString m_username;
    std::chrono::milliseconds m_idleTime;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    bool m_locked = false;
    QList<QPointer<LockScreen>> m_screens;
    std::unique_ptr<storage::Connection> m_unlockConnection;
    QPointer<SignInDialog> m_dialog;
};

}  // namespace redgrid::ui
