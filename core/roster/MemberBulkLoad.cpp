#include "MemberBulkLoad.h"

#include "MemberEditor.h"
#include "RosterCounts.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"

#include <stdexcept>
#include <string>
#include <utility>

namespace redgrid::roster {
namespace {

// The statements of full batches: this many new members each, with the id, the encoded
// values and the created time (bound as the modified time) of each.
constexpr int RowsPerInsert = 16;
constexpr int ValuesPerInsertedRow = 46;  // the id, the encoded values, created_at

}  // namespace

MemberBulkLoad::MemberBulkLoad(MemberEditor& editor)
    : m_editor(&editor)
    , m_db(&editor.m_db)
    , m_held(RowsPerInsert)
    // Also when another program added members since the caller switched foreign keys off.
    , m_proveReferences(editor.m_db.pragmaInt("foreign_keys") == 0)
{
    if (!RosterCounts(editor.m_db).isEmpty())
        return;
    storage::Connection& db = editor.m_db;
    m_onlyInsertedRows = true;  // from here on no other program writes (the transaction's lock)
    // Partial indexes (alternative readings, landlines) hold few rows: keeping them costs an
    // insert little, rebuilding them would cost a scan of the whole table each.
    auto st = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'member' "
                         "AND sql IS NOT NULL AND sql NOT LIKE '% WHERE %'");
    QStringList names;
    while (st.step()) {
        names.append(st.text(0));
        m_indexSql.append(st.text(1));
    }
    for (const QString& name : names)
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    // The pragma expires every prepared statement, so none compiled without the checks
    // outlives the load (SQLite compiles them again at their next step).
    db.exec("PRAGMA ignore_check_constraints = ON");
    m_ignoringChecks = true;
}

MemberBulkLoad::MemberBulkLoad(MemberBulkLoad&& other) noexcept
    : m_editor(other.m_editor)
    , m_db(other.m_db)
    , m_indexSql(std::move(other.m_indexSql))
    , m_held(std::move(other.m_held))
    , m_heldCount(std::exchange(other.m_heldCount, 0))
    , m_ignoringChecks(std::exchange(other.m_ignoringChecks, false))
    , m_proveReferences(std::exchange(other.m_proveReferences, false))
    , m_onlyInsertedRows(other.m_onlyInsertedRows)
    , m_rowsReferToPlaces(other.m_rowsReferToPlaces)
{
}

MemberBulkLoad::~MemberBulkLoad()
{
    try {
        checkConstraintsAgain();
    } catch (const std::exception& e) {  // a destructor must not throw
        qWarning("CHECK constraints could not be switched back on: %s", e.what());
    }
}

void MemberBulkLoad::checkConstraintsAgain()
{
    if (std::exchange(m_ignoringChecks, false))
        m_db->exec("PRAGMA ignore_check_constraints = OFF");
}

void MemberBulkLoad::insert(const Member& member, EncodedMember* encoded)
{
    m_rowsReferToPlaces
        = m_rowsReferToPlaces || !member.residenceNodeId.isNull() || !member.dualNodeId.isNull();
    EncodedMember& row = m_held[m_heldCount];
    if (encoded && encoded->memberId == member.id && !member.id.isNull()) {
        std::swap(row, *encoded);
    } else {
        Member m = member;
        m.id = RecordId::generate();
        row = m_editor->encoder().encode(m);
    }
    if (++m_heldCount == m_held.size())
        writeHeldRows();
}

void MemberBulkLoad::writeHeldRows()
{
    const std::size_t count = std::exchange(m_heldCount, 0);
    if (count == 0)
        return;
    // A full batch in one statement; the rest of the last batch one by one.
    if (count == m_held.size()) {
        static const std::string sql = [] {
            std::string text
                = "INSERT INTO member (id, " REDGRID_MEMBER_ENCODED_COLUMNS ", created_at) VALUES ";
            for (int row = 0; row < RowsPerInsert; ++row) {
                const int first = row * ValuesPerInsertedRow;
                text += row == 0 ? "(" : ",(";
                for (int value = 1; value <= ValuesPerInsertedRow; ++value)
                    text += "?" + std::to_string(first + value) + ",";
                text += "?" + std::to_string(first + ValuesPerInsertedRow) + ")";  // created_at = modified_at
            }
            return text;
        }();
        auto st = m_db->cached(sql.c_str());
        for (std::size_t row = 0; row < count; ++row) {
            if (m_held[row].values.size() != ValuesPerInsertedRow - 1)
                throw std::logic_error("a member's encoded values do not match the insert");
            const int first = int(row) * ValuesPerInsertedRow;
            st.bind(first + 1, m_held[row].memberId);
            m_held[row].values.bindTo(st, first + 2);  // read in place: m_held outlives the run
        }
        st.run();
        return;
    }
    for (std::size_t row = 0; row < count; ++row)
        m_editor->insertRow(m_held[row]);
}

void MemberBulkLoad::finish()
{
    writeHeldRows();
    checkConstraintsAgain();
    rebuildIndexes();
    if (std::exchange(m_proveReferences, false))
        proveReferences();
}

void MemberBulkLoad::rebuildIndexes()
{
    if (m_indexSql.isEmpty())
        return;
    // Each index sorts a million keys. SQLite's sorter sorts runs as large as the page cache
    // and merges them: runs of 2 MiB fit the CPU's cache, and a second thread sorts one run
    // while the next is read; the table is read through a memory map rather than a copy per
    // page (measured on 1,000,000 members: 0.8 s an index instead of 1.6 s).
    const qint64 cacheSize = m_db->pragmaInt("cache_size");
    const qint64 threads = m_db->pragmaInt("threads");
    const qint64 mmapSize = m_db->pragmaInt("mmap_size");
    m_db->exec("PRAGMA cache_size = -2048");
    m_db->exec("PRAGMA threads = 2");
    m_db->exec("PRAGMA mmap_size = 4294967296");
    for (const QString& sql : std::exchange(m_indexSql, {}))
        m_db->exec(sql);
    m_db->exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    m_db->exec(QStringLiteral("PRAGMA threads = %1").arg(threads));
    m_db->exec(QStringLiteral("PRAGMA mmap_size = %1").arg(mmapSize));
}

void MemberBulkLoad::proveReferences()
{
    // The organisations through member_org, just built (a few hundred distinct values); the
    // hierarchy nodes, which an import rarely sets, in one pass over the rows, unless every
    // row is one insert() was handed and none of them named a place.
    qint64 broken = m_db->scalar("SELECT count(*) FROM (SELECT DISTINCT org_id FROM member) "
                                 "WHERE org_id NOT IN (SELECT id FROM party_org)");
    if (!m_onlyInsertedRows || m_rowsReferToPlaces)
        broken += m_db->scalar("SELECT count(*) FROM member WHERE "
                               "(residence_node_id IS NOT NULL AND residence_node_id NOT IN "
                               " (SELECT id FROM hierarchy_node)) "
                               "OR (dual_node_id IS NOT NULL AND dual_node_id NOT IN "
                               " (SELECT id FROM hierarchy_node))");
    if (broken > 0)
        throw storage::SqliteError(787 /* SQLITE_CONSTRAINT_FOREIGNKEY */,
            tr("%n imported member(s) refer to an organisation or place that does not exist", nullptr,
                int(broken)));
}

}  // namespace redgrid::roster
