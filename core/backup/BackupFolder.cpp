#include "BackupFolder.h"

#include "security/Access.h"
#include "security/AuditTrail.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace redgrid::backup {

namespace {

const QString Infix = QStringLiteral("_backup_");
const QString StampFormat = QStringLiteral("yyyy-MM-dd_HHmmss");
const QString Suffix = QStringLiteral(".redgrid");

// The week a date lies in, as one number (ISO weeks: Monday to Sunday).
int weekKey(const QDate& date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return year * 100 + week;
}

}  // namespace

QString BackupFolder::defaultFolder(const QString& databasePath)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/") + QFileInfo(databasePath).completeBaseName());
}

BackupFolder BackupFolder::of(storage::Connection& database)
{
    const QString chosen
        = settings::SettingStore(database).value(settings::SettingKey::BackupFolder, QString());
    if (chosen.isEmpty())
        return BackupFolder(defaultFolder(database.path()), database.path());
    return BackupFolder(chosen, database.path(), true);
}

Status BackupFolder::setFolder(storage::Connection& database, const QString& folder)
{
    if (Status allowed = security::Access(database).require(security::Permission::ManageAccounts); !allowed)
        return allowed;
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(database);
        settings::SettingStore store(database);
        if (cleaned.isEmpty())
            store.remove(settings::SettingKey::BackupFolder);
        else
            store.setValue(settings::SettingKey::BackupFolder, cleaned);
        security::recordAudit(database,
            { audit::AuditAction::Changed, QStringLiteral("setting"), {},
                { { QStringLiteral("key"), settings::SettingKey::BackupFolder },
                    { QStringLiteral("value"), QDir::toNativeSeparators(cleaned) } } });
        transaction.commit();
        return Status::success();
    });
}

BackupFolder::BackupFolder(QString folder, const QString& databasePath, bool chosen)
    : m_folder(std::move(folder))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
    , m_chosen(chosen)
{
}

Status BackupFolder::ready() const
{
    const QFileInfo info(m_folder);
    const QString name = QDir::toNativeSeparators(m_folder);
    if (info.exists())
        return info.isDir() ? Status::success()
                            : Error::inFile(name, tr("the backup folder is not a folder"));
    if (m_chosen)
        return Error::inFile(name,
            tr("the backup folder is missing (a USB drive not plugged in, or a share not reachable?); no "
               "backup was made"));
    if (!QDir().mkpath(m_folder))
        return Error::inFile(name, tr("the backup folder cannot be made; no backup was made"));
    return Status::success();
}

QString BackupFolder::newBackupPath(const QDateTime& at) const
{
    const QString stem = QDir(m_folder).filePath(m_baseName + Infix + at.toString(StampFormat));
    QString path = stem + Suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QLatin1Char('-') + QString::number(n) + Suffix;
    return path;
}

QList<BackupEntry> BackupFolder::list() const
{
    QList<BackupEntry> entries;
    const QDir dir(m_folder);
    const QFileInfoList files = dir.entryInfoList(
        { m_baseName + Infix + QLatin1Char('*') + Suffix }, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& file : files) {
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.bytes = file.size();
        const QString stamp
            = file.completeBaseName().mid(m_baseName.size() + Infix.size(), StampFormat.size());
        entry.madeAt = QDateTime::fromString(stamp, StampFormat);
        try {
            auto connection = storage::Connection::open(entry.path, storage::Connection::OpenMode::ReadOnly);
            entry.marker = CopyMarker::readFrom(*connection);
            if (!entry.marker)
                entry.problem = tr("not a RedGrid backup");
        } catch (const storage::SqliteError& e) {
            entry.problem = e.message();
        }
        if (entry.marker && entry.marker->madeAt.isValid() && entry.marker->madeAt.toMSecsSinceEpoch() > 0)
            entry.madeAt = entry.marker->madeAt;
        if (!entry.madeAt.isValid())
            entry.madeAt = file.lastModified();
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const BackupEntry& a, const BackupEntry& b) { return a.madeAt > b.madeAt; });
    return entries;
}

QList<BackupEntry> BackupFolder::rotatedOut(
    const QList<BackupEntry>& newestFirst, const QString& installationId)
{
    QSet<QDate> days;
    QSet<int> weeks;
    QList<BackupEntry> removed;
    for (const BackupEntry& entry : newestFirst) {
        if (!entry.marker || entry.marker->sourceInstallationId != installationId)
            continue;
        const QDate day = entry.madeAt.date();
        bool kept = false;
        if (!days.contains(day) && days.size() < DaysKept) {
            days.insert(day);
            kept = true;
        }
        if (!weeks.contains(weekKey(day)) && weeks.size() < WeeksKept) {
            weeks.insert(weekKey(day));
            kept = true;
        }
        if (!kept)
            removed.append(entry);
    }
    return removed;
}

QStringList BackupFolder::rotate(const QString& installationId) const
{
    QStringList notRemoved;
    for (const BackupEntry& entry : rotatedOut(list(), installationId))
        if (!QFile::remove(entry.path))
            notRemoved << entry.path;
    return notRemoved;
}

}  // namespace redgrid::backup
