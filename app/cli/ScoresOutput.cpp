#include "ScoresOutput.h"

#include <QJsonArray>

namespace redgrid::cli {

namespace {
double number(assessment::Points points)
{
    return double(points.hundredths()) / 100.0;
}
}  // namespace

QJsonObject ScoresOutput::json(const assessment::AssessmentReport& report)
{
    QJsonArray targets;
    for (const assessment::TargetScores& each : report.targets) {
        QJsonObject lost;
        for (const auto& [block, points] : each.lostPerBlock())
            lost.insert(block, number(points));
        targets.append(QJsonObject { { QStringLiteral("code"), each.target.code },
            { QStringLiteral("name"), each.target.name }, { QStringLiteral("unit"), each.target.unit },
            { QStringLiteral("state"), assessment::SheetWorkflow::code(each.state) },
            { QStringLiteral("self_total"), number(each.self.total) },
            { QStringLiteral("total"), number(each.result.total) },
            { QStringLiteral("grade"), each.gradeName() }, { QStringLiteral("stars"), each.starsName() },
            { QStringLiteral("rank"), each.rank }, { QStringLiteral("ranked_with"), each.rankedWith },
            { QStringLiteral("district_rank"), each.districtRank },
            { QStringLiteral("capped"), QJsonArray::fromStringList(each.capped) },
            { QStringLiteral("lost_per_block"), lost },
            { QStringLiteral("open_rectifications"),
                qint64(std::count_if(each.rectifications.cbegin(), each.rectifications.cend(),
                    [](const assessment::Rectification& item) { return !item.closed; })) } });
    }
    return { { QStringLiteral("period"), report.period.code() }, { QStringLiteral("unit"), report.unit },
        { QStringLiteral("unit_code"), report.unitCode },
        { QStringLiteral("count"), qint64(report.targets.size()) }, { QStringLiteral("targets"), targets } };
}

QStringList ScoresOutput::lines(const assessment::AssessmentReport& report)
{
    QStringList lines;
    for (const assessment::TargetScores& each : report.targets) {
        QStringList lost;
        for (const auto& [block, points] : each.lostPerBlock())
            if (points > assessment::Points())
                lost.append(QStringLiteral("%1 −%2").arg(block, points.toString()));
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                         .arg(each.rank > 0 ? QStringLiteral("%1/%2").arg(each.rank).arg(each.rankedWith)
                                            : QStringLiteral("-"),
                             each.target.code, each.target.name, assessment::SheetWorkflow::label(each.state),
                             each.result.total.toString(), each.gradeName(), each.starsName(),
                             lost.join(QStringLiteral("; "))));
    }
    lines.append(tr("%1, %2: %n target(s) scored", nullptr, int(report.targets.size()))
                     .arg(report.unit, report.period.label()));
    return lines;
}

QJsonObject ScoresOutput::json(const assessment::AnnualStanding& standing)
{
    QJsonArray lines;
    for (const assessment::AnnualLine& line : standing.lines) {
        QJsonArray quarters;
        for (const auto& quarter : line.input.quarters)
            quarters.append(quarter ? QJsonValue(number(*quarter)) : QJsonValue());
        lines.append(QJsonObject { { QStringLiteral("code"), line.target.code },
            { QStringLiteral("name"), line.target.name }, { QStringLiteral("unit"), line.target.unit },
            { QStringLiteral("quarters"), quarters },
            { QStringLiteral("quarters_part"), number(line.result.quartersPart) },
            { QStringLiteral("year_end"), number(line.result.yearEnd) },
            { QStringLiteral("bonus"), number(line.input.bonus) },
            { QStringLiteral("penalty"), number(line.input.penalty) },
            { QStringLiteral("total"), number(line.result.total) }, { QStringLiteral("grade"), line.grade },
            { QStringLiteral("rank"), line.rank }, { QStringLiteral("ranked_with"), line.rankedWith },
            { QStringLiteral("notes"), QJsonArray::fromStringList(line.result.notes) } });
    }
    return { { QStringLiteral("year"), standing.year }, { QStringLiteral("unit"), standing.unit },
        { QStringLiteral("count"), qint64(standing.lines.size()) }, { QStringLiteral("targets"), lines } };
}

QStringList ScoresOutput::lines(const assessment::AnnualStanding& standing)
{
    QStringList lines;
    for (const assessment::AnnualLine& line : standing.lines) {
        QStringList quarters;
        for (const auto& quarter : line.input.quarters)
            quarters.append(quarter ? quarter->toString() : QStringLiteral("-"));
        lines.append(QStringLiteral("%1/%2\t%3\t%4\t%5\t%6 + %7\t%8\t%9")
                         .arg(line.rank)
                         .arg(line.rankedWith)
                         .arg(line.target.code, line.target.name, quarters.join(QLatin1Char(' ')),
                             line.result.quartersPart.toString(), line.result.yearEnd.toString(),
                             line.result.total.toString(), line.grade));
    }
    lines.append(tr("%1, %2: %n target(s) with reviewed quarters", nullptr, int(standing.lines.size()))
                     .arg(standing.unit)
                     .arg(standing.year));
    return lines;
}

}  // namespace redgrid::cli
