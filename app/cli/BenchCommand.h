#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli bench: builds the large hierarchy and prints the figures of the foundation
// issue's performance targets (build, cold open, children of the largest node, peak
// memory, and the GUI's start-up time and memory).
class BenchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 0; }

private:
    QCommandLineOption m_dir { QStringLiteral("dir"),
        tr("Folder for the benchmark database (default: a temporary one)."), QStringLiteral("DIR") };
    QCommandLineOption m_keep { QStringLiteral("keep"), tr("Keep the benchmark database afterwards.") };
    QCommandLineOption m_guiRuns { QStringLiteral("gui-runs"),
        tr("How many times to start the GUI for the start-up figures (default 5, 0 to skip)."),
        QStringLiteral("N"), QStringLiteral("5") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the figures as JSON.") };
};

}  // namespace redgrid::cli
