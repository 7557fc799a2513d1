#include "Transaction.h"

#include "Connection.h"
#include "DiskRoom.h"
#include "FileInPlace.h"
#include "SqliteError.h"

#include <QByteArray>

namespace redgrid::storage {

namespace {
QByteArray savepointName(int depth)
{
    return QByteArrayLiteral("sp_") + QByteArray::number(depth);
}
}  // namespace

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
    , m_depth(connection.savepointDepth())
{
    if (!connection.writesRefused().isEmpty())
        throw SqliteError(8 /* SQLITE_READONLY */, connection.writesRefused());
    if (m_depth == 0) {
        FileInPlace::require(m_connection);
        m_connection.exec("BEGIN IMMEDIATE");
        try {
            m_pagesAtBegin = DiskRoom::pageCount(m_connection);
        } catch (...) {
            m_connection.exec("ROLLBACK");
            throw;
        }
    } else
        m_connection.exec((QByteArrayLiteral("SAVEPOINT ") + savepointName(m_depth)).constData());
    ++m_connection.savepointDepth();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_connection.savepointDepth();
    try {
        if (m_depth == 0) {
            m_connection.exec("ROLLBACK");
        } else {
            const QByteArray name = savepointName(m_depth);
            m_connection.exec(("ROLLBACK TO " + name).constData());
            m_connection.exec(("RELEASE " + name).constData());
        }
    } catch (...) {
        // A failed rollback leaves SQLite to roll back when the connection closes;
        // a destructor must not throw.
    }
}

void Transaction::commit()
{
    if (m_depth == 0) {
        DiskRoom::requireRoom(m_connection, DiskRoom::pageCount(m_connection) - m_pagesAtBegin);
        m_connection.exec("COMMIT");
    } else
        m_connection.exec((QByteArrayLiteral("RELEASE ") + savepointName(m_depth)).constData());
    --m_connection.savepointDepth();
    m_done = true;
}

}  // namespace redgrid::storage
