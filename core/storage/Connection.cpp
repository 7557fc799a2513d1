#include "Connection.h"

#include "OutputPath.h"
#include "SqliteError.h"

#include <QUrl>

#include <sqlite3.h>

#include <mutex>

namespace redgrid::storage {
namespace {

// SQLite counts the memory it holds by default, which takes a process-wide lock on every
// allocation: on a million-row import, many million locks that contend with a second
// thread's. RedGrid never asks for the figures. (Possible only before SQLite is first used.)
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

std::unique_ptr<Connection> Connection::open(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;  // see the class comment
    QByteArray name = path.toUtf8();
    switch (mode) {
    case OpenMode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    configureSqliteOnce();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message
            = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Connection>(new Connection(db, path, mode));
}

std::unique_ptr<Connection> Connection::openInMemory()
{
    return open(QStringLiteral(":memory:"), OpenMode::ReadWriteCreate);
}

Connection::Connection(sqlite3* db, QString path, OpenMode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_openMode(mode)
    , m_fileIdentity(FileInPlace::of(m_path))
{
    OutputPath::databaseOpened(m_path);
}

Connection::~Connection()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
    FileInPlace::tidyAfterClose(m_path, m_fileIdentity);
    OutputPath::databaseClosed(m_path);
}

void Connection::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        throw SqliteError::of(m_db, rc, text);
    }
}

void Connection::exec(const QString& sql)
{
    exec(sql.toUtf8().constData());
}

Statement Connection::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(
            rc, QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") + QString::fromUtf8(sql));
    return Statement(m_db, stmt, nullptr);
}

Statement Connection::cached(const char* sql)
{
    if (sqlite3_stmt* stmt = m_cache.take(sql))
        return Statement(m_db, stmt, &m_cache);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(
            rc, QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") + QString::fromUtf8(sql));
    return Statement(m_db, stmt, &m_cache);
}

int Connection::pragmaInt(const char* pragma)
{
    Statement st = prepare((QByteArrayLiteral("PRAGMA ") + pragma).constData());
    return st.step() ? st.integer(0) : 0;
}

void Connection::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

void Connection::interrupt()
{
    sqlite3_interrupt(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Connection::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

}  // namespace redgrid::storage
