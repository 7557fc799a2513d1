#include "DatabaseFile.h"

#include "Schema.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "security/SecuritySetup.h"
#include "security/Session.h"
#include "settings/SettingStore.h"

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

bool DatabaseFile::needsFirstAdministrator(const QString& path)
{
    const auto header = readHeader(path);
    return header && header->isSqlite && header->applicationId == ApplicationId
        && header->userVersion < Schema::FirstSecuredVersion;
}

Result<std::unique_ptr<Connection>> DatabaseFile::open(const QString& path,
    const security::FirstAdministrator* firstAdministrator, security::SecuredDatabase* secured)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, tr("the file does not exist"));
    if (!info.isFile())
        return fileError(path, tr("this is a folder, not a database file"));
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
    // Permission bits count even for an administrator, to whom isWritable() says yes.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits))
        return fileError(path,
            tr("the file is read-only; RedGrid must be able to write to its database "
               "(copy it to a writable folder or change its permissions)"));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fileError(path,
            tr("the folder holding the file is read-only; RedGrid needs to write its "
               "journal beside the database"));

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
        const int version = connection->pragmaInt("user_version");
        if (version < Schema::FirstSecuredVersion) {
            if (!firstAdministrator)
                return fileError(path,
                    tr("this database was made before RedGrid had accounts; name its first administrator "
                       "to open it (ID numbers and phones are then encrypted)"));
            if (auto problem = security::SecuritySetup::problemWith(*firstAdministrator))
                return fileError(path, *problem);
        }
        configure(*connection);
        if (version < Schema::latestVersion()) {
            security::SecuredDatabase made;
            Schema::migrate(*connection, Schema::latestVersion(), { firstAdministrator, &made });
            if (secured && made.session)
                *secured = made;
            // Push the sealed pages into the file and empty the log, which held plain ones.
            if (version < Schema::FirstSecuredVersion)
                connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return connection;
    } catch (const SqliteError& e) {
        if (e.isBusy())
            return fileError(
                path, tr("the database is locked by another program; close it there and try again"));
        if (e.code() == 26 /* SQLITE_NOTADB */)
            return fileError(path, tr("this is not a SQLite database, so not a RedGrid database"));
        if (e.code() == 11 /* SQLITE_CORRUPT */)
            return fileError(path, tr("the database file is damaged (%1)").arg(e.message()));
        return fileError(path, tr("cannot open the database: %1").arg(e.message()));
    }
}

Result<std::unique_ptr<Connection>> DatabaseFile::create(const QString& path,
    const security::FirstAdministrator& firstAdministrator, const Populate& populate,
    security::SecuredDatabase* secured)
{
    if (QFileInfo(path).isDir())
        return fileError(path, tr("this is a folder, not a database file"));
    if (QFileInfo::exists(path))
        return fileError(path, tr("a file of this name already exists"));
    if (auto problem = security::SecuritySetup::problemWith(firstAdministrator))
        return fileError(path, *problem);
    security::SecuredDatabase made;
    const QString temporary = path + QStringLiteral(".creating");
    const auto removeTemporary = [&temporary] {
        for (const char* suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(temporary + QLatin1String(suffix));
    };
    removeTemporary();

    std::optional<Error> populateError;
    try {
        {
            auto connection = Connection::open(temporary, Connection::OpenMode::ReadWriteCreate);
            // Set before the first page is written, the only time it can be (in WAL mode).
            connection->exec(QStringLiteral("PRAGMA page_size = %1").arg(PageSize));
            connection->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            configure(*connection);
            Transaction transaction(*connection);
            Schema::migrate(*connection, Schema::latestVersion(), { &firstAdministrator, &made });
            // Names this database among all offices' databases (for later data exchange).
            settings::SettingStore(*connection)
                .setValue(settings::SettingKey::InstallationId, RecordId::generate().toString());
            Status filled = populate ? populate(*connection) : Status::success();
            if (filled)
                transaction.commit();
            else
                populateError = filled.error();
        }  // closing the last connection checkpoints the log into the file
        if (populateError) {
            removeTemporary();
            if (populateError->file.isEmpty())
                populateError->file = QDir::toNativeSeparators(path);
            return *populateError;
        }
        // A log left beside the name by an earlier, deleted database would be replayed into
        // the new file when it opens.
        for (const char* suffix : { "-wal", "-shm", "-journal" })
            QFile::remove(path + QLatin1String(suffix));
        if (!QFile::rename(temporary, path)) {
            removeTemporary();
            return fileError(path, tr("cannot write the file in this folder"));
        }
    } catch (const SqliteError& e) {
        removeTemporary();
        return fileError(path, tr("cannot create the database: %1").arg(e.message()));
    }
    auto opened = open(path);
    if (opened) {
        security::attachSession(**opened, made.session);
        if (secured)
            *secured = made;
    }
    return opened;
}

}  // namespace redgrid::storage
