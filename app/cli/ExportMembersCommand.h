#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli export-members DB --format xlsx|csv --layout national|full --out FILE [--org …] [--unmasked]
class ExportMembersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportMembersCommand)

public:
    QString name() const override { return QStringLiteral("export-members"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_format { QStringLiteral("format"),
        tr("xlsx or csv (default: from the suffix of --out, else xlsx)."), QStringLiteral("xlsx|csv") };
    QCommandLineOption m_layout { QStringLiteral("layout"),
        tr("national: the 21 columns of the 汇总表 (default); full: every column."),
        QStringLiteral("national|full") };
    QCommandLineOption m_out { QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE") };
    QCommandLineOption m_org { QStringLiteral("org"), tr("Only this organisation and those below it."),
        QStringLiteral("NAME_OR_CODE") };
    QCommandLineOption m_unmasked { QStringLiteral("unmasked"),
        tr("Write ID numbers and phones in full (they are masked by default).") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the summary as JSON.") };
};

}  // namespace redgrid::cli
