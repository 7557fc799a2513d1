#pragma once

namespace redgrid::storage {

class Connection;

// Switches a connection from its write-ahead log to a rollback journal for one bulk write,
// and back afterwards. In WAL mode every page of a bulk load is written twice (to the log,
// then to the database by the checkpoint); with a rollback journal, pages appended to the
// file are written once and only the few pages that existed before are journalled. A
// crash mid-load is rolled back from the journal either way.
//
// Leaving WAL mode needs the only connection to the file: when another is open (the GUI's
// readers), the connection stays in WAL mode and the write is as safe, only slower.
// Use outside a transaction.
class RollbackJournal
{
public:
    explicit RollbackJournal(Connection& db);
    ~RollbackJournal();  // back to WAL mode
    RollbackJournal(const RollbackJournal&) = delete;
    RollbackJournal& operator=(const RollbackJournal&) = delete;

    bool active() const { return m_active; }

private:
    Connection& m_db;
    bool m_active = false;
};

}  // namespace redgrid::storage
