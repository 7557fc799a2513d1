#include "CheckCommand.h"

#include "organisation/OrgChecks.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "storage/FileIntegrity.h"
#include "storage/FileKind.h"
#include "storage/SqliteError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

namespace redgrid::cli {

QString CheckCommand::summary() const
{
    return tr(
        "Check the party organisations: branch sizes, committees, terms of office, grids without a branch.");
}

void CheckCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_integrity, m_json, m_today });
}

int CheckCommand::checkIntegrity(const QString& path, bool json)
{
    setDatabasePath(path);
    if (const Status regular = storage::FileKind::input(path); !regular)
        return fail(regular.error());
    const auto header = storage::DatabaseFile::readHeader(path);
    if (!header || !header->isSqlite || header->applicationId != storage::DatabaseFile::ApplicationId)
        return fail(Error::inFile(path, tr("this is not a RedGrid database")));
    QElapsedTimer timer;
    timer.start();
    QStringList problems;
    try {
        // Read-only: a damaged file is never written to.
        auto connection = storage::DatabaseFile::openReader(path);
        problems = storage::FileIntegrity::problems(*connection, storage::FileIntegrity::Depth::Full);
    } catch (const storage::SqliteError& e) {
        problems << tr("damaged: %1").arg(e.message());
    }
    const QString file = QDir::toNativeSeparators(path);
    if (json) {
        printJson({ { QStringLiteral("file"), file }, { QStringLiteral("ok"), problems.isEmpty() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
            { QStringLiteral("seconds"), double(timer.elapsed()) / 1000 } });
    } else if (problems.isEmpty()) {
        printLine(tr("%1: every page and every reference is sound").arg(file));
    } else {
        for (const QString& problem : std::as_const(problems))
            printError(Error::inFile(file, problem));
        printError(Error::inFile(file,
            tr("the file is damaged; RedGrid opens it read-only: export what you need and restore the "
               "newest good backup (redgrid-cli backups %1)")
                .arg(file)));
    }
    return problems.isEmpty() ? Success : DataError;
}

int CheckCommand::run(const QCommandLineParser& parser)
{
    if (parser.isSet(m_integrity))
        return checkIntegrity(parser.positionalArguments().at(0), parser.isSet(m_json));
    QDate today = QDate::currentDate();
    if (parser.isSet(m_today)) {
        today = QDate::fromString(parser.value(m_today), Qt::ISODate);
        if (!today.isValid()) {
            printUsageError(tr("--today needs a date written yyyy-MM-dd"));
            return UsageError;
        }
    }
    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    organisation::OrgChecks checks(*db);
    if (const Status allowed = checks.allowed(); !allowed)
        return fail(allowed.error());
    // The account's area only: a 社区书记 gets their own community's findings.
    const auto findings = checks.run(today);
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const auto& finding : findings)
            list.append(QJsonObject { { QStringLiteral("kind"), organisation::findingKey(finding.kind) },
                { QStringLiteral("code"), finding.subjectCode },
                { QStringLiteral("name"), finding.subjectName },
                { QStringLiteral("message"), finding.message } });
        printJson({ { QStringLiteral("today"), today.toString(Qt::ISODate) },
            { QStringLiteral("count"), qint64(findings.size()) }, { QStringLiteral("findings"), list } });
    } else {
        for (const auto& finding : findings)
            printLine(QStringLiteral("%1\t%2").arg(finding.subjectCode, finding.message));
        printLine(tr("%n finding(s)", nullptr, int(findings.size())));
    }
    return Success;
}

}  // namespace redgrid::cli
