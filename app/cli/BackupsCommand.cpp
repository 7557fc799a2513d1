#include "BackupsCommand.h"

#include "backup/BackupFolder.h"
#include "storage/Connection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace redgrid::cli {

QString BackupsCommand::summary() const
{
    return tr("List the backups of a database, newest first (no sign-in: the database may be lost).");
}

void BackupsCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("DB"), tr("The RedGrid database file (it need not exist any more)."));
    parser.addOptions({ m_folder, m_json });
}

int BackupsCommand::run(const QCommandLineParser& parser)
{
    const QString database = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    const QString folderPath
        = parser.isSet(m_folder) ? parser.value(m_folder) : backup::BackupFolder::defaultFolder(database);
    const backup::BackupFolder folder(folderPath, database, parser.isSet(m_folder));
    if (!QFileInfo(folderPath).isDir()) {
        printError(Error::inFile(QDir::toNativeSeparators(folderPath), tr("no such backup folder")));
        return DataError;
    }
    const QList<backup::BackupEntry> entries = folder.list();
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const backup::BackupEntry& entry : entries) {
            QJsonObject one { { QStringLiteral("file"), QDir::toNativeSeparators(entry.path) },
                { QStringLiteral("madeAt"), entry.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) },
                { QStringLiteral("bytes"), entry.bytes } };
            if (entry.marker) {
                one.insert(QStringLiteral("members"), entry.marker->members);
                one.insert(QStringLiteral("organisations"), entry.marker->organisations);
                one.insert(QStringLiteral("auditSeq"), entry.marker->sourceSeq);
                one.insert(QStringLiteral("of"), entry.marker->sourceInstallationId);
            } else {
                one.insert(QStringLiteral("problem"), entry.problem);
            }
            list.append(one);
        }
        printJson({ { QStringLiteral("folder"), QDir::toNativeSeparators(folderPath) },
            { QStringLiteral("count"), qint64(entries.size()) }, { QStringLiteral("backups"), list } });
        return Success;
    }
    printLine(tr("Backups in %1:").arg(QDir::toNativeSeparators(folderPath)));
    for (const backup::BackupEntry& entry : entries) {
        const QString size
            = QLocale::c().formattedDataSize(entry.bytes, 1, QLocale::DataSizeTraditionalFormat);
        if (entry.marker)
            printLine(tr("%1  %2  %3 members, %4 organisations  %5")
                          .arg(entry.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), size)
                          .arg(entry.marker->members)
                          .arg(entry.marker->organisations)
                          .arg(QDir::toNativeSeparators(entry.path)));
        else
            printLine(tr("%1  %2  cannot be read (%3)  %4")
                          .arg(entry.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), size,
                              entry.problem, QDir::toNativeSeparators(entry.path)));
    }
    printLine(tr("%n backup(s)", nullptr, int(entries.size())));
    return Success;
}

}  // namespace redgrid::cli
