#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::backup {

// What a backup or a copy of a database says about itself, in its own settings: which
// database it copies (that one's installation id; the copy has an id of its own, so that
// working on a copy never makes the original's audit log look cut off), when, up to which
// audit entry, and what it held. Read to list backups without signing in to each.
struct CopyMarker
{
    enum class Kind { Backup, Copy };

    Kind kind = Kind::Backup;
    QString sourceInstallationId;
    QString sourceName;  // the file name of the database copied
    QDateTime madeAt;
    qint64 sourceSeq = 0;  // the newest audit entry of the database copied
    qint64 members = 0;  // active members in the whole file
    qint64 organisations = 0;

    static QString kindKey(Kind kind);

    void writeTo(storage::Connection& copy) const;  // throws SqliteError
    // Nothing when the file is no copy (or was restored: a restore takes the marker off).
    static std::optional<CopyMarker> readFrom(storage::Connection& connection);
    static void removeFrom(storage::Connection& connection);
};

}  // namespace redgrid::backup
