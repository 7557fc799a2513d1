#include "CommandFailure.h"

#include "storage/SqliteError.h"

#include <QDir>

#include <sqlite3.h>

namespace redgrid::cli {
namespace {

// SQLite's own words, on one line and without the statement a prepare failed on (the
// storage wrapper appends " in: SQL"), which says nothing to a user.
QString sqliteWords(const storage::SqliteError& error)
{
    QString words = error.message();
    if (const qsizetype statement = words.indexOf(QLatin1String(" in: ")); statement >= 0)
        words.truncate(statement);
    return words.simplified();
}

Error failure(const QString& file, const QString& reason)
{
    return Error::inFile(
        file.isEmpty() ? QStringLiteral("redgrid-cli") : QDir::toNativeSeparators(file), reason.simplified());
}

}  // namespace

Error CommandFailure::of(const storage::SqliteError& error, const QString& file)
{
    if (error.isBusy())
        return failure(file, tr("the database is locked by another program; close it there and try again"));
    const QString words = sqliteWords(error);
    switch (error.code()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return failure(file, tr("the database file is damaged (%1); restore it from a copy").arg(words));
    case SQLITE_FULL:
        return failure(file, tr("the disk is full (%1)").arg(words));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return failure(file, tr("the database file cannot be read or written (%1)").arg(words));
    case SQLITE_READONLY:
        return failure(file, tr("the database file cannot be written (%1)").arg(words));
    default:
        return failure(file, tr("the database failed: %1").arg(words));
    }
}

Error CommandFailure::of(const std::exception& error, const QString& file)
{
    return failure(
        file, tr("the command stopped on an internal error: %1").arg(QString::fromLocal8Bit(error.what())));
}

Error CommandFailure::unknown(const QString& file)
{
    return failure(file, tr("the command stopped on an unknown internal error"));
}

}  // namespace redgrid::cli
