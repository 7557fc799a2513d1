#pragma once

#include "CopyMarker.h"
#include "common/Result.h"
#include "storage/DatabaseCopy.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redgrid::backup {

// Puts a backup in place of a database. The backup is verified first, on a copy beside the
// database, never on itself: its pages and references (FileIntegrity), an administrator's
// sign-in to it (a backup is encrypted as the database was: its own accounts open it), and its
// audit chain. Only then is the database file (with its log) kept aside under a dated name
// and the verified copy put in its place in one step. The restored file takes back the
// installation id of the database it was a backup of, and its log and this computer's
// memory of the chain say it was restored (AuditAction::DatabaseRestored,
// audit::ChainHeadStore::rememberRestore), so that `audit verify` tells a restored backup
// from a log cut short. The database must not be open in this process.
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    struct Outcome
    {
        QString keptAside;  // where the file replaced went; empty when there was none
        std::optional<CopyMarker> backup;  // what the backup said of itself
        qint64 replacedSeq = 0;  // the newest audit entry of the file replaced (0: none or unreadable)
        qint64 restoredSeq = 0;  // the restore's own entry
    };

    static Result<Outcome> run(const QString& backupPath, const QString& databasePath,
        const QString& username, const QString& password,
        const storage::DatabaseCopy::Progress& progress = {});
};

}  // namespace redgrid::backup
