#include "SqliteError.h"

#include "DiskRoom.h"

#include <sqlite3.h>

namespace redgrid::storage {

SqliteError::SqliteError(int code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_code(code & 0xFF)
    , m_extendedCode(code)
    , m_message(message)
{
}

SqliteError SqliteError::of(sqlite3* db, int code, const QString& sqliteWords)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if ((code & 0xFF) == SQLITE_FULL && file && *file)
        return SqliteError(code, DiskRoom::nothingChanged(QString::fromUtf8(file)));
    return SqliteError(code, sqliteWords);
}

bool SqliteError::isBusy() const
{
    return m_code == SQLITE_BUSY || m_code == SQLITE_LOCKED;
}

bool SqliteError::isConstraint() const
{
    return m_code == SQLITE_CONSTRAINT;
}

bool SqliteError::isDiskFull() const
{
    return m_code == SQLITE_FULL;
}

bool SqliteError::isRefusedWrite() const
{
    return m_code == SQLITE_READONLY;
}

bool SqliteError::isDamage() const
{
    return m_code == SQLITE_CORRUPT || m_code == SQLITE_NOTADB;
}

}  // namespace redgrid::storage
