#pragma once

#include "common/RecordId.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace redgrid::storage {

class StatementCache;

// A prepared statement with typed binding and typed column access. Move-only.
// Indices of bind() are 1-based (as in SQLite); those of column getters 0-based.
// A statement taken from the connection's cache goes back to it, reset, when destroyed.
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt, StatementCache* cache = nullptr);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    // Text and blobs always bind as values (a null QString as ''); NULL is bound only by
    // nullptr, an empty std::optional or the null RecordId, so it is never an accident.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, const RecordId& id);  // the null id binds NULL
    template<class T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Text (UTF-8) or a blob that SQLite reads in place, without a copy: the bytes must stay
    // alive and unchanged until the statement has run (BoundValues).
    enum class Type { Text, Blob };
    Statement& bindUnowned(int index, Type type, QByteArrayView bytes);

    // Binds the arguments to parameters 1..N in order.
    template<class... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    bool step();  // true while a row is available; throws SqliteError on failure
    void run();  // steps to completion, for statements that return no rows
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    RecordId id(int column) const;
    std::optional<int> optionalInt(int column) const;
    int columnCount() const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    void check(int rc) const;
    void release() noexcept;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    StatementCache* m_cache = nullptr;
};

}  // namespace redgrid::storage
