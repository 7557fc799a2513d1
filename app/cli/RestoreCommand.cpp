#include "RestoreCommand.h"

#include "backup/Restore.h"
#include "storage/Connection.h"

#include <QDir>

namespace redgrid::cli {

QString RestoreCommand::summary() const
{
    return tr("Restore a database from a backup, keeping the current file aside.");
}

void RestoreCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("BACKUP"), tr("The backup file (see `backups`)."));
    parser.addPositionalArgument(
        QStringLiteral("DB"), tr("The database to replace (kept aside under a dated name), or to create."));
    parser.addOptions({ m_json });
}

int RestoreCommand::run(const QCommandLineParser& parser)
{
    const QString backupPath = parser.positionalArguments().at(0);
    const QString databasePath = parser.positionalArguments().at(1);
    setDatabasePath(databasePath);
    QString username, password;
    if (!readCredentials(username, password))
        return NotSignedIn;
    const auto restored = backup::Restore::run(backupPath, databasePath, username, password);
    if (!restored) {
        printError(restored.error());
        // A wrong password or an account that may not restore is a refusal; the rest is the files'.
        return restored.error().isDenied() ? NotSignedIn : DataError;
    }
    if (parser.isSet(m_json)) {
        printJson({ { QStringLiteral("restored"), QDir::toNativeSeparators(databasePath) },
            { QStringLiteral("from"), QDir::toNativeSeparators(backupPath) },
            { QStringLiteral("keptAside"), restored->keptAside },
            { QStringLiteral("replacedAuditSeq"), restored->replacedSeq },
            { QStringLiteral("restoredAuditSeq"), restored->restoredSeq } });
        return Success;
    }
    printLine(tr("Restored %1 from %2.")
                  .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(backupPath)));
    if (!restored->keptAside.isEmpty())
        printLine(tr("The file it replaced is kept as %1.").arg(restored->keptAside));
    return Success;
}

}  // namespace redgrid::cli
