#include "ImportDivisionsCommand.h"

#include "importexport/DivisionImporter.h"
#include "storage/Connection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace redgrid::cli {

QString ImportDivisionsCommand::summary() const
{
    return tr("Import streets and communities from a division list (CSV: code,name,parent_code,level).");
}

void ImportDivisionsCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("The division list, e.g. the National Bureau of Statistics codes of the district."));
    parser.addOptions({ m_dryRun, m_json });
}

int ImportDivisionsCommand::run(const QCommandLineParser& parser)
{
    const QString dbPath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    auto db = openDatabase(dbPath);
    if (!db)
        return openFailure();
    auto imported = importexport::DivisionImporter(*db).importFile(file, parser.isSet(m_dryRun));
    if (!imported) {
        return fail(imported.error());
    }
    const auto& report = imported.value();
    if (parser.isSet(m_json)) {
        QJsonArray rejected;
        for (const auto& row : report.rejectedRows) {
            rejected.append(
                QJsonObject { { QStringLiteral("row"), row.row }, { QStringLiteral("code"), row.code },
                    { QStringLiteral("name"), row.name }, { QStringLiteral("reason"), row.reason } });
        }
        printJson({ { QStringLiteral("file"), report.file },
            { QStringLiteral("dryRun"), parser.isSet(m_dryRun) }, { QStringLiteral("read"), report.read },
            { QStringLiteral("imported"), report.imported() },
            { QStringLiteral("inserted"), report.inserted }, { QStringLiteral("updated"), report.updated },
            { QStringLiteral("unchanged"), report.unchanged },
            { QStringLiteral("rejected"), report.rejected }, { QStringLiteral("rejectedRows"), rejected } });
    } else {
        for (const auto& row : report.rejectedRows)
            printError({ row.reason, report.file, row.row });
        printLine(tr("%1: read %2 rows = %3 imported (%4 new, %5 updated, %6 unchanged) + %7 rejected%8")
                      .arg(report.file)
                      .arg(report.read)
                      .arg(report.imported())
                      .arg(report.inserted)
                      .arg(report.updated)
                      .arg(report.unchanged)
                      .arg(report.rejected)
                      .arg(parser.isSet(m_dryRun) ? tr("; dry run, nothing written") : QString()));
    }
    return report.rejected > 0 ? PartialImport : Success;
}

}  // namespace redgrid::cli
