#pragma once

#include "hierarchy/HierarchyNode.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace redgrid::security {
class Session;
}

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// What lies below a node, for the details pane.
struct NodeSummary
{
    RecordId id;
    hierarchy::LevelCounts below;
    qint64 households = 0;
};

// Reads NodeSummary off the GUI thread. Over a whole district these counts walk the
// entire table (about a second for 126,000 nodes), so they run on a worker thread with a
// read-only connection of its own; a newer request (or closing) interrupts the running
// count, and only the latest request is answered. The worker's connection carries the
// session of the window's connection: core reads nothing without one.
class NodeSummaryLoader : public QObject
{
    Q_OBJECT

public:
    NodeSummaryLoader(
        QString databasePath, std::shared_ptr<const security::Session> session, QObject* parent = nullptr);
    ~NodeSummaryLoader() override;

    // Asks for the summary of `id`; any earlier request still unanswered is dropped.
    void request(const RecordId& id);

signals:
    void loaded(const redgrid::ui::NodeSummary& summary);
    void failed(const QString& message);

private:
    void work(const RecordId& id, quint64 generation);  // on the worker thread
    void interruptRunningCount();

    QString m_databasePath;
    std::shared_ptr<const security::Session> m_session;
    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext;  // lives in m_thread
    QMutex m_connectionMutex;  // guards creating m_connection against interrupting it
    std::unique_ptr<storage::Connection> m_connection;  // used only on m_thread
    std::atomic<quint64> m_generation { 0 };
};

}  // namespace redgrid::ui
