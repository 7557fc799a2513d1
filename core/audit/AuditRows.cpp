#include "AuditRows.h"

#include "storage/Connection.h"

namespace redgrid::audit::AuditRows {

namespace {
const char* const Columns = "e.id, e.seq, e.at, e.account_id, e.username, e.action, e.target_table, "
                            "e.target_id, e.details, e.succeeded, e.mac, e.created_at, e.modified_at";
}  // namespace

QByteArray select(const char* tail)
{
    return QByteArrayLiteral("SELECT ") + Columns + " FROM audit_entry e " + tail;
}

AuditEntry entryAt(const storage::Statement& row)
{
    AuditEntry entry;
    entry.id = row.id(0);
    entry.seq = row.int64(1);
    entry.at = row.int64(2);
    entry.accountId = row.id(3);
    entry.username = row.text(4);
    entry.action = row.text(5);
    entry.targetTable = row.text(6);
    entry.targetId = row.id(7);
    entry.details = row.text(8);
    entry.succeeded = row.int64(9) != 0;
    entry.mac = row.isNull(10) ? QByteArray() : row.blob(10);
    entry.createdAt = row.int64(11);
    entry.modifiedAt = row.int64(12);
    return entry;
}

std::optional<ChainStart> chainStart(storage::Connection& db)
{
    // The same column order as `Columns`, then prev_mac.
    auto st = db.cached("SELECT id, seq, at, account_id, username, action, target_table, target_id, details, "
                        "succeeded, mac, created_at, modified_at, prev_mac FROM audit_chain_start");
    if (!st.step())
        return std::nullopt;
    ChainStart start;
    start.removed = entryAt(st);
    start.previousMac = st.isNull(13) ? QByteArray() : st.blob(13);
    return start;
}

qint64 lastSeq(storage::Connection& db)
{
    return std::max(db.scalar("SELECT coalesce(max(seq), 0) FROM audit_entry"),
        db.scalar("SELECT coalesce(max(seq), 0) FROM audit_chain_start"));
}

}  // namespace redgrid::audit::AuditRows
