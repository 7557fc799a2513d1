#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli init DB --district-code CODE --district-name NAME
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_code { QStringLiteral("district-code"),
        tr("6-digit GB/T 2260 code of the district or county (e.g. 500105)."), QStringLiteral("CODE") };
    QCommandLineOption m_name { QStringLiteral("district-name"),
        tr("Name of the district or county (e.g. 江北区)."), QStringLiteral("NAME") };
    QCommandLineOption m_kind { QStringLiteral("kind"), tr("district (区, the default) or county (县)."),
        QStringLiteral("district|county"), QStringLiteral("district") };
};

}  // namespace redgrid::cli
