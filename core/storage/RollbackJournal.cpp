#include "RollbackJournal.h"

#include "Connection.h"
#include "DatabaseFile.h"
#include "SqliteError.h"

namespace redgrid::storage {
namespace {

bool setJournalMode(Connection& db, const char* sql, const char* expected)
{
    try {
        Statement st = db.prepare(sql);
        return st.step() && st.text(0) == QLatin1String(expected);
    } catch (const SqliteError&) {
        return false;  // another connection holds the file: the mode stays as it was
    }
}

}  // namespace

RollbackJournal::RollbackJournal(Connection& db)
    : m_db(db)
{
    if (db.inTransaction() || db.isReadOnly())
        return;
    // Do not wait for other connections to go: when there are any, WAL mode stays.
    db.setBusyTimeout(0);
    m_active = setJournalMode(db, "PRAGMA journal_mode = DELETE", "delete");
    db.setBusyTimeout(DatabaseFile::BusyTimeoutMs);
}

RollbackJournal::~RollbackJournal()
{
    if (m_active)
        setJournalMode(m_db, "PRAGMA journal_mode = WAL", "wal");
}

}  // namespace redgrid::storage
