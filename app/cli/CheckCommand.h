#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli check DB [--json] [--today yyyy-MM-dd]
// redgrid-cli check DB --integrity [--json]: every page of the file (no sign-in)
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    int checkIntegrity(const QString& path, bool json);

    QCommandLineOption m_integrity { QStringLiteral("integrity"),
        tr("Check every page of the file instead (SQLite's integrity_check and foreign_key_check; no "
           "sign-in). Exit status 2 when the file is damaged.") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the findings as JSON.") };
    QCommandLineOption m_today { QStringLiteral("today"), tr("Check terms as of this date instead of today."),
        QStringLiteral("yyyy-MM-dd") };
};

}  // namespace redgrid::cli
