#pragma once

#include "ChainHead.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::audit {

// An entry RedGrid appended on this computer without the key (a failed sign-in): its seq
// and the digest of its content as stored (AuditMac::digest). Only such entries may be
// sealed later; anything else found unsealed was put there by someone else.
struct PendingEntry
{
    qint64 seq = 0;
    QByteArray digest;

    friend bool operator==(const PendingEntry&, const PendingEntry&) = default;
};

// A break a verification found: which problem (VerifyReport::Problem, by its stored key),
// where, and when it was first found. Kept until an administrator acknowledges it, so that
// a break stays reported whatever happens to the log afterwards.
struct ChainBreak
{
    QString problem;  // AuditChain::problemKey
    qint64 seq = 0;
    qint64 otherSeq = 0;
    qint64 foundAtMs = 0;

    // The same break (the time it was found aside).
    bool sameAs(const ChainBreak& other) const { return problem == other.problem && seq == other.seq; }
};

// What this computer remembers of one database's audit chain, outside the database
// (ChainHeadStore): someone who can rewrite the file cannot rewrite this.
struct ChainMemory
{
    std::optional<ChainHead> head;  // the newest sealed entry seen intact here
    QList<PendingEntry> pending;  // appended here without the key since the head
    QList<ChainBreak> breaks;  // found here and not acknowledged yet
    // Set when the file this is kept in could not be read (garbage, unreadable): what it
    // said is lost, so a log cut short since could not be noticed. Reported by every
    // verification until an administrator acknowledges it (ChainHeadStore).
    QString problem;

    bool knowsPending(qint64 seq, const QByteArray& digest) const
    {
        for (const PendingEntry& entry : pending)
            if (entry.seq == seq && entry.digest == digest)
                return true;
        return false;
    }
};

}  // namespace redgrid::audit
