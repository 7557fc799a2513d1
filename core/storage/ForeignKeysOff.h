#pragma once

namespace redgrid::storage {

class Connection;

// Foreign keys unenforced for a while, for writes that prove their references another way
// (a migration rebuilding a referenced table, a first import checking its rows at the end).
// SQLite ignores the pragma inside a transaction: create this before the transaction.
// Restores enforcement when it goes out of scope; does nothing if they were already off.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Connection& db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    bool active() const { return m_active; }

private:
    Connection& m_db;
    bool m_active = false;
};

}  // namespace redgrid::storage
