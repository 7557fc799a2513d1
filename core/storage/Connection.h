#pragma once

#include "FileInPlace.h"
#include "Statement.h"
#include "StatementCache.h"

#include <QString>
#include <QStringList>

#include <any>
#include <memory>

struct sqlite3;

namespace redgrid::storage {

// Owns one sqlite3 connection. The only place in RedGrid that opens a SQLite handle;
// services borrow a Connection& and run their own SQL through it.
// Errors are thrown as SqliteError. One thread uses a connection at a time: it is opened
// without SQLite's own lock (SQLITE_OPEN_NOMUTEX, which costs a first import 4 % for the
// million lock round trips of its bindings), so work on another thread opens its own
// connection (ui/common/ProgressTask's users), or shares one under a lock of its own
// (importexport/MemberRowPipeline). interrupt() alone may be called from another thread.
class Connection
{
public:
    // Immutable: read-only, and SQLite takes no lock and makes no -shm or -wal file beside it
    // (a database on a full disk; only when no other program can write to it).
    enum class OpenMode { ReadOnly, ReadWrite, ReadWriteCreate, Immutable };

    static std::unique_ptr<Connection> open(const QString& path, OpenMode mode);
    static std::unique_ptr<Connection> openInMemory();
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QString path() const { return m_path; }
    OpenMode openMode() const { return m_openMode; }
    // The file the path named when it was opened (FileInPlace: moved or deleted since?).
    FileInPlace::Identity fileIdentity() const { return m_fileIdentity; }
    sqlite3* handle() const { return m_db; }

    void exec(const char* sql);  // one or more statements, no results
    void exec(const QString& sql);
    Statement prepare(const char* sql);  // compiled for one use
    Statement cached(const char* sql);  // compiled once per connection, reused

    // The first column of the first row as an integer; `fallback` if there is no row.
    template<class... Args>
    qint64 scalar(const char* sql, const Args&... args)
    {
        Statement st = cached(sql);
        st.bindAll(args...);
        return st.step() ? st.int64(0) : 0;
    }
    int pragmaInt(const char* pragma);  // e.g. pragmaInt("user_version")

    void setBusyTimeout(int milliseconds);
    // Makes the statement running on this connection fail soon with SQLITE_INTERRUPT.
    // The one call that is safe from another thread while the connection is in use.
    void interrupt();
    bool inTransaction() const;
    bool isReadOnly() const;
    int changes() const;

    // Why nothing may be written through this connection (a damaged file opened for reading,
    // a full disk), said whole to whoever tries: every Transaction is refused with it.
    // Empty while writing is allowed.
    QString writesRefused() const { return m_writesRefused; }
    void refuseWrites(const QString& reason) { m_writesRefused = reason; }
    // The file failed SQLite's check when it was opened: what was found, a sentence each.
    QStringList damage() const { return m_damage; }
    void setDamage(const QStringList& damage) { m_damage = damage; }

    // What the layer above keeps with this connection while it is open, in a type of its
    // own: security keeps who is signed in here (security::attachSession, Session::of).
    // Storage never looks inside; the connection only holds it and gives it back.
    const std::any& attachment() const { return m_attachment; }
    void setAttachment(std::any attachment) { m_attachment = std::move(attachment); }

private:
    Connection(sqlite3* db, QString path, OpenMode mode);
    friend class Transaction;
    int& savepointDepth() { return m_savepointDepth; }

    sqlite3* m_db = nullptr;
    QString m_path;
    OpenMode m_openMode;
    FileInPlace::Identity m_fileIdentity;
    StatementCache m_cache;
    int m_savepointDepth = 0;
    std::any m_attachment;
    QString m_writesRefused;
    QStringList m_damage;
};

QString sqliteLibraryVersion();

}  // namespace redgrid::storage
