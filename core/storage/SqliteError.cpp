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

}  // namespace redgrid::storage
