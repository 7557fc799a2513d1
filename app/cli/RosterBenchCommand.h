#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli bench-roster: the roster issue's performance figures — import of a
// 1,000,000-row 汇总表 CSV side by side with the sqlite3 shell's .import, and search as you
// type over the imported members.
class RosterBenchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RosterBenchCommand)

public:
    QString name() const override { return QStringLiteral("bench-roster"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 0; }

private:
    QCommandLineOption m_rows { QStringLiteral("rows"), tr("Rows of the generated roster (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000") };
    QCommandLineOption m_dir { QStringLiteral("dir"), tr("Folder for the files (default: a temporary one)."),
        QStringLiteral("DIR") };
    QCommandLineOption m_keep { QStringLiteral("keep"), tr("Keep the files afterwards.") };
    QCommandLineOption m_repeat { QStringLiteral("repeat"),
        tr("Import the roster N times, each time beside the sqlite3 shell, and report the median ratio "
           "(default 1; a shared machine's speed varies from minute to minute)."),
        QStringLiteral("N"), QStringLiteral("1") };
    QCommandLineOption m_scroll { QStringLiteral("gui-scroll"),
        tr("Also scroll the GUI's roster over all members and report its peak memory (needs a display or "
           "Xvfb).") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the figures as JSON.") };
};

}  // namespace redgrid::cli
