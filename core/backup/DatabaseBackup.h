#pragma once

#include "CopyMarker.h"
#include "common/RecordId.h"
#include "common/Result.h"
#include "storage/DatabaseCopy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::backup {

// Writes a backup or a copy of a whole database (SQLite's online backup API, so the program
// keeps working on the file meanwhile) and makes it a file of its own: an installation id of
// its own and a first audit entry saying what it copies (CopyMarker, AuditAction::CopyBegun),
// sealed with the signed-in account's key, so that working on the copy never makes the
// original's log look cut off. The copy must pass PRAGMA integrity_check and
// foreign_key_check before it is put in place: it is whole and sound, or absent.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // What the writing needs of the open database, taken on the thread that owns it.
    struct Request
    {
        CopyMarker::Kind kind = CopyMarker::Kind::Backup;
        QString sourcePath;
        QString targetPath;
        QByteArray auditKey;
        RecordId accountId;
        QString username;
        CopyMarker marker;  // source, counts; made_at and seq are filled in
    };
    struct Written
    {
        CopyMarker marker;
        QString copyInstallationId;
    };

    // The request for `source`, signed in: the account, its key and the whole file's counts.
    static Result<Request> request(
        storage::Connection& source, CopyMarker::Kind kind, const QString& targetPath);
    // May run on another thread: it opens its own connections.
    static Result<Written> write(
        const Request& request, const storage::DatabaseCopy::Progress& progress = {});
    // Back on the source's thread: the entry saying a copy was written and where, and the
    // copy remembered with the chain (audit::ChainHeadStore::rememberCopy).
    static Status recordIn(storage::Connection& source, const QString& targetPath, const Written& written);
};

}  // namespace redgrid::backup
