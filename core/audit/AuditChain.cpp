#include "AuditChain.h"

#include "AuditMac.h"
#include "AuditRows.h"
#include "AuditSchema.h"
#include "storage/Connection.h"

#include <climits>
#include <stdexcept>

namespace redgrid::audit {

namespace {

using Problem = VerifyReport::Problem;

class Walk
{
public:
    Walk(storage::Connection& db, const QByteArray& key, VerifyReport& report)
        : m_db(db)
        , m_key(key)
        , m_report(report)
    {
    }

    void run(const std::optional<ChainHead>& remembered)
    {
        readCounts();
        const auto start = AuditRows::chainStart(m_db);
        if (start)
            m_report.removedAtStart = m_report.entries > 0 ? m_report.firstSeq - 1 : start->removed.seq;
        if (!checkStart(start))
            return;
        if (!checkEntries())
            return;
        // Every entry left is unsealed, or none is left: the head is the kept one.
        if (!m_report.head && startsChain(start) && start->removed.isSealed())
            m_report.head = ChainHead { start->removed.seq, start->removed.mac };
        if (remembered && remembered->seq > 0)
            checkRemembered(*remembered, start);
    }

private:
    bool keyed() const { return !m_key.isEmpty(); }

    // Whether the kept removed entry is the one just before the first remaining entry.
    bool startsChain(const std::optional<AuditRows::ChainStart>& start) const
    {
        return start && (m_report.entries == 0 || start->removed.seq == m_report.firstSeq - 1);
    }

    void breakAt(Problem problem, qint64 seq, qint64 other = 0)
    {
        m_report.outcome = VerifyReport::Outcome::Broken;
        m_report.problem = problem;
        m_report.brokenSeq = seq;
        m_report.otherSeq = other;
    }

    void readCounts()
    {
        auto st
            = m_db.cached("SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM audit_entry");
        if (st.step()) {
            m_report.entries = st.int64(0);
            m_report.firstSeq = st.int64(1);
            m_report.lastSeq = st.int64(2);
        }
        m_report.protectionMissing
            = m_db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                          "('audit_entry_keep_young', 'audit_entry_sealed', 'audit_entry_removed')")
            < 3;
    }

    // The entries before the first remaining one may only have gone as the delete trigger
    // lets them: older than 6 months, from the start, with their last one kept in
    // audit_chain_start. Its MAC proves the copy (and its age) genuine.
    bool checkStart(const std::optional<AuditRows::ChainStart>& start)
    {
        const qint64 first = m_report.entries > 0 ? m_report.firstSeq : 0;
        if (first == 1)
            return true;
        if (first > 1 && (!start || start->removed.seq != first - 1)) {
            const qint64 from = start && start->removed.seq < first ? start->removed.seq + 1 : 1;
            breakAt(Problem::Deleted, from, first - 1);
            return false;
        }
        if (!start)
            return true;  // an empty log
        const AuditEntry& removed = start->removed;
        if (keyed() && removed.isSealed()
            && !AuditMac::equal(AuditMac::compute(m_key, removed, start->previousMac), removed.mac)) {
            breakAt(Problem::StartRemoved, removed.seq + 1);
            return false;
        }
        const qint64 sixMonthsAgo = m_db.scalar((QByteArrayLiteral("SELECT ") + SixMonthsAgoSql).constData());
        if (removed.at > sixMonthsAgo) {
            breakAt(Problem::StartRemoved, removed.seq + 1);
            return false;
        }
        m_previous = removed.mac;
        return true;
    }

    bool checkEntries()
    {
        qint64 expected = m_report.firstSeq;
        qint64 firstUnsealed = 0;
        auto st = m_db.prepare(AuditRows::select("ORDER BY e.seq").constData());
        while (st.step()) {
            const AuditEntry entry = AuditRows::entryAt(st);
            if (entry.seq != expected) {
                breakAt(Problem::Deleted, expected, entry.seq - 1);
                return false;
            }
            ++expected;
            if (!entry.isSealed()) {
                if (firstUnsealed == 0)
                    firstUnsealed = entry.seq;
                ++m_report.unsealed;
                continue;
            }
            // Sealing goes in seq order, so a sealed entry after an unsealed one means a
            // MAC was taken away.
            if (firstUnsealed != 0) {
                breakAt(Problem::SealRemoved, firstUnsealed);
                return false;
            }
            if (keyed()) {
                if (!AuditMac::equal(AuditMac::compute(m_key, entry, m_previous), entry.mac)) {
                    if (const auto other = swappedWith(entry.seq))
                        breakAt(Problem::Swapped, entry.seq, *other);
                    else
                        breakAt(Problem::Edited, entry.seq);
                    return false;
                }
                ++m_report.verified;
            }
            m_report.head = ChainHead { entry.seq, entry.mac };
            m_previous = entry.mac;
        }
        return true;
    }

    // An entry that moved keeps its MAC, which was computed for its old place: the entry
    // whose MAC fits at `seq` (after the entry before it) is the one that belongs there.
    std::optional<qint64> swappedWith(qint64 seq)
    {
        auto st = m_db.prepare(
            AuditRows::select("WHERE e.seq > ? AND e.mac IS NOT NULL ORDER BY e.seq").constData());
        st.bind(1, seq);
        while (st.step()) {
            AuditEntry candidate = AuditRows::entryAt(st);
            const qint64 storedAt = candidate.seq;
            candidate.seq = seq;
            if (AuditMac::equal(AuditMac::compute(m_key, candidate, m_previous), candidate.mac))
                return storedAt;
        }
        return std::nullopt;
    }

    void checkRemembered(const ChainHead& remembered, const std::optional<AuditRows::ChainStart>& start)
    {
        auto st = m_db.cached("SELECT mac FROM audit_entry WHERE seq = ?");
        st.bind(1, remembered.seq);
        if (st.step()) {
            if (st.isNull(0) || !AuditMac::equal(st.blob(0), remembered.mac))
                breakAt(Problem::Rewritten, remembered.seq);
            return;
        }
        // Removed from the start as old: the remembered head may be the one kept. The kept
        // entry counts only as the start of the chain; the trigger also keeps entries
        // deleted from the end, when someone drops only the age rule.
        if (startsChain(start) && remembered.seq <= start->removed.seq) {
            if (remembered.seq == start->removed.seq && !AuditMac::equal(start->removed.mac, remembered.mac))
                breakAt(Problem::Rewritten, remembered.seq);
            return;
        }
        const qint64 last = m_report.entries > 0 ? m_report.lastSeq : (start ? start->removed.seq : 0);
        breakAt(Problem::Truncated, last + 1, remembered.seq);
    }

    storage::Connection& m_db;
    const QByteArray& m_key;
    VerifyReport& m_report;
    QByteArray m_previous;  // empty: 32 zero bytes, before the first entry
};

}  // namespace

VerifyReport verifyChain(
    storage::Connection& connection, const QByteArray& macKey, std::optional<ChainHead> remembered)
{
    if (!macKey.isEmpty() && macKey.size() != AuditMac::KeySize)
        throw std::invalid_argument("the audit MAC key must be 32 bytes");
    VerifyReport report;
    report.macsChecked = !macKey.isEmpty();
    Walk(connection, macKey, report).run(remembered);
    if (!report.isBroken())
        report.outcome
            = report.macsChecked ? VerifyReport::Outcome::Intact : VerifyReport::Outcome::Unverified;
    return report;
}

MacStatus macStatus(const AuditEntry& entry, const VerifyReport* report)
{
    if (!entry.isSealed())
        return MacStatus::NotSealed;
    if (!report)
        return MacStatus::Sealed;
    if (report->isBroken()) {
        if (entry.seq == report->brokenSeq
            || (report->problem == VerifyReport::Problem::Swapped && entry.seq == report->otherSeq))
            return MacStatus::Broken;
        if (entry.seq > report->brokenSeq)
            return MacStatus::AfterBreak;
    }
    if (report->macsChecked && report->head && entry.seq <= report->head->seq)
        return MacStatus::Verified;
    return MacStatus::Sealed;
}

QString VerifyReport::message() const
{
    return AuditChain::describe(*this);
}

QString AuditChain::problemText(const VerifyReport& r)
{
    switch (r.problem) {
    case Problem::None:
        return {};
    case Problem::Edited:
        return tr("Entry %1 has been altered or forged: its MAC does not match its content.")
            .arg(r.brokenSeq);
    case Problem::Deleted:
        if (r.otherSeq <= r.brokenSeq)
            return tr("Entry %1 has been deleted.").arg(r.brokenSeq);
        return tr("Entries %1 to %2 have been deleted.").arg(r.brokenSeq).arg(r.otherSeq);
    case Problem::Swapped:
        return tr("Entries %1 and %2 have been swapped.").arg(r.brokenSeq).arg(r.otherSeq);
    case Problem::SealRemoved:
        return tr("The MAC of entry %1 has been removed.").arg(r.brokenSeq);
    case Problem::StartRemoved:
        return tr("The entries before entry %1 were removed although they were not older than 6 months, "
                  "or the record of the removed entries has been altered.")
            .arg(r.brokenSeq);
    case Problem::Rewritten:
        return tr("Entry %1, the newest this computer has seen, has been replaced: the end of the log has "
                  "been rewritten.")
            .arg(r.brokenSeq);
    case Problem::Truncated:
        return tr("Entries from %1 on are missing: this computer has seen the log up to entry %2. The end of "
                  "the log has been cut off.")
            .arg(r.brokenSeq)
            .arg(r.otherSeq);
    }
    return {};
}

QString AuditChain::describe(const VerifyReport& r)
{
    QStringList parts;
    switch (r.outcome) {
    case VerifyReport::Outcome::Intact:
        parts << tr(
            "The audit log is intact: %n entry(s) checked.", nullptr, int(qMin<qint64>(r.verified, INT_MAX)));
        break;
    case VerifyReport::Outcome::Unverified:
        parts << tr("No entries are missing, but without the key the MACs could not be checked: log in to "
                    "verify the audit log.");
        break;
    case VerifyReport::Outcome::Broken:
        parts << tr("The audit log has been tampered with.") << problemText(r);
        if (r.macsChecked && r.verified > 0)
            parts << tr(
                "The %n entry(s) before it are intact.", nullptr, int(qMin<qint64>(r.verified, INT_MAX)));
        break;
    }
    if (r.removedAtStart > 0 && !r.isBroken())
        parts << tr("Entries 1 to %1 were removed as older than 6 months.").arg(r.removedAtStart);
    if (r.unsealed > 0)
        parts << tr("%n entry(s) at the end are not sealed yet; they will be sealed at the next login.",
            nullptr, int(qMin<qint64>(r.unsealed, INT_MAX)));
    if (r.protectionMissing)
        parts << tr("The protection of the audit table has been removed from the database.");
    return parts.join(QLatin1Char(' '));
}

QString AuditChain::macStatusLabel(MacStatus status)
{
    switch (status) {
    case MacStatus::NotSealed:
        return tr("Not sealed yet");
    case MacStatus::Sealed:
        return tr("Sealed");
    case MacStatus::Verified:
        return tr("Verified");
    case MacStatus::Broken:
        return tr("Broken");
    case MacStatus::AfterBreak:
        return tr("Not verifiable");
    }
    return {};
}

}  // namespace redgrid::audit
