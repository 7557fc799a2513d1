#include "SubtreeMembers.h"

namespace redgrid::report {

SubtreeMembers::SubtreeMembers(storage::Connection& db, const RecordId& orgId, roster::Exposure exposure)
    : m_cursor(
        db, roster::RosterFilter { .orgId = orgId }, roster::RosterOrder { roster::RosterSortKey::Pinyin })
    , m_store(db)
    , m_exposure(exposure)
{
}

qint64 SubtreeMembers::count()
{
    return m_cursor.count();
}

QList<roster::RosterRow> SubtreeMembers::next(int n)
{
    QList<roster::RosterRow> rows;
    // A chunk can come back empty when its members vanished meanwhile: read on.
    while (rows.isEmpty() && !m_cursor.atEnd()) {
        std::vector<qint64> rowIds;
        m_cursor.fetch(rowIds, n);
        rows = m_store.rows(rowIds, m_exposure);
    }
    return rows;
}

}  // namespace redgrid::report
