#include "DatabaseFile.h"

#include "DiskRoom.h"
#include "FileIntegrity.h"
#include "FileKind.h"
#include "Schema.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "UnfinishedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace redgrid::storage {
namespace {

// How long the open-time probe waits for another program's write lock to go away.
constexpr int LockProbeTimeoutMs = 1500;

Error fileError(const QString& path, const QString& message)
{
    return Error::inFile(QDir::toNativeSeparators(path), message);
}

// The name a new database has until it is complete.
const QLatin1String UnfinishedSuffix(".creating");

}  // namespace

std::optional<QString> DatabaseFile::identityProblem(quint32 applicationId, int userVersion)
{
    if (applicationId != ApplicationId)
        return tr("this SQLite database was not made by RedGrid");
    if (userVersion > Schema::latestVersion())
        return tr("this database was written by a newer version of RedGrid (schema version %1; this "
                  "program reads up to version %2); update RedGrid to open it")
            .arg(userVersion)
            .arg(Schema::latestVersion());
    return std::nullopt;
}

std::optional<FileHeader> DatabaseFile::readHeader(const QString& path)
{
    if (!FileKind::input(path))
        return std::nullopt;  // a named pipe would block the read
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    FileHeader result;
    result.isSqlite = header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (result.isSqlite) {
        const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
        result.userVersion = static_cast<int>(qFromBigEndian<quint32>(bytes + 60));
        result.applicationId = qFromBigEndian<quint32>(bytes + 68);
    }
    return result;
}

std::unique_ptr<Connection> DatabaseFile::openReader(const QString& path)
{
    auto connection = Connection::open(path, Connection::OpenMode::ReadOnly);
    connection->setBusyTimeout(BusyTimeoutMs);
    return connection;
}

void DatabaseFile::configure(Connection& connection)
{
    connection.setBusyTimeout(BusyTimeoutMs);
    connection.exec("PRAGMA foreign_keys = ON");
    connection.exec("PRAGMA journal_mode = WAL");
    connection.exec("PRAGMA synchronous = FULL");
    // Deleted content is overwritten, so an ID number sealed in place leaves no plain copy.
    connection.exec("PRAGMA secure_delete = ON");
}

Result<std::unique_ptr<Connection>> DatabaseFile::open(const QString& path, const Upgrade& upgrade)
{
    return openFile(path, upgrade, Check::OnOpen);
}

Result<std::unique_ptr<Connection>> DatabaseFile::openAnother(const Connection& checked)
{
    if (!checked.writesRefused().isEmpty()) {
        try {
            // Immutable again where the first could make no -shm (a full disk, a read-only folder).
            const auto mode = checked.openMode() == Connection::OpenMode::Immutable
                ? Connection::OpenMode::Immutable
                : Connection::OpenMode::ReadOnly;
            auto connection = Connection::open(checked.path(), mode);
            connection->setBusyTimeout(BusyTimeoutMs);
            connection->exec("PRAGMA foreign_keys = ON");
            connection->setDamage(checked.damage());
            connection->refuseWrites(checked.writesRefused());
            return connection;
        } catch (const SqliteError& e) {
            return fileError(checked.path(), tr("cannot open the database: %1").arg(e.message()));
        }
    }
    return openFile(checked.path(), {}, Check::Skip);
}

Result<std::unique_ptr<Connection>> DatabaseFile::openFile(
    const QString& path, const Upgrade& upgrade, Check check)
{
    if (Status regular = FileKind::input(path); !regular)
        return regular.error();
    if (path.endsWith(UnfinishedSuffix))
        return fileError(path,
            tr("this is an unfinished file left by an interrupted `demo` or `init` (or a new database "
               "that was not completed), not a database; delete it"));
    const QFileInfo info(path);
    if (!info.isReadable())
        return fileError(path, tr("the file cannot be read (permission denied)"));
    if (info.size() == 0)
        return fileError(path, tr("the file is empty; it is not a RedGrid database"));

    // Look at the header ourselves first: SQLite is not allowed near a file we would refuse.
    const std::optional<FileHeader> header = readHeader(path);
    if (!header)
        return fileError(path, tr("the file cannot be read"));
    if (!header->isSqlite)
        return fileError(path, tr("this is not a SQLite database, so not a RedGrid database"));
    if (auto problem = identityProblem(header->applicationId, header->userVersion))
        return fileError(path, *problem);
    // A file RedGrid may not write to is read, never written (issue 24 §4): a copy on a
    // write-protected USB stick or CD, a file received read-only. Permission bits count even
    // for an administrator, to whom isWritable() says yes.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!info.isWritable() || !(info.permissions() & writeBits) || !folderWritable) {
        const QString file = QDir::toNativeSeparators(path);
        const QString cause = folderWritable ? tr("%1 is read-only").arg(file)
                                             : tr("the folder or disk holding %1 is read-only").arg(file);
        return openForReading(path, cause,
            tr("%1: RedGrid opened the database for reading only; to make changes, copy it to a "
               "writable folder or change its permissions")
                .arg(cause),
            folderWritable);
    }

    try {
        auto connection = Connection::open(path, Connection::OpenMode::ReadWrite);
        connection->setBusyTimeout(LockProbeTimeoutMs);
        // The header may lag behind a write-ahead log; these reads are authoritative.
        if (auto problem = identityProblem(static_cast<quint32>(connection->pragmaInt("application_id")),
                connection->pragmaInt("user_version")))
            return fileError(path, *problem);
        // Take and release the write lock once, so a file held by another program is
        // refused now rather than failing at the user's first edit.
        connection->exec("BEGIN IMMEDIATE");
        connection->exec("ROLLBACK");
        // A damaged file is never written to: it is opened again for reading only.
        if (check == Check::OnOpen) {
            if (const QStringList damage = FileIntegrity::onOpen(*connection).problems; !damage.isEmpty()) {
                connection.reset();
                return openDamaged(path, damage);
            }
        }
        const int version = connection->pragmaInt("user_version");
        const int latest = Schema::latestVersion();
        if (version < latest) {
            if (auto refused = Schema::refusal(version, upgrade))
                return fileError(path, *refused);
        }
        configure(*connection);
        if (version < latest) {
            Schema::migrate(*connection, latest, upgrade);
            // Push the migrated pages into the file and empty the log: a migration may have
            // replaced plain values (version 3 seals ID numbers), whose pages the log still holds.
            connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return connection;
    } catch (const SqliteError& e) {
        if (e.isBusy())
            return fileError(
                path, tr("the database is locked by another program; close it there and try again"));
        // No room for SQLite's -shm beside the file: read it as it is, if the file holds it all.
        if ((e.code() == 10 /* SQLITE_IOERR */ || e.isDiskFull()) && DiskRoom::isFull(path))
            return openOnFullDisk(path);
        // The header said ours: a file SQLite cannot read past it is damaged.
        if (e.isDamage())
            return openDamaged(path, { e.message() });
        return fileError(path, tr("cannot open the database: %1").arg(e.message()));
    }
}

Result<std::unique_ptr<Connection>> DatabaseFile::openDamaged(const QString& path, const QStringList& damage)
{
    const QString file = QDir::toNativeSeparators(path);
    const Error unreadable = fileError(path,
        tr("the database file is damaged (%1) and cannot be read; restore the newest good backup "
           "(redgrid-cli backups %2)")
            .arg(damage.constFirst(), file));
    try {
        auto connection = Connection::open(path, Connection::OpenMode::ReadOnly);
        connection->setBusyTimeout(BusyTimeoutMs);
        // Read as it is: an older schema cannot be migrated without writing.
        if (connection->pragmaInt("user_version") != Schema::latestVersion())
            return unreadable;
        connection->exec("PRAGMA foreign_keys = ON");
        connection->setDamage(damage);
        connection->refuseWrites(
            tr("%1 is damaged (%2): RedGrid opened it for reading only and writes nothing to it; export "
               "what you need and restore the newest good backup")
                .arg(file, damage.constFirst()));
        return connection;
    } catch (const SqliteError&) {
        return unreadable;
    }
}

Result<std::unique_ptr<Connection>> DatabaseFile::openOnFullDisk(const QString& path)
{
    return openForReading(path, DiskRoom::fullMessage(path), DiskRoom::readOnlyReason(path), false);
}

Result<std::unique_ptr<Connection>> DatabaseFile::openForReading(
    const QString& path, const QString& cause, const QString& reason, bool besideWritable)
{
    const bool logHoldsChanges = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (logHoldsChanges && !besideWritable)
        return fileError(path,
            tr("%1, and the database's log (%2-wal) holds changes not yet in the file: it can be opened "
               "only where they can be written into it")
                .arg(cause, QFileInfo(path).fileName()));
    try {
        // Immutable where it can be: no lock taken, no -shm or -wal left beside a file that is
        // not ours to change. A log holding changes needs SQLite's reading of it.
        auto connection = Connection::open(
            path, logHoldsChanges ? Connection::OpenMode::ReadOnly : Connection::OpenMode::Immutable);
        connection->setBusyTimeout(BusyTimeoutMs);
        // Read as it is: an older schema cannot be migrated without writing.
        if (connection->pragmaInt("user_version") != Schema::latestVersion())
            return fileError(path,
                tr("%1, and the database is from an older version of RedGrid, which must write to it to "
                   "upgrade it")
                    .arg(cause));
        connection->exec("PRAGMA foreign_keys = ON");
        connection->setDamage(FileIntegrity::onOpen(*connection).problems);
        connection->refuseWrites(reason);
        return connection;
    } catch (const SqliteError& e) {
        return fileError(path, tr("%1: cannot open the database: %2").arg(cause, e.message()));
    }
}

Result<std::unique_ptr<Connection>> DatabaseFile::create(
    const QString& path, const Populate& populate, const Upgrade& upgrade)
{
    if (Status regular = FileKind::output(path); !regular)
        return regular.error();
    if (QFileInfo::exists(path))
        return fileError(path, tr("a file of this name already exists"));
    if (auto refused = Schema::refusal(0, upgrade))
        return fileError(path, *refused);
    auto unfinished = UnfinishedFile::createNamed(path, UnfinishedSuffix);
    if (!unfinished)
        return unfinished.error();
    const QString temporary = (*unfinished)->path();

    std::optional<Error> populateError;
    try {
        {
            auto connection = Connection::open(temporary, Connection::OpenMode::ReadWriteCreate);
            // Set before the first page is written, the only time it can be (in WAL mode).
            connection->exec(QStringLiteral("PRAGMA page_size = %1").arg(PageSize));
            configure(*connection);
            Transaction transaction(*connection);
            Schema::migrate(*connection, Schema::latestVersion(), upgrade);
            Status filled = populate ? populate(*connection) : Status::success();
            if (filled) {
                // Marked as RedGrid's in the transaction that completes it: a file cut short
                // by a kill or a power cut is never taken for a database.
                connection->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
                transaction.commit();
            } else {
                populateError = filled.error();
            }
        }  // closing the last connection checkpoints the log into the file
        if (populateError) {
            if (populateError->file.isEmpty())
                populateError->file = QDir::toNativeSeparators(path);
            return *populateError;
        }
        // Closing checkpointed the log into the file, unless the disk had no room for it: then
        // the log holds what the file lacks, and the file alone must not become the database.
        if (QFileInfo(temporary + QStringLiteral("-wal")).size() > 0) {
            for (const char* suffix : { "-wal", "-shm" })
                QFile::remove(temporary + QLatin1String(suffix));
            return fileError(path,
                tr("the new database could not be written whole (is the disk full?); nothing was created"));
        }
        // A log left beside the name by an earlier, deleted database would be replayed into
        // the new file when it opens.
        for (const char* suffix : { "-wal", "-shm", "-journal" })
            QFile::remove(path + QLatin1String(suffix));
        if (Status committed = (*unfinished)->commit(); !committed)
            return committed.error();
    } catch (const SqliteError& e) {
        return fileError(path, tr("cannot create the database: %1").arg(e.message()));
    }
    return open(path);
}

}  // namespace redgrid::storage
