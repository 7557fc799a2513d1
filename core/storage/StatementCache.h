#pragma once

#include <functional>
#include <string>
#include <string_view>
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

    sqlite3_stmt* take(std::string_view sql);  // nullptr if none is idle
    void giveBack(sqlite3_stmt* stmt);
    void clear();

private:
    // Looked up by the text as it is, without a copy of it (a first import takes and gives
    // back its 800-character INSERT a million times).
    struct SqlHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept
        {
            return std::hash<std::string_view>()(sql);
        }
    };
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>, SqlHash, std::equal_to<>> m_idle;
};

}  // namespace redgrid::storage
