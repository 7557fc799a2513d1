#include "StatementCache.h"

#include <sqlite3.h>

namespace redgrid::storage {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(std::string_view sql)
{
    auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->second.empty())
        return nullptr;
    sqlite3_stmt* stmt = it->second.back();
    it->second.pop_back();
    return stmt;
}

void StatementCache::giveBack(sqlite3_stmt* stmt)
{
    const std::string_view sql(sqlite3_sql(stmt));
    auto it = m_idle.find(sql);
    if (it == m_idle.end())
        it = m_idle.emplace(std::string(sql), std::vector<sqlite3_stmt*>()).first;
    it->second.push_back(stmt);
}

void StatementCache::clear()
{
    for (auto& [sql, statements] : m_idle) {
        for (sqlite3_stmt* stmt : statements)
            sqlite3_finalize(stmt);
    }
    m_idle.clear();
}

}  // namespace redgrid::storage
