#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli due DB [--scope ORG] [--date DATE] [--json]: what is due (本月待办) for the
// organisations of the account's area (issue 25 §5). Exit 0 whether or not anything is due.
class DueCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DueCommand)

public:
    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the items as JSON.") };
    QCommandLineOption m_scope { QStringLiteral("scope"),
        tr("Only this organisation (its code, full or short name) and those below it."), tr("ORG") };
    QCommandLineOption m_date { QStringLiteral("date"),
        tr("The day to look from (default: today), yyyy-MM-dd."), tr("DATE") };
};

}  // namespace redgrid::cli
