#include "NodeSummaryLoader.h"

#include "hierarchy/HierarchyStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "ui/common/CoreGuard.h"

#include <QMutexLocker>

namespace redgrid::ui {

NodeSummaryLoader::NodeSummaryLoader(
    QString databasePath, std::shared_ptr<const security::Session> session, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_session(std::move(session))
    , m_workerContext(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("NodeSummaryLoader"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

NodeSummaryLoader::~NodeSummaryLoader()
{
    ++m_generation;  // nothing more starts
    interruptRunningCount();
    m_thread.quit();
    m_thread.wait();
    m_connection.reset();
}

void NodeSummaryLoader::request(const RecordId& id)
{
    const quint64 generation = ++m_generation;
    interruptRunningCount();  // the user has moved on
    QMetaObject::invokeMethod(m_workerContext.get(), [this, id, generation] { work(id, generation); });
}

void NodeSummaryLoader::interruptRunningCount()
{
    QMutexLocker lock(&m_connectionMutex);
    if (m_connection)
        m_connection->interrupt();  // the one call that is safe from this thread
}

void NodeSummaryLoader::work(const RecordId& id, quint64 generation)
{
    if (generation != m_generation.load())
        return;  // the user has moved on
    NodeSummary summary;
    summary.id = id;
    const auto failure = coreGuard(m_databasePath, [&] {
        if (!m_connection) {
            auto connection = storage::DatabaseFile::openReader(m_databasePath);
            security::attachSession(*connection, m_session);
            QMutexLocker lock(&m_connectionMutex);
            m_connection = std::move(connection);
        }
        hierarchy::HierarchyStore store(*m_connection);
        summary.below = store.countBelow(id);
        summary.households = store.householdsBelow(id);
    });
    QMetaObject::invokeMethod(
        this,
        [this, summary, failure, generation] {
            if (generation != m_generation.load())
                return;
            if (failure)
                emit failed(failure->toString());
            else
                emit loaded(summary);
        },
        Qt::QueuedConnection);
}

}  // namespace redgrid::ui
