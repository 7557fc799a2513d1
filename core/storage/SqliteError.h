#pragma once

#include <QString>

#include <stdexcept>

struct sqlite3;

namespace redgrid::storage {

// Thrown by the storage wrapper when SQLite reports an error. It never leaves core:
// services catch it at their boundary (after the Transaction guard has rolled back)
// and turn it into an Error for the user.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString& message);
    // What SQLite said on `db` about `code`, except that a full disk (SQLITE_FULL, also
    // max_page_count reached) is said in words that name the database (DiskRoom).
    static SqliteError of(sqlite3* db, int code, const QString& sqliteWords);

    int code() const { return m_code; }  // primary result code, e.g. SQLITE_BUSY
    int extendedCode() const { return m_extendedCode; }
    QString message() const { return m_message; }
    bool isBusy() const;  // SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock
    bool isConstraint() const;
    bool isDiskFull() const;  // SQLITE_FULL: the disk (or max_page_count) has no room
    bool isRefusedWrite() const;  // SQLITE_READONLY: the file or the connection takes no writes
    bool isDamage() const;  // SQLITE_CORRUPT or SQLITE_NOTADB found in a file we opened

    void setExtendedCode(int code) { m_extendedCode = code; }

private:
    int m_code;
    int m_extendedCode;
    QString m_message;
};

}  // namespace redgrid::storage
