#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli secure DB --user NAME: a database from before accounts gets its first
// administrator, and its ID numbers, phones and addresses are encrypted, in one transaction.
class SecureCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SecureCommand)

public:
    QString name() const override { return QStringLiteral("secure"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }
};

}  // namespace redgrid::cli
