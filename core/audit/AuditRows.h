#pragma once

#include "AuditEntry.h"

#include <QByteArray>

#include <optional>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::audit {

// How audit entries are read from SQLite, shared by the log, the verifier and the export.
namespace AuditRows {

// "SELECT <every column of audit_entry> FROM audit_entry e <tail>"; entryAt() reads a row.
QByteArray select(const char* tail);
AuditEntry entryAt(const storage::Statement& row);

// What audit_chain_start remembers of the newest removed entry (see AuditSchema.h).
struct ChainStart
{
    AuditEntry removed;
    QByteArray previousMac;  // the MAC of the entry before it; empty when unknown or none
};
std::optional<ChainStart> chainStart(storage::Connection& db);

// The highest seq the chain has had: entries present and entries removed.
qint64 lastSeq(storage::Connection& db);

}  // namespace AuditRows
}  // namespace redgrid::audit
