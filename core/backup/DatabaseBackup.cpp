#include "DatabaseBackup.h"

#include "audit/AuditLog.h"
#include "audit/ChainHeadStore.h"
#include "organisation/OrgFigures.h"
#include "roster/RosterCounts.h"
#include "security/AuditTrail.h"
#include "security/Session.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/FileIntegrity.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>

namespace redgrid::backup {

Result<DatabaseBackup::Request> DatabaseBackup::request(
    storage::Connection& source, CopyMarker::Kind kind, const QString& targetPath)
{
    const security::Session* session = security::Session::of(source);
    if (!session)
        return Error::denied(tr("sign in first: a copy is sealed with the signed-in account's key"));
    Request request;
    request.kind = kind;
    request.sourcePath = source.path();
    request.targetPath = targetPath;
    request.auditKey = session->keys().auditKey().toByteArray();
    request.accountId = session->account().id;
    request.username = session->account().username;
    try {
        request.marker.kind = kind;
        request.marker.sourceInstallationId = security::installationIdOf(source);
        request.marker.sourceName = QFileInfo(source.path()).fileName();
        request.marker.members = roster::RosterCounts(source).activeInFile();
        request.marker.organisations = organisation::OrgFigures(source).organisationsInFile();
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
    return request;
}

Result<DatabaseBackup::Written> DatabaseBackup::write(
    const Request& request, const storage::DatabaseCopy::Progress& progress)
{
    Written written;
    written.marker = request.marker;
    written.copyInstallationId = RecordId::generate().toString();
    const QString target = QDir::toNativeSeparators(request.targetPath);
    const Status saved = storage::DatabaseCopy::save(
        request.sourcePath, request.targetPath, progress, [&](storage::Connection& copy) -> Status {
            try {
                audit::AuditLog log(copy, request.auditKey);
                written.marker.madeAt = QDateTime::currentDateTime();
                const auto head = log.head();
                written.marker.sourceSeq = head ? head->seq : 0;
                {
                    storage::Transaction transaction(copy);
                    written.marker.writeTo(copy);
                    settings::SettingStore(copy).setValue(
                        settings::SettingKey::InstallationId, written.copyInstallationId);
                    const auto entry = log.append({ request.accountId, request.username,
                        audit::AuditAction::CopyBegun, QStringLiteral("setting"), {},
                        { { QStringLiteral("kind"), CopyMarker::kindKey(request.kind) },
                            { QStringLiteral("of"), written.marker.sourceInstallationId },
                            { QStringLiteral("source"), written.marker.sourceName },
                            { QStringLiteral("seq"), written.marker.sourceSeq } },
                        true });
                    if (!entry)
                        return Error::inFile(target, entry.error().message);
                    transaction.commit();
                }
                const QStringList problems
                    = storage::FileIntegrity::problems(copy, storage::FileIntegrity::Depth::Full);
                if (!problems.isEmpty())
                    return Error::inFile(target,
                        tr("the new copy failed its check and was not kept (%1); the older backups are kept")
                            .arg(problems.join(QStringLiteral("; "))));
            } catch (const storage::SqliteError& e) {
                return Error::inFile(target, tr("the copy could not be written: %1").arg(e.message()));
            }
            return Status::success();
        });
    if (!saved)
        return saved.error();
    return written;
}

Status DatabaseBackup::recordIn(
    storage::Connection& source, const QString& targetPath, const Written& written)
{
    const QString target = QDir::toNativeSeparators(QFileInfo(targetPath).absoluteFilePath());
    try {
        storage::Transaction transaction(source);
        security::recordAudit(source,
            { audit::AuditAction::DatabaseCopied, QStringLiteral("setting"), {},
                { { QStringLiteral("kind"), CopyMarker::kindKey(written.marker.kind) },
                    { QStringLiteral("file"), target }, { QStringLiteral("seq"), written.marker.sourceSeq },
                    { QStringLiteral("copy_id"), written.copyInstallationId } } });
        transaction.commit();
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
    return audit::ChainHeadStore().rememberCopy(written.marker.sourceInstallationId,
        CopyMarker::kindKey(written.marker.kind), target, written.marker.sourceSeq,
        written.copyInstallationId);
}

}  // namespace redgrid::backup
