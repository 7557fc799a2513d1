#pragma once

#include "AssessmentCommand.h"

namespace redgrid::cli {

// redgrid-cli year-end DB --year 2026 --target CODE --rating N [--bonus N] [--penalty N]
// [--note TEXT]: the year-end rating (年终评定) an assessor gives a community or branch,
// which the annual score adds to its quarters.
class YearEndCommand : public AssessmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(YearEndCommand)

public:
    QString name() const override { return QStringLiteral("year-end"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_year { QStringLiteral("year"), tr("The year rated, e.g. 2026."), tr("YEAR") };
    QCommandLineOption m_target { QStringLiteral("target"),
        tr("The community's division code or the branch's code."), tr("CODE") };
    QCommandLineOption m_rating { QStringLiteral("rating"),
        tr("The year-end rating (at most the template's maximum, 5 by default)."), tr("POINTS") };
    QCommandLineOption m_bonus { QStringLiteral("bonus"), tr("The year's bonus points (default 0)."),
        tr("POINTS"), QStringLiteral("0") };
    QCommandLineOption m_penalty { QStringLiteral("penalty"), tr("The year's penalty points (default 0)."),
        tr("POINTS"), QStringLiteral("0") };
    QCommandLineOption m_note { QStringLiteral("note"), tr("What the rating rests on."), tr("TEXT") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the target's annual score as JSON.") };
};

}  // namespace redgrid::cli
