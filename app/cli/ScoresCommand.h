#pragma once

#include "AssessmentCommand.h"

namespace redgrid::cli {

// redgrid-cli scores DB --period 2026Q3 [--scope CODE] [--json]: a quarter's figures without
// a document.
class ScoresCommand : public AssessmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)

public:
    QString name() const override { return QStringLiteral("scores"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_period { QStringLiteral("period"), tr("The quarter, e.g. 2026Q3."), tr("PERIOD") };
    QCommandLineOption m_scope { QStringLiteral("scope"),
        tr("A district, street or community code (default: the account's area)."), tr("CODE") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the figures as JSON.") };
};

}  // namespace redgrid::cli
