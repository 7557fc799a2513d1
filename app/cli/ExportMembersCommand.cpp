#include "ExportMembersCommand.h"

#include "importexport/MemberExporter.h"
#include "organisation/OrgStore.h"
#include "storage/Connection.h"
#include "storage/OutputPath.h"

#include <QFileInfo>

namespace redgrid::cli {

QString ExportMembersCommand::summary() const
{
    return tr("Export party members to .xlsx or .csv (ID numbers and phones masked unless --unmasked).");
}

void ExportMembersCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_format, m_layout, m_out, m_org, m_unmasked, m_json });
}

int ExportMembersCommand::run(const QCommandLineParser& parser)
{
    // Without --format, the suffix of --out decides (a .csv file is written as CSV).
    const QString suffix = QFileInfo(parser.value(m_out)).suffix().toLower();
    const QString format = parser.isSet(m_format) ? parser.value(m_format)
        : suffix == QLatin1String("csv")          ? QStringLiteral("csv")
                                                  : QStringLiteral("xlsx");
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv")) {
        printUsageError(tr("--format takes xlsx or csv"));
        return UsageError;
    }
    const QString layout = parser.isSet(m_layout) ? parser.value(m_layout) : QStringLiteral("national");
    if (layout != QLatin1String("national") && layout != QLatin1String("full")) {
        printUsageError(tr("--layout takes national or full"));
        return UsageError;
    }
    if (!parser.isSet(m_out)) {
        printUsageError(tr("--out FILE is required"));
        return UsageError;
    }
    QString out = parser.value(m_out);
    if (QFileInfo(out).suffix().compare(format, Qt::CaseInsensitive) != 0)
        out += QLatin1Char('.') + format;  // the suffix decides the writer

    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    // Checked as given too: `--out DB` is a slip to point out, not a request for DB.xlsx.
    if (Status allowed = storage::OutputPath::check(parser.value(m_out)); !allowed) {
        return fail(allowed.error());
    }
    importexport::MemberExportOptions options;
    options.layout = layout == QLatin1String("full") ? importexport::ExportLayout::Full
                                                     : importexport::ExportLayout::National;
    options.exposure = parser.isSet(m_unmasked) ? roster::Exposure::Unmasked : roster::Exposure::Masked;
    if (parser.isSet(m_org)) {
        auto org = organisation::OrgStore(*db).find(parser.value(m_org));
        if (!org) {
            return fail(org.error());
        }
        options.filter.orgId = org->id;
    }
    const auto exported = importexport::MemberExporter(*db).run(out, options);
    if (!exported) {
        return fail(exported.error());
    }
    if (parser.isSet(m_json))
        printJson({ { QStringLiteral("file"), exported->file }, { QStringLiteral("rows"), exported->rows },
            { QStringLiteral("masked"), !parser.isSet(m_unmasked) } });
    else
        printLine(tr("%1: %2 member(s) written").arg(exported->file).arg(exported->rows));
    return Success;
}

}  // namespace redgrid::cli
