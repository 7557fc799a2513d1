#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli tree DB [--depth N] [--from CODE]
class TreeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TreeCommand)

public:
    QString name() const override { return QStringLiteral("tree"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_depth { QStringLiteral("depth"),
        tr("How many levels to print below the first node (default: all)."), QStringLiteral("N") };
    QCommandLineOption m_from { QStringLiteral("from"),
        tr("Start at the node with this code instead of the district."), QStringLiteral("CODE") };
};

}  // namespace redgrid::cli
