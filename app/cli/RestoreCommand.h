#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli restore BACKUP DB: verifies the backup (its pages, an administrator's
// sign-in to it, its audit log), keeps DB aside under a dated name, and puts the backup in
// its place (backup::Restore).
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 2; }

private:
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print what was done as JSON.") };
};

}  // namespace redgrid::cli
