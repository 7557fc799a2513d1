#pragma once

#include "CliCommand.h"
#include "importexport/MemberImporter.h"

namespace redgrid::cli {

// redgrid-cli import-members DB FILE [--org NAME_OR_CODE] [--create-orgs PARENT] [--map-value
// ITEM:TEXT=CODE]…
//     [--sheet NAME] [--dry-run] [--rejects OUT] [--json]
class ImportMembersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportMembersCommand)

public:
    QString name() const override { return QStringLiteral("import-members"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 2; }

private:
    // --map-value ITEM:TEXT=CODE into `mapping`; false (with the message printed) when it is wrong.
    bool addValueChoice(const QString& choice, importexport::ValueMapping& mapping);
    void printFindings(const importexport::MemberImportReport& report);

    QCommandLineOption m_org { QStringLiteral("org"),
        tr("The organisation for rows whose 所在党支部 is empty."), QStringLiteral("NAME_OR_CODE") };
    QCommandLineOption m_createOrgs { QStringLiteral("create-orgs"),
        tr("Set up the organisations that 所在党支部 names and that do not exist yet, below PARENT (its "
           "name or code)."),
        QStringLiteral("PARENT") };
    QCommandLineOption m_mapValue { QStringLiteral("map-value"),
        tr("Import a value that its code table does not know as CODE (a code or its label; empty: leave "
           "the item out), e.g. 工作岗位:企业管理人员=014. Repeatable; remembered for the next imports."),
        QStringLiteral("ITEM:TEXT=CODE") };
    QCommandLineOption m_sheet { QStringLiteral("sheet"),
        tr("The sheet of a workbook to read (default: the first)."), QStringLiteral("NAME") };
    QCommandLineOption m_dryRun { QStringLiteral("dry-run"),
        tr("Check the file and report, but write nothing.") };
    QCommandLineOption m_rejects { QStringLiteral("rejects"),
        tr("Write the rejected rows with their reasons to this .csv or .xlsx file."), QStringLiteral("OUT") };
    QCommandLineOption m_json { QStringLiteral("json"),
        tr("Print the summary and the rejected rows as JSON.") };
};

}  // namespace redgrid::cli
