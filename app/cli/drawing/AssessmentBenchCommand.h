#pragma once

#include "../CliCommand.h"

namespace redgrid::cli {

// redgrid-cli bench-assessment: builds the district demo with its year of scores and prints
// the figures of the assessment issue's targets (a sheet with every computed indicator
// opened, one community's PDF report, a street of 30 communities' batch).
class AssessmentBenchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentBenchCommand)

public:
    QString name() const override { return QStringLiteral("bench-assessment"); }
    QString summary() const override;
    bool draws() const override { return true; }

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 0; }

private:
    QCommandLineOption m_dir { QStringLiteral("dir"),
        tr("Folder for the benchmark database and reports (default: a temporary one)."),
        QStringLiteral("DIR") };
    QCommandLineOption m_keep { QStringLiteral("keep"), tr("Keep the benchmark files afterwards.") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the figures as JSON.") };
};

}  // namespace redgrid::cli
