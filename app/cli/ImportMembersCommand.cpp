#include "ImportMembersCommand.h"

#include "importexport/MemberImporter.h"
#include "organisation/OrgStore.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

QString ImportMembersCommand::summary() const
{
    return tr("Import party members from a roster (.xlsx or .csv, the national 汇总表 layout or similar).");
}

void ImportMembersCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roster: .xlsx, .xlsm or .csv."));
    parser.addOptions({ m_org, m_sheet, m_dryRun, m_rejects, m_json });
}

int ImportMembersCommand::run(const QCommandLineParser& parser)
{
    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    importexport::MemberImportOptions options;
    options.sheet = parser.value(m_sheet);
    options.dryRun = parser.isSet(m_dryRun);
    options.rejectsPath = parser.value(m_rejects);
    if (parser.isSet(m_org)) {
        auto org = organisation::OrgStore(*db).find(parser.value(m_org));
        if (!org) {
            printError(org.error());
            return DataError;
        }
        options.defaultOrgId = org->id;
    }
    const auto imported = importexport::MemberImporter(*db).run(parser.positionalArguments().at(1), options);
    if (!imported) {
        printError(imported.error());
        return DataError;
    }
    const auto& report = imported.value();
    if (parser.isSet(m_json)) {
        QJsonArray rejected;
        for (const auto& row : report.firstRejected)
            rejected.append(QJsonObject {
                { QStringLiteral("row"), row.row }, { QStringLiteral("reason"), row.reasons } });
        printJson({ { QStringLiteral("file"), report.file }, { QStringLiteral("sheet"), report.sheet },
            { QStringLiteral("dryRun"), report.dryRun }, { QStringLiteral("read"), report.read },
            { QStringLiteral("inserted"), report.inserted }, { QStringLiteral("updated"), report.updated },
            { QStringLiteral("unchanged"), report.unchanged },
            { QStringLiteral("rejected"), report.rejected }, { QStringLiteral("warnings"), report.warnings },
            { QStringLiteral("rejectsFile"), report.rejectsFile },
            { QStringLiteral("rejectedRows"), rejected } });
    } else {
        for (const auto& row : report.firstRejected)
            printError({ row.reasons, report.file, row.row });
        printLine(tr("%1: read %2 rows = %3 new + %4 updated + %5 unchanged + %6 rejected%7")
                      .arg(report.file)
                      .arg(report.read)
                      .arg(report.inserted)
                      .arg(report.updated)
                      .arg(report.unchanged)
                      .arg(report.rejected)
                      .arg(report.dryRun ? tr("; dry run, nothing written") : QString()));
        if (!report.rejectsFile.isEmpty())
            printLine(tr("Rejected rows with their reasons: %1").arg(report.rejectsFile));
    }
    return report.rejected > 0 ? PartialImport : Success;
}

}  // namespace redgrid::cli
