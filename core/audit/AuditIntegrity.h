#pragma once

#include "AuditChain.h"
#include "AuditEntry.h"
#include "ChainHeadStore.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::audit {

// What keeps one database's audit log honest on this computer. It verifies the chain
// against what this computer remembers of it (ChainHeadStore), remembers every break it
// finds so that the break stays reported until an administrator acknowledges it, moves the
// remembered head forward only over entries it checked, and records the acknowledgement,
// itself an entry of the chain. Who may do what is decided by the caller (security::AuditTrail).
class AuditIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(AuditIntegrity)

public:
    // `macKey`: the session's audit key (empty: only what needs no key can be checked).
    AuditIntegrity(storage::Connection& connection, QByteArray macKey, QString installationId,
        ChainHeadStore store = ChainHeadStore());

    // The whole log. A break is remembered; when the log is intact its head is.
    // `remembered` (optional) says whether this computer's record could be written.
    VerifyReport verify(Status* remembered = nullptr);
    // What came after the remembered head: what a sign-in checks before it writes, and what
    // is checked before the head moves forward over new entries. Cheap: a few entries.
    VerifyReport checkRecent();

    // An entry RedGrid appended without the key: the next sign-in here may seal it.
    Status rememberPending(const AuditEntry& unsealed);
    QList<PendingEntry> sealable() const;

    // Records, in the name of `accountId`/`username`, that every break the log shows now
    // (and every break remembered here) has been seen: an entry listing them and pinning
    // the entries from which the chain is trusted again. Afterwards the log verifies as
    // intact, and any later change is caught as before. Nothing, and nothing written, when
    // nothing is broken.
    Result<std::optional<AuditEntry>> acknowledge(const RecordId& accountId, const QString& username);

    // What the log says this file is: a backup or copy of another database, restored from a
    // backup (entries CopyBegun and DatabaseRestored), one sentence each, oldest first.
    QStringList origins();

private:
    Status rememberBreaks(const VerifyReport& report);

    storage::Connection& m_db;
    QByteArray m_key;
    QString m_installationId;
    ChainHeadStore m_store;
};

}  // namespace redgrid::audit
