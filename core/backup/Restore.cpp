#include "Restore.h"

#include "audit/AuditLog.h"
#include "audit/ChainHeadStore.h"
#include "security/AuditTrail.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "storage/FileIntegrity.h"
#include "storage/OutputPath.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#ifdef __linux__
#include <fcntl.h>
#endif

namespace redgrid::backup {

namespace {

// What the file being replaced says of itself, if it can be read at all.
struct Replaced
{
    bool exists = false;
    QString installationId;
    qint64 seq = 0;
};

Replaced inspect(const QString& databasePath)
{
    Replaced replaced;
    replaced.exists = QFileInfo::exists(databasePath);
    if (!replaced.exists)
        return replaced;
    try {
        auto connection = storage::Connection::open(databasePath, storage::Connection::OpenMode::ReadWrite);
        // Whatever the write-ahead log still holds goes into the file kept aside.
        connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        replaced.installationId = security::installationIdOf(*connection);
        const auto head = audit::AuditLog(*connection, {}).head();
        replaced.seq = head ? head->seq : 0;
    } catch (const storage::SqliteError&) {
        // Damaged or not a database: it is kept aside as it is.
    }
    return replaced;
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// Swaps the two files in one step where the system can; elsewhere the database is
// missing for the moment between two renames.
bool exchange(const QString& a, const QString& b)
{
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    if (renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD, QFile::encodeName(b).constData(),
            RENAME_EXCHANGE)
        == 0)
        return true;
#endif
    const QString swap = a + QStringLiteral(".swap");
    return QFile::rename(b, swap) && QFile::rename(a, b) && QFile::rename(swap, a);
}

}  // namespace

Result<Restore::Outcome> Restore::run(const QString& backupPath, const QString& databasePath,
    const QString& username, const QString& password, const storage::DatabaseCopy::Progress& progress)
{
    const QString backupName = QDir::toNativeSeparators(backupPath);
    const QString databaseName = QDir::toNativeSeparators(databasePath);
    const auto header = storage::DatabaseFile::readHeader(backupPath);
    if (!QFileInfo(backupPath).isFile() || !header || !header->isSqlite
        || header->applicationId != storage::DatabaseFile::ApplicationId)
        return Error::inFile(backupName, tr("not a RedGrid database or backup"));
    if (Status allowed = storage::OutputPath::check(databasePath, { backupPath }); !allowed)
        return allowed.error();

    const QFileInfo target(databasePath);
    const QString verifying
        = target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".restoring"));
    removeWithCompanions(verifying);
    if (Status copied = storage::DatabaseCopy::save(backupPath, verifying, progress); !copied)
        return copied.error();

    Outcome outcome;
    const Replaced replaced = inspect(databasePath);
    outcome.replacedSeq = replaced.seq;
    const QString keptAside = replaced.exists
        ? target.absoluteDir().filePath(target.completeBaseName() + QStringLiteral(".before-restore-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss")) + QStringLiteral(".")
            + target.suffix())
        : QString();
    QString installationId;
    std::optional<audit::ChainHead> restoredHead;
    // Every connection to the copy is closed when this returns: a refused copy is removed
    // with its write-ahead log, never left for the next restore's copy to inherit.
    const auto verifyAndMark = [&]() -> Status {
        try {
            {
                auto raw = storage::Connection::open(verifying, storage::Connection::OpenMode::ReadOnly);
                const QStringList problems
                    = storage::FileIntegrity::problems(*raw, storage::FileIntegrity::Depth::Full);
                if (!problems.isEmpty())
                    return Error::inFile(backupName,
                        tr("the backup is damaged and was not restored: %1").arg(problems.join(u"; ")));
            }
            auto opened = storage::DatabaseFile::open(verifying);
            if (!opened)
                return Error::inFile(backupName, opened.error().message);
            storage::Connection& db = **opened;
            const auto session = security::SignIn::withPassword(db, username, password);
            if (!session)
                return session.error().of(backupName);
            if (!(*session)->allows(security::Permission::ManageAccounts))
                return Error::denied(
                    tr("restoring replaces the whole database: an administrator of the backup must sign in"))
                    .of(backupName);
            const auto verified = security::verifyAuditLog(db);
            if (!verified)
                return Error::inFile(backupName, verified.error().message);
            if (verified->isBroken())
                return Error::inFile(backupName,
                    tr("the backup's audit log is broken; it was not restored: %1").arg(verified->message()));

            outcome.backup = CopyMarker::readFrom(db);
            installationId
                = outcome.backup ? outcome.backup->sourceInstallationId : security::installationIdOf(db);
            if (!replaced.installationId.isEmpty() && replaced.installationId != installationId)
                return Error::inFile(backupName,
                    tr("this is a backup of another database, not of %1; it was not restored")
                        .arg(databaseName));

            storage::Transaction transaction(db);
            settings::SettingStore(db).setValue(settings::SettingKey::InstallationId, installationId);
            CopyMarker::removeFrom(db);
            security::recordAudit(db,
                { audit::AuditAction::DatabaseRestored, QStringLiteral("setting"), {},
                    { { QStringLiteral("backup"), backupName },
                        { QStringLiteral("backup_seq"), outcome.backup ? outcome.backup->sourceSeq : 0 },
                        { QStringLiteral("replaced_seq"), replaced.seq },
                        { QStringLiteral("kept_aside"), QDir::toNativeSeparators(keptAside) } } });
            transaction.commit();
            const auto head = audit::AuditLog(db, (*session)->keys().auditKey().toByteArray()).head();
            outcome.restoredSeq = head ? head->seq : 0;
            if (head)
                restoredHead = *head;
        } catch (const storage::SqliteError& e) {
            return Error::inFile(backupName, tr("the backup could not be read: %1").arg(e.message()));
        }
        return Status::success();
    };
    if (Status ready = verifyAndMark(); !ready) {
        removeWithCompanions(verifying);
        return ready.error();
    }
    const auto discard = [&](const Error& error) -> Result<Outcome> {
        removeWithCompanions(verifying);
        return error;
    };

    // The verified copy, closed and whole, takes the database's place.
    if (replaced.exists) {
        for (const char* companion : { "-wal", "-shm" }) {
            const QString old = databasePath + QLatin1String(companion);
            if (QFileInfo::exists(old) && !QFile::rename(old, keptAside + QLatin1String(companion)))
                QFile::remove(old);
        }
        if (!exchange(verifying, databasePath))
            return discard(Error::inFile(databaseName, tr("the backup could not be put in place")));
        if (!QFile::rename(verifying, keptAside))
            return Error::inFile(databaseName,
                tr("the backup is in place, but the file it replaced could not be kept as %1; it is at %2")
                    .arg(QDir::toNativeSeparators(keptAside), QDir::toNativeSeparators(verifying)));
        outcome.keptAside = QDir::toNativeSeparators(keptAside);
    } else if (!QFile::rename(verifying, databasePath)) {
        return discard(Error::inFile(databaseName, tr("the backup could not be put in place")));
    }
    // This computer's memory of the chain moves back to the restore's entry, saying why.
    if (restoredHead)
        (void)audit::ChainHeadStore().rememberRestore(
            installationId, *restoredHead, replaced.seq, backupName, outcome.keptAside);
    return outcome;
}

}  // namespace redgrid::backup
