#include "AuditChain.h"

#include "AuditMac.h"
#include "AuditRows.h"
#include "AuditSchema.h"
#include "storage/Connection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <climits>
#include <stdexcept>

namespace redgrid::audit {

namespace {

using Problem = VerifyReport::Problem;

class Walk
{
public:
    Walk(storage::Connection& db, const QByteArray& key, const ChainMemory& memory,
        const Acknowledgement& extra, VerifyReport& report)
        : m_db(db)
        , m_key(key)
        , m_memory(memory)
        , m_report(report)
    {
        loadAcknowledgements(extra);
    }

    // The whole log, from its first entry (or the record of the removed ones).
    void run()
    {
        readCounts();
        const auto start = AuditRows::chainStart(m_db);
        if (start)
            m_report.removedAtStart = m_report.entries > 0 ? m_report.firstSeq - 1 : start->removed.seq;
        if (checkStart(start) && checkEntries(m_report.firstSeq, 0)) {
            // Every entry left is unsealed, or none is left: the head is the kept one.
            if (!m_report.head && startsChain(start) && start->removed.isSealed())
                m_report.head = ChainHead { start->removed.seq, start->removed.mac };
            if (m_memory.head && m_memory.head->seq > 0)
                checkRemembered(*m_memory.head, start);
        }
        checkEarlierBreaks();
        countAcknowledged();
    }

    // Only what came after the remembered head, which must still be there as it was.
    void runSince(const ChainHead& remembered)
    {
        const auto start = AuditRows::chainStart(m_db);
        checkRemembered(remembered, start);
        if (m_report.isBroken()) {
            // Not as remembered: only the whole log can tell whether that was acknowledged.
            const bool macsChecked = m_report.macsChecked;
            m_report = VerifyReport();
            m_report.macsChecked = macsChecked;
            run();
            return;
        }
        m_previous = remembered.mac;
        m_report.head = remembered;
        checkEntries(remembered.seq + 1, remembered.seq);
        checkEarlierBreaks();
        countAcknowledged();
    }

private:
    bool keyed() const { return !m_key.isEmpty(); }

    void loadAcknowledgements(const Acknowledgement& extra)
    {
        m_pins = extra.pins;
        m_acknowledged = extra.breaks;
        auto st = m_db.prepare(AuditRows::select("WHERE e.action = ? ORDER BY e.seq").constData());
        st.bind(1, auditActionKey(AuditAction::ChainAcknowledged));
        while (st.step()) {
            const AuditEntry entry = AuditRows::entryAt(st);
            const Acknowledgement acknowledgement = AuditChain::fromDetails(entry.details);
            // Pins carry a keyed MAC of their own and can be used at once; the breaks an
            // acknowledgement lists count only once its entry has been verified (trusted()).
            m_pins += acknowledgement.pins;
            m_listedBreaks.append({ entry.seq, acknowledgement.breaks });
        }
    }

    // The breaks acknowledged by entries the walk has verified, and those given as extra.
    bool acknowledged(const ChainBreak& found) const
    {
        for (const ChainBreak& known : m_acknowledged)
            if (known.sameAs(found))
                return true;
        for (const auto& [seq, breaks] : m_listedBreaks) {
            if (!m_verifiedSeqs.contains(seq))
                continue;
            for (const ChainBreak& known : breaks)
                if (known.sameAs(found))
                    return true;
        }
        return false;
    }

    // The breaks that verified acknowledgements list: the log says an administrator saw them.
    void countAcknowledged()
    {
        for (const auto& [seq, breaks] : m_listedBreaks)
            if (m_verifiedSeqs.contains(seq))
                m_report.acknowledged += breaks.size();
    }

    // Whether an administrator acknowledged `entry` as it stands: the chain goes on from it.
    bool pinned(const AuditEntry& entry)
    {
        if (!keyed())
            return false;
        for (const ChainPin& pin : std::as_const(m_pins)) {
            if (pin.seq == entry.seq && AuditMac::equal(AuditChain::pinCheck(m_key, entry), pin.check))
                return true;
        }
        return false;
    }

    // Whether the kept removed entry is the one just before the first remaining entry.
    bool startsChain(const std::optional<AuditRows::ChainStart>& start) const
    {
        return start && (m_report.entries == 0 || start->removed.seq == m_report.firstSeq - 1);
    }

    void breakAt(Problem problem, qint64 seq, qint64 other = 0, qint64 anchor = 0)
    {
        m_report.outcome = VerifyReport::Outcome::Broken;
        m_report.problem = problem;
        m_report.brokenSeq = seq;
        m_report.otherSeq = other;
        m_report.anchorSeq = anchor;
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

    // Breaks at the start are judged on the first remaining entry: an acknowledgement pins it.
    bool breakAtStart(Problem problem, qint64 seq, qint64 other = 0)
    {
        if (m_report.entries == 0 && acknowledged({ AuditChain::problemKey(problem), seq, other, 0 }))
            return true;
        if (m_report.entries > 0) {
            auto st = m_db.cached(AuditRows::select("WHERE e.seq = ?").constData());
            st.bind(1, m_report.firstSeq);
            if (st.step() && pinned(AuditRows::entryAt(st))) {
                m_anchoredSeq = m_report.firstSeq;
                return true;
            }
        }
        breakAt(problem, seq, other, m_report.entries > 0 ? m_report.firstSeq : 0);
        return false;
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
            return breakAtStart(Problem::Deleted, from, first - 1);
        }
        if (!start)
            return true;  // an empty log
        const AuditEntry& removed = start->removed;
        if (keyed() && removed.isSealed()
            && !AuditMac::equal(AuditMac::compute(m_key, removed, start->previousMac), removed.mac))
            return breakAtStart(Problem::StartRemoved, removed.seq + 1);
        const qint64 sixMonthsAgo = m_db.scalar((QByteArrayLiteral("SELECT ") + SixMonthsAgoSql).constData());
        if (removed.at > sixMonthsAgo)
            return breakAtStart(Problem::StartRemoved, removed.seq + 1);
        m_previous = removed.mac;
        return true;
    }

    // Entries from seq `from` on (all of them when `after` is 0, else those after `after`).
    bool checkEntries(qint64 from, qint64 after)
    {
        qint64 expected = from;
        QList<AuditEntry> unsealed;  // since the last sealed entry, not judged yet
        auto st = m_db.prepare(AuditRows::select("WHERE e.seq > ? ORDER BY e.seq").constData());
        st.bind(1, after);
        while (st.step()) {
            const AuditEntry entry = AuditRows::entryAt(st);
            const bool anchored = entry.seq == m_anchoredSeq;
            if (entry.seq != expected && !anchored) {
                if (!pinned(entry)) {
                    breakAt(Problem::Deleted, expected, entry.seq - 1, entry.seq);
                    return false;
                }
                expected = entry.seq + 1;
                m_previous = entry.mac;
                continue;
            }
            expected = entry.seq + 1;
            if (anchored) {
                m_previous = entry.mac;
                if (entry.isSealed())
                    m_report.head = ChainHead { entry.seq, entry.mac };
                continue;
            }
            if (!entry.isSealed()) {
                unsealed.append(entry);
                continue;
            }
            // Sealing goes in seq order, so a sealed entry after an unsealed one means a
            // MAC was taken away; since then RedGrid leaves alone what it did not write, so
            // an acknowledged one stays unsealed and the next MAC starts from zeros.
            for (const AuditEntry& before : std::as_const(unsealed)) {
                if (!pinned(before)) {
                    breakAt(Problem::SealRemoved, before.seq, 0, before.seq);
                    return false;
                }
                m_previous.clear();
            }
            unsealed.clear();
            if (keyed()) {
                if (!AuditMac::equal(AuditMac::compute(m_key, entry, m_previous), entry.mac)) {
                    if (!pinned(entry)) {
                        if (const auto other = swappedWith(entry.seq))
                            breakAt(Problem::Swapped, entry.seq, *other, entry.seq);
                        else
                            breakAt(Problem::Edited, entry.seq, 0, entry.seq);
                        return false;
                    }
                } else {
                    ++m_report.verified;
                    m_verifiedSeqs.insert(entry.seq);
                }
            }
            m_report.head = ChainHead { entry.seq, entry.mac };
            m_previous = entry.mac;
        }
        // Unsealed entries at the end wait for the next sign-in here, if RedGrid wrote them here.
        for (const AuditEntry& entry : std::as_const(unsealed)) {
            if (m_memory.knowsPending(entry.seq, AuditMac::digest(entry)))
                ++m_report.unsealed;
            else if (!pinned(entry)) {
                breakAt(Problem::Unsealed, entry.seq, 0, entry.seq);
                return false;
            }
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

    void endBroken(Problem problem, qint64 seq, qint64 other = 0)
    {
        if (!acknowledged({ AuditChain::problemKey(problem), seq, other, 0 }))
            breakAt(problem, seq, other);
    }

    void checkRemembered(const ChainHead& remembered, const std::optional<AuditRows::ChainStart>& start)
    {
        auto st = m_db.cached("SELECT mac FROM audit_entry WHERE seq = ?");
        st.bind(1, remembered.seq);
        if (st.step()) {
            if (st.isNull(0) || !AuditMac::equal(st.blob(0), remembered.mac))
                endBroken(Problem::Rewritten, remembered.seq);
            return;
        }
        st.reset();
        // Removed from the start as old: the remembered head may be the one kept. The kept
        // entry counts only as the start of the chain; the trigger also keeps entries
        // deleted from the end, when someone drops only the age rule.
        const qint64 firstSeq = m_db.scalar("SELECT coalesce(min(seq), 0) FROM audit_entry");
        const bool keptIsStart = start && (firstSeq == 0 || start->removed.seq == firstSeq - 1);
        if (keptIsStart && remembered.seq <= start->removed.seq) {
            if (remembered.seq == start->removed.seq && !AuditMac::equal(start->removed.mac, remembered.mac))
                endBroken(Problem::Rewritten, remembered.seq);
            return;
        }
        const qint64 lastSeq = m_db.scalar("SELECT coalesce(max(seq), 0) FROM audit_entry");
        const qint64 last = firstSeq > 0 ? lastSeq : (start ? start->removed.seq : 0);
        endBroken(Problem::Truncated, last + 1, remembered.seq);
    }

    // A break found here before stays reported, whatever the log looks like now, until an
    // administrator acknowledges it: the first one found comes first, and what the walk
    // found now is kept beside it (newBreak) to be remembered too.
    void checkEarlierBreaks()
    {
        if (m_report.isBroken())
            m_report.newBreak = m_report.chainBreak();
        for (const ChainBreak& earlier : m_memory.breaks) {
            if (acknowledged(earlier))
                continue;
            breakAt(AuditChain::problemFromKey(earlier.problem), earlier.seq, earlier.otherSeq);
            m_report.foundAtMs = earlier.foundAtMs;
            return;
        }
    }

    storage::Connection& m_db;
    const QByteArray& m_key;
    const ChainMemory& m_memory;
    VerifyReport& m_report;
    QByteArray m_previous;  // empty: 32 zero bytes, before the first entry
    qint64 m_anchoredSeq = 0;  // the first entry, pinned after a break at the start
    QList<ChainPin> m_pins;
    QList<ChainBreak> m_acknowledged;  // given as extra
    QList<std::pair<qint64, QList<ChainBreak>>> m_listedBreaks;  // by acknowledgement entry
    QSet<qint64> m_verifiedSeqs;
};

VerifyReport finished(VerifyReport report)
{
    if (!report.isBroken())
        report.outcome
            = report.macsChecked ? VerifyReport::Outcome::Intact : VerifyReport::Outcome::Unverified;
    return report;
}

void requireKeySize(const QByteArray& macKey)
{
    if (!macKey.isEmpty() && macKey.size() != AuditMac::KeySize)
        throw std::invalid_argument("the audit MAC key must be 32 bytes");
}

}  // namespace

VerifyReport verifyChain(storage::Connection& connection, const QByteArray& macKey, const ChainMemory& memory,
    const Acknowledgement& extra)
{
    requireKeySize(macKey);
    VerifyReport report;
    report.macsChecked = !macKey.isEmpty();
    Walk(connection, macKey, memory, extra, report).run();
    return finished(report);
}

VerifyReport verifyChain(
    storage::Connection& connection, const QByteArray& macKey, std::optional<ChainHead> remembered)
{
    ChainMemory memory;
    memory.head = std::move(remembered);
    return verifyChain(connection, macKey, memory);
}

VerifyReport verifyChainSince(
    storage::Connection& connection, const QByteArray& macKey, const ChainMemory& memory)
{
    requireKeySize(macKey);
    VerifyReport report;
    report.macsChecked = !macKey.isEmpty();
    if (!memory.head) {
        // Nothing remembered: the first sign-in here trusts the head it finds (a full
        // verification checks everything before it).
        auto st = connection.cached(
            "SELECT seq, mac FROM audit_entry WHERE mac IS NOT NULL ORDER BY seq DESC LIMIT 1");
        if (st.step())
            report.head = ChainHead { st.int64(0), st.blob(1) };
        return finished(report);
    }
    Walk(connection, macKey, memory, {}, report).runSince(*memory.head);
    return finished(report);
}

ChainBreak VerifyReport::chainBreak() const
{
    return { AuditChain::problemKey(problem), brokenSeq, otherSeq, foundAtMs };
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
    case Problem::Unsealed:
        return tr("Entry %1 is not sealed and RedGrid did not write it on this computer: it was inserted, or "
                  "its MAC was removed.")
            .arg(r.brokenSeq);
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
        if (r.foundAtMs > 0)
            parts << tr("This was found on %1 and stays reported until an administrator acknowledges it.")
                         .arg(QDateTime::fromMSecsSinceEpoch(r.foundAtMs)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (r.macsChecked && r.verified > 0)
            parts << tr(
                "The %n entry(s) before it are intact.", nullptr, int(qMin<qint64>(r.verified, INT_MAX)));
        break;
    }
    if (r.acknowledged > 0)
        parts << tr(
            "%n earlier break(s) of the log were acknowledged by an administrator (entries \"Audit log "
            "break acknowledged\").",
            nullptr, int(qMin<qint64>(r.acknowledged, INT_MAX)));
    if (r.removedAtStart > 0 && !r.isBroken())
        parts << tr("Entries 1 to %1 were removed as older than 6 months.").arg(r.removedAtStart);
    if (r.unsealed > 0)
        parts << tr("%n entry(s) at the end are not sealed yet; they will be sealed at the next login.",
            nullptr, int(qMin<qint64>(r.unsealed, INT_MAX)));
    if (r.protectionMissing)
        parts << tr("The protection of the audit table has been removed from the database.");
    if (!r.memoryProblem.isEmpty())
        parts << r.memoryProblem
              << tr("This stays reported until an administrator acknowledges it (audit acknowledge).");
    parts << r.origins;
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

namespace {
// In the order of VerifyReport::Problem.
const char* const ProblemKeys[] = { "none", "edited", "deleted", "swapped", "seal_removed", "unsealed",
    "start_removed", "truncated", "rewritten" };
static_assert(std::size(ProblemKeys) == static_cast<size_t>(Problem::Rewritten) + 1);
}  // namespace

QString AuditChain::problemKey(Problem problem)
{
    return QLatin1String(ProblemKeys[static_cast<size_t>(problem)]);
}

Problem AuditChain::problemFromKey(const QString& key)
{
    for (size_t i = 0; i < std::size(ProblemKeys); ++i)
        if (key == QLatin1String(ProblemKeys[i]))
            return static_cast<Problem>(i);
    return Problem::Edited;  // a key of a newer version: still a break
}

QByteArray AuditChain::pinCheck(const QByteArray& macKey, const AuditEntry& entry)
{
    return AuditMac::compute(macKey, entry, entry.mac);
}

QJsonObject AuditChain::toDetails(const Acknowledgement& acknowledgement)
{
    QJsonArray breaks;
    for (const ChainBreak& found : acknowledgement.breaks)
        breaks.append(QJsonObject { { QStringLiteral("problem"), found.problem },
            { QStringLiteral("seq"), found.seq }, { QStringLiteral("other"), found.otherSeq } });
    QJsonArray pins;
    for (const ChainPin& pin : acknowledgement.pins)
        pins.append(QJsonObject { { QStringLiteral("seq"), pin.seq },
            { QStringLiteral("check"), QString::fromLatin1(pin.check.toBase64()) } });
    return { { QStringLiteral("breaks"), breaks }, { QStringLiteral("pins"), pins } };
}

Acknowledgement AuditChain::fromDetails(const QString& json)
{
    const QJsonObject details = QJsonDocument::fromJson(json.toUtf8()).object();
    Acknowledgement acknowledgement;
    for (const QJsonValue& value : details.value(QLatin1String("breaks")).toArray()) {
        const QJsonObject found = value.toObject();
        acknowledgement.breaks.append(
            { found.value(QLatin1String("problem")).toString(), found.value(QLatin1String("seq")).toInteger(),
                found.value(QLatin1String("other")).toInteger(), 0 });
    }
    for (const QJsonValue& value : details.value(QLatin1String("pins")).toArray()) {
        const QJsonObject pin = value.toObject();
        acknowledgement.pins.append({ pin.value(QLatin1String("seq")).toInteger(),
            QByteArray::fromBase64(pin.value(QLatin1String("check")).toString().toLatin1()) });
    }
    return acknowledgement;
}

}  // namespace redgrid::audit
