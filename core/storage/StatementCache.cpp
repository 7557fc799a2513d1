#include "StatementCache.h"

#include <sqlite3.h>

namespace redgrid::storage {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(const std::string& sql)
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
    m_idle[sqlite3_sql(stmt)].push_back(stmt);
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
