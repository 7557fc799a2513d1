#include "DiskRoom.h"

#include "Connection.h"
#include "SqliteError.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace redgrid::storage {

namespace {
constexpr int SqliteFull = 13;
}

qint64 DiskRoom::pageCount(Connection& connection)
{
    return connection.pragmaInt("page_count");
}

void DiskRoom::requireRoom(Connection& connection, qint64 grownPages)
{
    // An in-memory database has no disk to fill.
    if (grownPages <= 0 || connection.path().isEmpty() || connection.path() == QLatin1String(":memory:"))
        return;
    const qint64 needed = 2 * grownPages * connection.pragmaInt("page_size") + MarginBytes;
    QStorageInfo disk(QFileInfo(connection.path()).absolutePath());
    disk.refresh();
    if (!disk.isValid() || disk.bytesAvailable() < 0 || disk.bytesAvailable() >= needed)
        return;
    const auto megabytes = [](qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', 1); };
    throw SqliteError(SqliteFull,
        tr("%1 (%2 MB free; this change needs about %3 MB); nothing was changed")
            .arg(fullMessage(connection.path()), megabytes(disk.bytesAvailable()), megabytes(needed)));
}

QString DiskRoom::readOnlyReason(const QString& path)
{
    return tr("%1: RedGrid opened the database for reading only (the sign-in was not recorded); free some "
              "space and open it again to make changes")
        .arg(fullMessage(path));
}

bool DiskRoom::isFull(const QString& path)
{
    QStorageInfo disk(QFileInfo(path).absolutePath());
    disk.refresh();
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < MarginBytes;
}

QString DiskRoom::nothingChanged(const QString& path)
{
    return tr("%1; nothing was changed").arg(fullMessage(path));
}

QString DiskRoom::fullMessage(const QString& path)
{
    return tr("the disk holding %1 is full").arg(QDir::toNativeSeparators(path));
}

}  // namespace redgrid::storage
