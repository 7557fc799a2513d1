#pragma once

#include "../AssessmentCommand.h"

namespace redgrid::cli {

// redgrid-cli report DB --period 2026Q3 --scope CODE --format pdf|xlsx --out PATH [--json]:
// the quarterly assessment report of a community (one file), or of a street or the district
// (a file: the summary; a folder: the batch of every community's PDF with the summary).
class ReportCommand : public AssessmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    bool draws() const override { return true; }

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_period { QStringLiteral("period"), tr("The quarter, e.g. 2026Q3."), tr("PERIOD") };
    QCommandLineOption m_scope { QStringLiteral("scope"),
        tr("A district, street or community code (default: the account's area)."), tr("CODE") };
    QCommandLineOption m_format { QStringLiteral("format"), tr("pdf (default) or xlsx."), tr("FORMAT"),
        QStringLiteral("pdf") };
    QCommandLineOption m_out { QStringLiteral("out"),
        tr("The file to write; a folder writes the batch: every community's PDF, the summary PDF and XLSX."),
        tr("PATH") };
    QCommandLineOption m_json { QStringLiteral("json"),
        tr("Print every target's total, grade, stars, rank and lost points per block as JSON.") };
};

}  // namespace redgrid::cli
