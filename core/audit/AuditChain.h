#pragma once

#include "AuditEntry.h"
#include "ChainHead.h"
#include "ChainMemory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::audit {

// What verifyChain() found.
struct VerifyReport
{
    enum class Outcome {
        Intact,  // every sealed entry checked, nothing missing
        Broken,  // see problem and brokenSeq
        Unverified,  // no key: the order and completeness were checked, the MACs could not be
    };
    enum class Problem {
        None,
        Edited,  // the MAC does not match: the entry was changed, or forged without the key
        Deleted,  // seq brokenSeq … otherSeq are missing
        Swapped,  // the entries at brokenSeq and otherSeq have exchanged places
        SealRemoved,  // an unsealed entry before sealed ones: its MAC was taken away
        Unsealed,  // an unsealed entry this computer did not append: inserted, or its MAC taken away
        StartRemoved,  // entries before brokenSeq were removed that were not old enough, or
                       // the record of the removed ones was altered
        Truncated,  // entries from brokenSeq on are missing; this computer has seen up to otherSeq
        Rewritten,  // the newest entry this computer has seen (brokenSeq) has another MAC now
    };

    Outcome outcome = Outcome::Intact;
    Problem problem = Problem::None;
    qint64 brokenSeq = 0;  // the first broken entry (or the first missing seq)
    qint64 otherSeq = 0;  // Deleted: the last missing seq; Swapped: the other entry; Truncated: the seen head
    qint64 entries = 0;  // entries present in the log
    qint64 firstSeq = 0;  // of the entries present; 0 when there are none
    qint64 lastSeq = 0;
    qint64 verified = 0;  // sealed entries whose MAC was recomputed and matched
    qint64 unsealed = 0;  // entries at the end not sealed yet (not a breakage)
    qint64 removedAtStart = 0;  // old entries removed from the start (allowed)
    bool macsChecked = false;  // a key was given: MACs were recomputed
    bool protectionMissing = false;  // the triggers that guard the table were dropped
    std::optional<ChainHead> head;  // the newest sealed entry checked: remember it when intact
    qint64 anchorSeq = 0;  // Broken: the entry an acknowledgement lets the chain go on from (0: none)
    qint64 foundAtMs = 0;  // Broken: when this computer first found the break (0: just now)
    std::optional<ChainBreak> newBreak;  // what the log shows now, when an earlier break comes first
    qint64 acknowledged = 0;  // breaks that verified acknowledgement entries list (passed over)
    // What this computer remembers could not be read (ChainMemory::problem): a log cut
    // short could not be noticed. Not intact until an administrator acknowledges it.
    QString memoryProblem;
    // What the log says this file is, in sentences: a backup or copy of another database, a
    // database restored from a backup (AuditIntegrity::origins).
    QStringList origins;

    bool isIntact() const { return outcome == Outcome::Intact; }
    ChainBreak chainBreak() const;  // Broken: the break, as ChainMemory and acknowledgements keep it
    bool isBroken() const { return outcome == Outcome::Broken; }
    QString message() const;  // one translated paragraph for the viewer and the CLI
};

// An administrator's acknowledgement of breaks (an entry with AuditAction::ChainAcknowledged):
// the breaks it saw, and the entries from which the chain is trusted again (pins). A pin
// holds a keyed MAC over the entry as it stood (AuditChain::pinCheck), so that the entry
// cannot be changed again unnoticed after it was acknowledged.
struct ChainPin
{
    qint64 seq = 0;
    QByteArray check;
};
struct Acknowledgement
{
    QList<ChainBreak> breaks;
    QList<ChainPin> pins;
};

// Walks the audit log by seq and recomputes every MAC with `macKey` (empty: checks only
// what needs no key). Old entries removed from the start are not breakage: the chain is
// checked from the first remaining entry, against what audit_chain_start kept of the
// entry before it. With `memory`, what this computer remembers (ChainHeadStore): a
// cut-off tail is caught against its head, an unsealed entry is accepted only if it was
// appended here, and a break found earlier stays reported until acknowledged. Breaks that
// acknowledgements in the log (or `extra`, while one is being made) cover are passed over.
// Reads only; throws storage::SqliteError when the file fails.
VerifyReport verifyChain(storage::Connection& connection, const QByteArray& macKey, const ChainMemory& memory,
    const Acknowledgement& extra = {});
// The same with only a remembered head (or none).
VerifyReport verifyChain(
    storage::Connection& connection, const QByteArray& macKey, std::optional<ChainHead> remembered);
// What a sign-in checks before it writes: the entries after the remembered head (which
// must still be there as remembered), with the same rules. Without a remembered head there
// is nothing to check from and the report is intact with the newest sealed entry as head.
VerifyReport verifyChainSince(
    storage::Connection& connection, const QByteArray& macKey, const ChainMemory& memory);

// How an entry stands after a verification, for the viewer's and the export's column.
enum class MacStatus {
    NotSealed,  // no MAC yet
    Sealed,  // has a MAC, not checked (no verification, or no key)
    Verified,  // the chain was checked up to and including this entry
    Broken,  // the first broken entry
    AfterBreak,  // behind a break: cannot be vouched for
};
MacStatus macStatus(const AuditEntry& entry, const VerifyReport* report);

class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    static QString describe(const VerifyReport& report);
    static QString problemText(const VerifyReport& report);
    static QString macStatusLabel(MacStatus status);

    // Problems as ChainMemory and acknowledgements store them: "edited", "deleted" …
    static QString problemKey(VerifyReport::Problem problem);
    static VerifyReport::Problem problemFromKey(const QString& key);
    // The pin of `entry` as it stands: a MAC over its content and its own stored MAC.
    static QByteArray pinCheck(const QByteArray& macKey, const AuditEntry& entry);
    // An acknowledgement as stored in its entry's details, and read back.
    static QJsonObject toDetails(const Acknowledgement& acknowledgement);
    static Acknowledgement fromDetails(const QString& json);
};

}  // namespace redgrid::audit
