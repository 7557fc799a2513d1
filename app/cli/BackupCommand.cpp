#include "BackupCommand.h"

#include "backup/BackupFolder.h"
#include "backup/DatabaseBackup.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace redgrid::cli {

QString BackupCommand::summary() const
{
    return tr("Back up the whole database (checked before older backups are rotated out).");
}

void BackupCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_out, m_json });
}

int BackupCommand::run(const QCommandLineParser& parser)
{
    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    // A backup holds the whole file, whatever the account's area: administrators only.
    if (Status allowed = security::Access(*db).require(security::Permission::ManageAccounts); !allowed) {
        return fail(allowed.error().of(db->path()));
    }
    const backup::BackupFolder folder = backup::BackupFolder::of(*db);
    QString target;
    if (parser.isSet(m_out)) {
        target = QFileInfo(parser.value(m_out)).absoluteFilePath();
    } else {
        if (Status ready = folder.ready(); !ready) {
            return fail(ready.error());
        }
        target = folder.newBackupPath(QDateTime::currentDateTime());
    }
    const auto request = backup::DatabaseBackup::request(*db, backup::CopyMarker::Kind::Backup, target);
    if (!request) {
        return fail(request.error());
    }
    const auto written = backup::DatabaseBackup::write(*request);
    if (!written) {
        return fail(written.error());
    }
    if (Status recorded = backup::DatabaseBackup::recordIn(*db, target, *written); !recorded)
        printError(recorded.error());
    QStringList rotatedOut;
    if (!parser.isSet(m_out)) {
        const QString installation = security::installationIdOf(*db);
        const auto before = backup::BackupFolder::rotatedOut(folder.list(), installation);
        const QStringList kept = folder.rotate(installation);
        for (const auto& entry : before)
            if (!kept.contains(entry.path))
                rotatedOut << QDir::toNativeSeparators(entry.path);
    }
    const QString shown = QDir::toNativeSeparators(target);
    if (parser.isSet(m_json)) {
        printJson({ { QStringLiteral("file"), shown }, { QStringLiteral("bytes"), QFileInfo(target).size() },
            { QStringLiteral("members"), written->marker.members },
            { QStringLiteral("organisations"), written->marker.organisations },
            { QStringLiteral("auditSeq"), written->marker.sourceSeq },
            { QStringLiteral("rotatedOut"), QJsonArray::fromStringList(rotatedOut) } });
    } else {
        printLine(tr("Backed up to %1 (%2 members, %3 organisations; checked).")
                      .arg(shown)
                      .arg(written->marker.members)
                      .arg(written->marker.organisations));
        for (const QString& old : std::as_const(rotatedOut))
            printLine(tr("Rotated out: %1").arg(old));
    }
    return Success;
}

}  // namespace redgrid::cli
