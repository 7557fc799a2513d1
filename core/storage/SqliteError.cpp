#include "SqliteError.h"

#include <sqlite3.h>

namespace redgrid::storage {

SqliteError::SqliteError(int code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_code(code & 0xFF)
    , m_extendedCode(code)
    , m_message(message)
{
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
