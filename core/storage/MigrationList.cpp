#include "MigrationList.h"

#include "Connection.h"
#include "ForeignKeysOff.h"
#include "SqliteError.h"
#include "Transaction.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace redgrid::storage {

void MigrationList::add(const Migration& migration)
{
    if (migration.version < 1)
        throw std::logic_error("schema migrations are numbered from 1");
    const auto before = [](const Migration& a, const Migration& b) {
        return a.version != b.version ? a.version < b.version : a.part < b.part;
    };
    const auto at = std::lower_bound(m_migrations.begin(), m_migrations.end(), migration, before);
    if (at != m_migrations.end() && at->version == migration.version && at->part == migration.part)
        throw std::logic_error("schema migration " + std::to_string(migration.version) + " (part "
            + std::to_string(migration.part) + ") is registered twice: by " + at->domain + " and by "
            + migration.domain + "; give the newer one a version of its own");
    m_migrations.insert(at, migration);
}

int MigrationList::latestVersion() const
{
    if (m_migrations.empty())
        throw std::logic_error("no schema migrations are registered: call redgrid::registerCoreModules() "
                               "at start-up, before any database is opened");
    int expected = 1;
    for (const Migration& migration : m_migrations) {
        if (migration.version > expected)
            throw std::logic_error("schema migration " + std::to_string(expected)
                + " is not registered (the list jumps to " + std::to_string(migration.version)
                + ", registered by " + migration.domain + ")");
        expected = migration.version + 1;
    }
    return m_migrations.back().version;
}

std::optional<QString> MigrationList::refusal(int fromVersion, const Upgrade& upgrade) const
{
    for (const Migration& migration : m_migrations) {
        if (migration.version <= fromVersion || !migration.refusal)
            continue;
        if (auto reason = migration.refusal(upgrade))
            return reason;
    }
    return std::nullopt;
}

void MigrationList::migrate(Connection& connection, int targetVersion, const Upgrade& upgrade) const
{
    latestVersion();  // refuses an empty or incomplete list before anything is written
    // Rebuilding a table that others reference needs foreign keys off (SQLite's documented
    // procedure); the check at the end proves nothing was broken. The pragma is a no-op inside
    // a transaction: a caller's transaction is on a new, empty file, where nothing references.
    const ForeignKeysOff foreignKeysOff(connection);
    Transaction transaction(connection);
    const int current = connection.pragmaInt("user_version");
    auto first = m_migrations.begin();
    while (first != m_migrations.end()) {
        const int version = first->version;
        const auto end = std::find_if(
            first, m_migrations.end(), [version](const Migration& m) { return m.version != version; });
        if (version > current && version <= targetVersion) {
            for (auto part = first; part != end; ++part)
                connection.exec(part->sql);
            for (auto part = first; part != end; ++part) {
                if (part->step)
                    part->step(connection, upgrade);
            }
            connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        first = end;
    }
    // A migration must leave no dangling reference behind.
    Statement check = connection.prepare("PRAGMA foreign_key_check");
    if (check.step())
        throw SqliteError(787 /* SQLITE_CONSTRAINT_FOREIGNKEY */,
            QStringLiteral("migration left a broken reference in table %1").arg(check.text(0)));
    transaction.commit();
}

}  // namespace redgrid::storage
