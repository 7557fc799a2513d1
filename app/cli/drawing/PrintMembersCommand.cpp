#include "PrintMembersCommand.h"

#include "document/roster/MemberFormDocument.h"
#include "document/roster/RosterTableDocument.h"
#include "organisation/OrgStore.h"
#include "storage/Connection.h"
#include "storage/OutputPath.h"

#include <QFileInfo>

#include <memory>

namespace redgrid::cli {

QString PrintMembersCommand::summary() const
{
    return tr("Print the member forms or the roster table to a PDF file, as the GUI prints them.");
}

void PrintMembersCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_out, m_org, m_form, m_table, m_unmasked, m_json });
}

int PrintMembersCommand::run(const QCommandLineParser& parser)
{
    if (parser.isSet(m_form) && parser.isSet(m_table)) {
        printUsageError(tr("--form and --table cannot be given together"));
        return UsageError;
    }
    if (!parser.isSet(m_out)) {
        printUsageError(tr("--out FILE.pdf is required"));
        return UsageError;
    }
    QString out = parser.value(m_out);
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        out += QStringLiteral(".pdf");

    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    // Checked as given too: `--out DB` is a slip to point out, not a request for DB.pdf.
    if (Status allowed = storage::OutputPath::check(parser.value(m_out)); !allowed) {
        printError(allowed.error());
        return DataError;
    }
    document::MemberSelection selection;
    if (parser.isSet(m_org)) {
        auto org = organisation::OrgStore(*db).find(parser.value(m_org));
        if (!org) {
            printError(org.error());
            return DataError;
        }
        selection.filter.orgId = org->id;
    }
    const bool table = parser.isSet(m_table);
    std::unique_ptr<document::Document> printed;
    if (table)
        printed = std::make_unique<document::RosterTableDocument>(selection);
    else
        printed = std::make_unique<document::MemberFormDocument>(selection);

    document::PrintOptions options;
    options.exposure = parser.isSet(m_unmasked) ? roster::Exposure::Unmasked : roster::Exposure::Masked;
    int members = 0;
    options.progress = [&members](int done, int) {
        members = done;
        return true;
    };
    // The document checks the permission to print, writes the file whole or not at all and
    // records the print in the audit log, as the GUI's preview does.
    if (Status written = printed->printToPdf(out, options, db); !written) {
        printError(written.error());
        return DataError;
    }
    const QString what = table ? QStringLiteral("table") : QStringLiteral("forms");
    if (parser.isSet(m_json))
        printJson({ { QStringLiteral("file"), out }, { QStringLiteral("document"), what },
            { QStringLiteral("members"), members },
            { QStringLiteral("masked"), !parser.isSet(m_unmasked) } });
    else if (table)
        printLine(tr("%1: the roster table of %2 member(s) printed").arg(out).arg(members));
    else
        printLine(tr("%1: the forms of %2 member(s) printed").arg(out).arg(members));
    return Success;
}

}  // namespace redgrid::cli
