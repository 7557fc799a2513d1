#pragma once

#include "AuditEntry.h"
#include "AuditFilter.h"
#include "ChainHead.h"
#include "ChainMemory.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::audit {

// The audit log of one database: appends entries to the chain, seals them and lists
// them for the viewer. AuditChain verifies what it wrote.
//
// With a MAC key (32 bytes, from the unlocked session: security::DatabaseKeys::auditKey) every entry
// is sealed as it is appended. Without one (a failed login: no password opened the
// master key) entries are appended unsealed. The next append with a key seals, in order,
// those of them that this computer remembers appending (setSealable: ChainMemory::pending,
// matched by seq and digest) and leaves any other unsealed entry as it is, for the
// verifier to report: sealing never vouches for an entry RedGrid did not write here.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Throws std::invalid_argument if `macKey` is neither empty nor 32 bytes.
    AuditLog(storage::Connection& connection, QByteArray macKey);

    bool hasKey() const { return !m_key.isEmpty(); }

    // The unsealed entries this log may seal: asked only when there are unsealed entries.
    void setSealable(std::function<QList<PendingEntry>()> sealable) { m_sealable = std::move(sealable); }

    // Adds an entry at the end of the chain (seq = the last one + 1, time = now), sealed
    // when there is a key. Returns the entry as stored.
    Result<AuditEntry> append(const AuditRecord& record);
    // Seals the sealable unsealed entries in seq order; returns how many. An error without a key.
    Result<qint64> sealPending();

    // The newest sealed entry (or, when no sealed entry is left, the last one removed as
    // old): what ChainHeadStore remembers.
    std::optional<ChainHead> head();

    // Newest first. list() honours the filter's limit and offset, visit() ignores them and
    // reads in pages, for exports of any size; the visitor returns false to stop.
    QList<AuditEntry> list(const AuditFilter& filter);
    qint64 count(const AuditFilter& filter);
    void visit(const AuditFilter& filter, const std::function<bool(const AuditEntry&)>& visitor);
    std::optional<AuditEntry> entry(qint64 seq);
    QStringList usernames();  // everyone who appears in the log, sorted

    // Removes the oldest entries, from the start of the chain up to the first one at or
    // after `beforeMs` and never one younger than 6 months (the trigger's rule). Returns
    // how many were removed. The chain stays verifiable (audit_chain_start).
    Result<qint64> removeOlderThan(qint64 beforeMs);

    // The time new entries get; tests set older times to exercise the 6-month rule.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    qint64 sealPendingInside(qint64 ownSeq = 0);
    QByteArray precedingMac(qint64 seq);
    storage::Statement prepareFiltered(const char* head, const char* tail, const AuditFilter& filter);

    storage::Connection& m_db;
    QByteArray m_key;
    std::function<qint64()> m_clock;
    std::function<QList<PendingEntry>()> m_sealable;
};

}  // namespace redgrid::audit
