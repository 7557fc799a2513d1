#pragma once

#include "AuditEntry.h"
#include "ChainHead.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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

    bool isIntact() const { return outcome == Outcome::Intact; }
    bool isBroken() const { return outcome == Outcome::Broken; }
    QString message() const;  // one translated paragraph for the viewer and the CLI
};

// Walks the audit log by seq and recomputes every MAC with `macKey` (empty: checks only
// what needs no key). Old entries removed from the start are not breakage: the chain is
// checked from the first remaining entry, against what audit_chain_start kept of the
// entry before it. With `remembered`, the newest head this program has seen (from
// ChainHeadStore), a cut-off tail is caught too. Reads only; throws storage::SqliteError
// when the file fails.
VerifyReport verifyChain(
    storage::Connection& connection, const QByteArray& macKey, std::optional<ChainHead> remembered);

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
};

}  // namespace redgrid::audit
