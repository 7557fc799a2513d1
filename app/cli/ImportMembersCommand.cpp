#include "ImportMembersCommand.h"

#include "importexport/MemberImporter.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

QString ImportMembersCommand::summary() const
{
    return tr(
        "Import party members from a roster (.xlsx, .xls or .csv, the national 汇总表 layout or similar).");
}

void ImportMembersCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roster: .xlsx, .xlsm, .xls or .csv."));
    parser.addOptions({ m_org, m_createOrgs, m_mapValue, m_sheet, m_dryRun, m_rejects, m_json });
}

bool ImportMembersCommand::addValueChoice(const QString& choice, importexport::ValueMapping& mapping)
{
    const qsizetype colon = choice.indexOf(QLatin1Char(':'));
    const qsizetype equals = choice.lastIndexOf(QLatin1Char('='));
    if (colon <= 0 || equals < colon + 2) {
        printUsageError(
            tr("--map-value %1: write ITEM:TEXT=CODE, e.g. 工作岗位:企业管理人员=014").arg(choice));
        return false;
    }
    const QString item = choice.left(colon).trimmed();
    const QString text = choice.mid(colon + 1, equals - colon - 1).trimmed();
    const QString code = choice.mid(equals + 1).trimmed();
    const auto field = importexport::fieldForHeader(item);
    const roster::CodeTable* table = field ? importexport::codeTableOf(*field) : nullptr;
    if (!table) {
        printUsageError(tr("--map-value %1: \"%2\" is no item with a code table (性别, 民族, 学历, 人员类别, "
                           "工作岗位, 党籍状态, 学位, 失联情形)")
                            .arg(choice, item));
        return false;
    }
    const auto resolved = code.isEmpty() ? std::optional<QString>(QString()) : table->codeFor(code);
    if (!resolved) {
        printUsageError(
            tr("--map-value %1: \"%2\" is not a value of %3; its values are: %4")
                .arg(choice, code, importexport::fieldInfo(*field).header, acceptedValues(*table)));
        return false;
    }
    mapping.set(*field, text, *resolved);
    return true;
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
    for (const QString& choice : parser.values(m_mapValue))
        if (!addValueChoice(choice, options.valueMapping))
            return UsageError;
    if (parser.isSet(m_org)) {
        auto org = organisation::OrgStore(*db).find(parser.value(m_org));
        if (!org) {
            return fail(org.error());
        }
        options.defaultOrgId = org->id;
    }
    if (parser.isSet(m_createOrgs)) {
        auto parent = organisation::OrgStore(*db).find(parser.value(m_createOrgs));
        if (!parent) {
            printError(Error::plain(tr("--create-orgs: %1").arg(parent.error().message)));
            return DataError;
        }
        options.createOrgsUnder = parent->id;
    }
    const auto imported = importexport::MemberImporter(*db).run(parser.positionalArguments().at(1), options);
    if (!imported) {
        return fail(imported.error());
    }
    const auto& report = imported.value();
    if (parser.isSet(m_json)) {
        QJsonArray rejected;
        for (const auto& row : report.firstRejected)
            rejected.append(QJsonObject {
                { QStringLiteral("row"), row.row }, { QStringLiteral("reason"), row.reasons } });
        QJsonArray warned;
        for (const auto& row : report.firstWarnings)
            warned.append(QJsonObject {
                { QStringLiteral("row"), row.row }, { QStringLiteral("warning"), row.warning } });
        QJsonArray unknown;
        for (const auto& value : report.unknownValues)
            unknown.append(
                QJsonObject { { QStringLiteral("item"), importexport::fieldInfo(value.field).header },
                    { QStringLiteral("key"), importexport::fieldInfo(value.field).key },
                    { QStringLiteral("value"), value.text }, { QStringLiteral("rows"), value.rows },
                    { QStringLiteral("firstRow"), value.firstRow },
                    { QStringLiteral("code"),
                        value.chosenCode ? QJsonValue(*value.chosenCode) : QJsonValue() } });
        QJsonArray missing;
        for (const auto& org : report.missingOrgs)
            missing.append(QJsonObject { { QStringLiteral("name"), org.name },
                { QStringLiteral("rows"), org.rows }, { QStringLiteral("firstRow"), org.firstRow } });
        printJson({ { QStringLiteral("file"), report.file }, { QStringLiteral("sheet"), report.sheet },
            { QStringLiteral("dryRun"), report.dryRun }, { QStringLiteral("read"), report.read },
            { QStringLiteral("inserted"), report.inserted }, { QStringLiteral("updated"), report.updated },
            { QStringLiteral("unchanged"), report.unchanged },
            { QStringLiteral("rejected"), report.rejected }, { QStringLiteral("warnings"), report.warnings },
            { QStringLiteral("rejectsFile"), report.rejectsFile },
            { QStringLiteral("rejectedRows"), rejected }, { QStringLiteral("warningRows"), warned },
            { QStringLiteral("unknownValues"), unknown }, { QStringLiteral("missingOrgs"), missing },
            { QStringLiteral("createdOrgs"), QJsonArray::fromStringList(report.createdOrgs) } });
    } else {
        for (const auto& row : report.firstRejected)
            printError({ row.reasons, report.file, row.row });
        for (const auto& row : report.firstWarnings)
            printError({ tr("warning: %1").arg(row.warning), report.file, row.row });
        printFindings(report);
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

// What the rows have in common, once: values to choose a code for, organisations to set up.
void ImportMembersCommand::printFindings(const importexport::MemberImportReport& report)
{
    QList<importexport::RosterField> listed;
    for (const auto& value : report.unknownValues) {
        if (value.chosenCode)
            continue;
        const QString item = importexport::fieldInfo(value.field).header;
        printError(Error::inFile(report.file,
            tr("%1 \"%2\" (%n row(s), the first row %3) is not a value of the code table and was left out; "
               "choose its code with --map-value %1:%2=CODE",
                nullptr, int(value.rows))
                .arg(item, value.text)
                .arg(value.firstRow)));
        if (!listed.contains(value.field)) {
            listed.append(value.field);
            printError(Error::inFile(report.file,
                tr("the values of %1: %2")
                    .arg(item, acceptedValues(*importexport::codeTableOf(value.field)))));
        }
    }
    if (!report.missingOrgs.isEmpty()) {
        QStringList names;
        for (const auto& org : report.missingOrgs)
            names.append(tr("%1 (%n row(s))", nullptr, int(org.rows)).arg(org.name));
        printError(Error::inFile(report.file,
            tr("%n organisation(s) named in 所在党支部 do not exist: %1; --create-orgs PARENT sets them up "
               "below the organisation PARENT",
                nullptr, int(report.missingOrgs.size()))
                .arg(names.join(QStringLiteral(", ")))));
    }
    if (!report.createdOrgs.isEmpty())
        printLine(tr("%n organisation(s) set up: %1%2", nullptr, int(report.createdOrgs.size()))
                      .arg(report.createdOrgs.join(QStringLiteral(", ")),
                          report.dryRun ? tr(" (dry run: not kept)") : QString()));
}

}  // namespace redgrid::cli
