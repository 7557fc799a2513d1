#pragma once

#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3_stmt;

namespace redgrid::storage {

// Keeps prepared statements of a connection by their SQL text, so hot queries are
// compiled once. A statement is lent out (removed from the cache) while in use, so
// the same SQL can be used re-entrantly: a second borrower gets a fresh statement.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    sqlite3_stmt* take(const std::string& sql);  // nullptr if none is idle
    void giveBack(sqlite3_stmt* stmt);
    void clear();

private:
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> m_idle;
};

}  // namespace redgrid::storage
