#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli demo DB [--seed N] [--scale small|district|large]
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_seed { QStringLiteral("seed"),
        tr("Seed of the generator; the same seed gives the same data (default 1)."), QStringLiteral("N"),
        QStringLiteral("1") };
    QCommandLineOption m_scale { QStringLiteral("scale"),
        tr("small (3 streets), district (all of 江北区, the default) or large (20 streets, "
           "6,000 grids, 120,000 buildings)."),
        QStringLiteral("small|district|large"), QStringLiteral("district") };
};

}  // namespace redgrid::cli
