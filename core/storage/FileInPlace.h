#pragma once

#include <QCoreApplication>
#include <QString>

namespace redgrid::storage {

class Connection;

// Whether a database file is still where it was opened. On Linux a file can be moved,
// renamed or deleted while a program has it open, and SQLite in WAL mode does not notice
// (its SQLITE_READONLY_DBMOVED check covers rollback journals only): it goes on appending to
// a log named after the old path, which the file at its new place never reads, and the
// changes made to a deleted file vanish when it is closed (issue 24 §4). So the outermost
// Transaction asks first, and a file that has gone takes no more changes.
class FileInPlace
{
    Q_DECLARE_TR_FUNCTIONS(FileInPlace)

public:
    // Which file a path names: its device and inode (known only on POSIX systems; Windows
    // does not let an open database be moved or deleted).
    struct Identity
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool known = false;
        bool operator==(const Identity&) const = default;
    };
    static Identity of(const QString& path);

    // Throws SqliteError(SQLITE_READONLY_DBMOVED) when the connection's file is no longer at
    // its path, after moving its log into the file (so a moved file holds everything saved)
    // and refusing every later write with the same words.
    static void require(Connection& connection);
    static QString goneMessage(const QString& path);
    // After the connection to a file that has gone is closed: SQLite leaves its -wal and
    // -shm at the old path when the file moved (it will not delete a log whose database it
    // cannot find). They are removed when nothing is at the old path any more and the log is
    // empty (require() moved it into the file); a file put in its place keeps its own.
    static void tidyAfterClose(const QString& path, const Identity& opened);
};

}  // namespace redgrid::storage
