#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli backup DB [--out FILE]: a verified backup of the whole database, into its
// backup folder (rotated as the automatic ones) or to FILE. For administrators.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_out { QStringLiteral("out"),
        tr("Write the backup to FILE instead of the database's backup folder."), QStringLiteral("FILE") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print what was written as JSON.") };
};

}  // namespace redgrid::cli
