#include "ProgressTask.h"

#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "storage/SqliteError.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace redgrid::ui {
namespace {

// The dialog appears only for work that takes longer than this, so quick jobs do not flash.
constexpr int ShowAfterMs = 300;
constexpr int RefreshMs = 50;

}  // namespace

void ProgressTask::Monitor::setProgress(int done, int total)
{
    m_total.store(total);
    m_done.store(done);
    if (m_pump)
        m_pump();
}

void ProgressTask::Monitor::setStep(const QString& step)
{
    {
        QMutexLocker lock(&m_mutex);
        m_step = step;
    }
    if (m_pump)
        m_pump();
}

Status ProgressTask::run(
    QWidget* parent, const QString& title, const QString& label, Cancel cancel, const Work& work)
{
    Monitor monitor;
    Status outcome;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            outcome = work(monitor);
        } catch (const storage::SqliteError& e) {
            outcome = Error::plain(e.message());
        }
    }));

    QProgressDialog dialog(label,
        cancel == Cancel::Allowed ? QCoreApplication::translate("ProgressTask", "Cancel") : QString(), 0, 0,
        parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(24 * 3600 * 1000);  // shown by the timer below instead
    dialog.setMinimumWidth(420);
    if (cancel == Cancel::NotAllowed)
        dialog.setCancelButton(nullptr);

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        if (cancel == Cancel::NotAllowed) {
            dialog.show();  // closed with Esc or the window's button: the work goes on
            return;
        }
        monitor.m_cancel.store(true);
        dialog.setLabelText(QCoreApplication::translate("ProgressTask", "Cancelling…"));
        dialog.show();
    });
    QTimer showTimer;
    showTimer.setSingleShot(true);
    QObject::connect(&showTimer, &QTimer::timeout, &dialog, &QProgressDialog::show);
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &dialog, [&] {
        const int total = monitor.m_total.load();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(std::min(monitor.m_done.load(), total));
        QMutexLocker lock(&monitor.m_mutex);
        if (!monitor.m_step.isEmpty() && !monitor.m_cancel.load()) {
            dialog.setLabelText(monitor.m_step);
            monitor.m_step.clear();
        }
    });

    thread->start();
    showTimer.start(ShowAfterMs);
    refresh.start(RefreshMs);
    if (!thread->isFinished())
        loop.exec(QEventLoop::DialogExec);
    thread->wait();
    return outcome;
}

Status ProgressTask::runHere(
    QWidget* parent, const QString& title, const QString& label, Cancel cancel, const Work& work)
{
    Monitor monitor;
    QProgressDialog dialog(label,
        cancel == Cancel::Allowed ? QCoreApplication::translate("ProgressTask", "Cancel") : QString(), 0, 0,
        parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(ShowAfterMs);
    dialog.setMinimumWidth(420);
    if (cancel == Cancel::NotAllowed)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        if (cancel == Cancel::NotAllowed)
            return;
        monitor.m_cancel.store(true);
        dialog.setLabelText(QCoreApplication::translate("ProgressTask", "Cancelling…"));
    });
    monitor.m_pump = [&] {
        const int total = monitor.m_total.load();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(std::min(monitor.m_done.load(), total));  // shows it after ShowAfterMs
        {
            QMutexLocker lock(&monitor.m_mutex);
            if (!monitor.m_step.isEmpty() && !monitor.m_cancel.load()) {
                dialog.setLabelText(monitor.m_step);
                monitor.m_step.clear();
            }
        }
        QCoreApplication::processEvents();
    };
    try {
        return work(monitor);
    } catch (const storage::SqliteError& e) {
        return Error::plain(e.message());
    }
}

Status ProgressTask::runOnDatabase(QWidget* parent, const QString& title, const QString& label,
    const storage::Connection& window, const DatabaseWork& work, Cancel cancel)
{
    const std::shared_ptr<const security::Session> session = security::Session::shared(window);
    return run(parent, title, label, cancel, [&](Monitor& monitor) -> Status {
        auto db = storage::DatabaseFile::openAnother(window);
        if (!db)
            return db.error();
        security::attachSession(**db, session);
        return work(**db, monitor);
    });
}

}  // namespace redgrid::ui
