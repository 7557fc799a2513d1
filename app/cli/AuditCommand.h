#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli audit verify|list|export|prune DB …: the audit log, for auditors and administrators.
class AuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 2; }

private:
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the result as JSON.") };
    QCommandLineOption m_user { QStringLiteral("by"), tr("Only entries of this account (list, export)."),
        tr("NAME") };
    QCommandLineOption m_action { QStringLiteral("action"),
        tr("Only entries of this action, e.g. login_failed."), tr("ACTION") };
    QCommandLineOption m_from { QStringLiteral("from"), tr("Only entries on or after this day (yyyy-MM-dd)."),
        tr("DATE") };
    QCommandLineOption m_to { QStringLiteral("to"), tr("Only entries on or before this day (yyyy-MM-dd)."),
        tr("DATE") };
    QCommandLineOption m_limit { QStringLiteral("limit"), tr("At most N entries (list; default 50)."),
        tr("N"), QStringLiteral("50") };
    QCommandLineOption m_out { QStringLiteral("out"), tr("The file to export to (.csv or .xlsx)."),
        tr("FILE") };
    QCommandLineOption m_before { QStringLiteral("before"),
        tr("prune: remove the entries before this day (yyyy-MM-dd)."), tr("DATE") };
};

}  // namespace redgrid::cli
