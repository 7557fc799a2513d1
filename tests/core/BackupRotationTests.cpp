// Which backups the rotation keeps: the newest of each of the last 7 days that have one and
// the newest of each of the last 4 weeks; never a file of another database or one that
// cannot be read.
#include "backup/BackupFolder.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace redgrid;
using backup::BackupEntry;
using backup::BackupFolder;

namespace {

BackupEntry entry(const QDateTime& at, const QString& installation)
{
    BackupEntry made;
    made.path = at.toString(QStringLiteral("yyyy-MM-dd_HHmmss")) + QLatin1Char('-') + installation;
    made.madeAt = at;
    backup::CopyMarker marker;
    marker.sourceInstallationId = installation;
    marker.madeAt = at;
    made.marker = marker;
    return made;
}

}  // namespace

TEST_CASE("Rotation keeps 7 daily and 4 weekly backups of the database, newest of each", "[backup]")
{
    // Sunday 2026-12-06: two months of a backup at every close, three closes a day.
    const QDate last(2026, 12, 6);
    QList<BackupEntry> newestFirst;
    for (int day = 0; day < 60; ++day)
        for (int hour : { 18, 12, 9 })
            newestFirst.append(entry(QDateTime(last.addDays(-day), QTime(hour, 0)), QStringLiteral("A")));
    BackupEntry unreadable = entry(QDateTime(last.addDays(-30), QTime(8, 0)), QStringLiteral("A"));
    unreadable.marker.reset();
    newestFirst.append(unreadable);
    newestFirst.append(entry(QDateTime(last.addDays(-40), QTime(8, 0)), QStringLiteral("B")));

    const QList<BackupEntry> removed = BackupFolder::rotatedOut(newestFirst, QStringLiteral("A"));
    QSet<QString> removedPaths;
    for (const BackupEntry& one : removed)
        removedPaths.insert(one.path);
    QList<QDateTime> kept;
    for (const BackupEntry& one : newestFirst)
        if (!removedPaths.contains(one.path) && one.marker
            && one.marker->sourceInstallationId == QLatin1String("A"))
            kept.append(one.madeAt);

    // Days: 12-06 … 11-30 (Monday), at 18:00: the week ending 12-06. Weeks (Monday to
    // Sunday): the three before add their Sundays, 11-29, 11-22 and 11-15.
    QList<QDateTime> expected;
    for (int day = 0; day < 7; ++day)
        expected.append(QDateTime(last.addDays(-day), QTime(18, 0)));
    expected.append(QDateTime(QDate(2026, 11, 29), QTime(18, 0)));
    expected.append(QDateTime(QDate(2026, 11, 22), QTime(18, 0)));
    expected.append(QDateTime(QDate(2026, 11, 15), QTime(18, 0)));
    CHECK(kept == expected);
    CHECK(removed.size() == 60 * 3 - 10);
    // Another database's backup and an unreadable file stay.
    CHECK_FALSE(removedPaths.contains(unreadable.path));
    CHECK_FALSE(removedPaths.contains(newestFirst.last().path));
}

TEST_CASE("Rotation keeps everything while there are fewer backups than it keeps", "[backup]")
{
    QList<BackupEntry> newestFirst;
    for (int day = 0; day < 5; ++day)
        newestFirst.append(
            entry(QDateTime(QDate(2026, 12, 6).addDays(-day * 3), QTime(17, 30)), QStringLiteral("A")));
    CHECK(BackupFolder::rotatedOut(newestFirst, QStringLiteral("A")).isEmpty());
}
