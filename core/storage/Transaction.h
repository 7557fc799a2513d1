#pragma once

namespace redgrid::storage {

class Connection;

// Scope guard for one all-or-nothing write. The outermost guard begins an IMMEDIATE
// transaction (taking the write lock up front, so a busy database fails before any work);
// guards nested inside it become savepoints. Anything not committed when the guard goes
// out of scope - an early return or an exception - is rolled back.
// Nothing begins on a connection that refuses writes (Connection::writesRefused), and the
// outermost commit first checks that the disk has room for it (DiskRoom).
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& m_connection;
    int m_depth;  // 0 for the outermost transaction, n for savepoint sp_n
    long long m_pagesAtBegin = 0;  // the outermost transaction's file size, in pages
    bool m_done = false;
};

}  // namespace redgrid::storage
