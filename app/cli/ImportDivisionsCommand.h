#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli import-divisions DB FILE [--dry-run] [--json]
class ImportDivisionsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportDivisionsCommand)

public:
    QString name() const override { return QStringLiteral("import-divisions"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 2; }

private:
    QCommandLineOption m_json { QStringLiteral("json"),
        tr("Print the summary and every rejected row as JSON.") };
    QCommandLineOption m_dryRun { QStringLiteral("dry-run"),
        tr("Check the file and report, but write nothing.") };
};

}  // namespace redgrid::cli
