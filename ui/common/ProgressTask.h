#pragma once

#include "common/Result.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// Runs one long piece of core work (a demo database, a copy of the file) on a worker
// thread behind a modal progress dialog, so the window keeps painting. The work must not
// touch widgets nor the GUI's own connection: core's long jobs open their own.
class ProgressTask
{
public:
    // Shared between the work and the dialog; every member is safe to call from either.
    class Monitor
    {
    public:
        void setProgress(int done, int total);
        void setStep(const QString& step);
        bool cancelRequested() const { return m_cancel.load(); }

    private:
        friend class ProgressTask;
        std::atomic<int> m_done { 0 };
        std::atomic<int> m_total { 0 };
        std::atomic<bool> m_cancel { false };
        mutable QMutex m_mutex;
        QString m_step;
        std::function<void()> m_pump;  // runHere: repaints the dialog, reads its Cancel
    };

    using Work = std::function<Status(Monitor&)>;
    enum class Cancel { Allowed, NotAllowed };

    // Returns when the work has finished (or stopped after Cancel), with its outcome.
    static Status run(
        QWidget* parent, const QString& title, const QString& label, Cancel cancel, const Work& work);

    // The same on the calling (GUI) thread, for work that must stay there: Qt Charts lays out
    // its text with one item shared by the whole program (ChartPresenter's static
    // QGraphicsTextItem), so charts drawn on a worker thread and on the screen crash. The dialog
    // is repainted and its Cancel read each time the work reports progress.
    static Status runHere(
        QWidget* parent, const QString& title, const QString& label, Cancel cancel, const Work& work);

    // The same for work on the window's database: the work gets a connection of its own
    // to the same file, signed in as `window` is.
    using DatabaseWork = std::function<Status(storage::Connection&, Monitor&)>;
    static Status runOnDatabase(QWidget* parent, const QString& title, const QString& label,
        const storage::Connection& window, const DatabaseWork& work, Cancel cancel = Cancel::Allowed);
};

}  // namespace redgrid::ui
