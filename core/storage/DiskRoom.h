#pragma once

#include <QCoreApplication>
#include <QString>

namespace redgrid::storage {

class Connection;

// Whether the disk holding a database has room for what a transaction is about to commit.
// In WAL mode a commit only appends to the log; the pages reach the database file later, at
// a checkpoint, and a checkpoint that finds the disk full fails without a word, leaving a log
// that grows at every later write (issue 24 §2: an import that filled the disk reported
// success, then every sign-in failed). So the outermost Transaction measures how many pages
// the file grew by and refuses to commit, rolling everything back, when the disk could not
// take them twice (once in the log, once in the file) with a margin.
class DiskRoom
{
    Q_DECLARE_TR_FUNCTIONS(DiskRoom)

public:
    static constexpr qint64 MarginBytes = 1 << 20;

    // The pages the file has now (in this transaction's view).
    static qint64 pageCount(Connection& connection);
    // Throws SqliteError(SQLITE_FULL) naming the file when `grownPages` more pages do not fit.
    static void requireRoom(Connection& connection, qint64 grownPages);
    // The sentence said when the disk is full; `path` is the database.
    static QString fullMessage(const QString& path);
    // The same, for a write SQLite itself refused as the disk filled up (rolled back).
    static QString nothingChanged(const QString& path);
    // Why a database on a full disk was opened for reading only.
    static QString readOnlyReason(const QString& path);
    // Whether the disk holding `path` has no room left for SQLite's files.
    static bool isFull(const QString& path);
};

}  // namespace redgrid::storage
