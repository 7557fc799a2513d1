#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli info DB [--json]
class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the information as JSON.") };
};

}  // namespace redgrid::cli
