#include "CheckCommand.h"

#include "organisation/OrgChecks.h"
#include "storage/Connection.h"

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
    parser.addOptions({ m_json, m_today });
}

int CheckCommand::run(const QCommandLineParser& parser)
{
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
    if (const Status allowed = checks.allowed(); !allowed) {
        printError(allowed.error());
        return NotSignedIn;
    }
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
