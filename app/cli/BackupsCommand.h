#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli backups DB [--folder DIR] [--json]: the backups of a database, newest first,
// with their date, size and counts. Works when the database itself is lost or damaged.
class BackupsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_folder { QStringLiteral("folder"),
        tr("Look in DIR (the database's chosen backup folder, e.g. a USB drive) instead of the default "
           "folder."),
        QStringLiteral("DIR") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the list as JSON.") };
};

}  // namespace redgrid::cli
