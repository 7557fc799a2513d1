#pragma once

#include "CopyMarker.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::backup {

// One file in a backup folder, as listed for the user and for the rotation.
struct BackupEntry
{
    QString path;
    QDateTime madeAt;  // from the file's name (local time)
    qint64 bytes = 0;
    std::optional<CopyMarker> marker;  // nothing when the file cannot be read
    QString problem;  // why it cannot be read
};

// Where a database's automatic backups are kept and which of them are kept: by default
// <user data folder>/backups/<database name>/, or the folder set for the database (a USB
// drive, a share). Backups are named "<database name>_backup_yyyy-MM-dd_HHmmss.redgrid".
// Of them the newest of each of the last 7 days that have one and the newest of each of the
// last 4 weeks are kept; the rest are rotated out, never before a new backup has passed its
// checks (DatabaseBackup).
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    static constexpr int DaysKept = 7;
    static constexpr int WeeksKept = 4;

    static QString defaultFolder(const QString& databasePath);
    // The folder set for the open database (settings::SettingKey::BackupFolder) or the default.
    static BackupFolder of(storage::Connection& database);
    // Sets the folder (empty: the default again): for administrators, audited.
    static Status setFolder(storage::Connection& database, const QString& folder);

    BackupFolder(QString folder, const QString& databasePath, bool chosen = false);

    QString folder() const { return m_folder; }
    bool isChosen() const { return m_chosen; }  // set for the database, not the default
    // The folder exists or, the default, could be made. A folder chosen for the database is
    // never made: a missing USB drive is said, not replaced by an empty folder.
    Status ready() const;
    // A new backup's path (not an existing file's).
    QString newBackupPath(const QDateTime& at) const;

    // Newest first. Each file's marker is read without signing in (CopyMarker).
    QList<BackupEntry> list() const;
    // The backups of the database `installationId` that the rotation removes from `newestFirst`.
    // Files of other databases and files that cannot be read are never removed.
    static QList<BackupEntry> rotatedOut(
        const QList<BackupEntry>& newestFirst, const QString& installationId);
    // Removes them; the paths it could not remove are returned.
    QStringList rotate(const QString& installationId) const;

private:
    QString m_folder;
    QString m_baseName;
    bool m_chosen = false;
};

}  // namespace redgrid::backup
