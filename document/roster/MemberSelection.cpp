#include "MemberSelection.h"

namespace redgrid::document {

SelectedMembers::SelectedMembers(
    storage::Connection& db, const MemberSelection& selection, roster::Exposure exposure)
    : m_cursor(db, selection.filter, selection.order)
    , m_store(db)
    , m_exposure(exposure)
{
}

qint64 SelectedMembers::count()
{
    return m_cursor.count();
}

QList<roster::RosterRow> SelectedMembers::next(int n)
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

}  // namespace redgrid::document
