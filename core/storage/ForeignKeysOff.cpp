#include "ForeignKeysOff.h"

#include "Connection.h"

#include <QtGlobal>

#include <exception>

namespace redgrid::storage {

ForeignKeysOff::ForeignKeysOff(Connection& db)
    : m_db(db)
{
    if (db.inTransaction() || db.pragmaInt("foreign_keys") == 0)
        return;
    db.exec("PRAGMA foreign_keys = OFF");
    m_active = true;
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (!m_active)
        return;
    // A destructor must not throw; outside a transaction this does not fail.
    try {
        m_db.exec("PRAGMA foreign_keys = ON");
    } catch (const std::exception& e) {
        qWarning("foreign keys could not be switched back on: %s", e.what());
    }
}

}  // namespace redgrid::storage
