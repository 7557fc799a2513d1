#include "FileInPlace.h"

#include "Connection.h"
#include "SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace redgrid::storage {

namespace {
constexpr int SqliteReadOnlyDbMoved = 8 | (4 << 8);  // SQLITE_READONLY_DBMOVED
}

FileInPlace::Identity FileInPlace::of(const QString& path)
{
    Identity identity;
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (!path.isEmpty() && path != QLatin1String(":memory:")
        && ::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.device = quint64(status.st_dev);
        identity.inode = quint64(status.st_ino);
        identity.known = true;
    }
#else
    Q_UNUSED(path);
#endif
    return identity;
}

void FileInPlace::require(Connection& connection)
{
    const Identity opened = connection.fileIdentity();
    if (!opened.known || of(connection.path()) == opened)
        return;
    // The log goes into the file through SQLite's open handle, wherever the file is now.
    try {
        connection.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SqliteError&) {
        // Nothing more can be done for a file that has gone; the refusal below still holds.
    }
    const QString reason = goneMessage(connection.path());
    connection.refuseWrites(reason);
    throw SqliteError(SqliteReadOnlyDbMoved, reason);
}

void FileInPlace::tidyAfterClose(const QString& path, const Identity& opened)
{
    if (!opened.known || QFileInfo::exists(path))
        return;
    const QString log = path + QStringLiteral("-wal");
    if (QFileInfo::exists(log) && QFileInfo(log).size() == 0) {
        QFile::remove(log);
        QFile::remove(path + QStringLiteral("-shm"));
    }
}

QString FileInPlace::goneMessage(const QString& path)
{
    return tr(
        "%1 was moved, renamed or deleted while RedGrid had it open: nothing was changed, and RedGrid "
        "takes no more changes to it. If it was moved, everything saved is in it at its new place: "
        "open it there. If it was deleted by mistake, restore it from the recycle bin or from a backup.")
        .arg(QDir::toNativeSeparators(path));
}

}  // namespace redgrid::storage
