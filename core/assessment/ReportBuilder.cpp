#include "ReportBuilder.h"

#include "Ranking.h"
#include "SheetStore.h"
#include "TemplateStore.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgKind.h"
#include "organisation/OrgStore.h"
#include "security/Access.h"
#include "storage/Connection.h"

#include <QHash>

#include <algorithm>

namespace redgrid::assessment {

namespace {

TargetScores scoresOf(const Sheet& sheet, SheetStore& store)
{
    TargetScores scores;
    scores.target = sheet.target;
    scores.period = sheet.period;
    scores.table = sheet.table.table;
    scores.state = sheet.state;
    scores.selfInput = sheet.self;
    scores.self = sheet.selfResult();
    scores.reviewed = sheet.hasReview;
    scores.reviewInput = sheet.review;
    scores.result = sheet.result();
    scores.grade = scores.result.grade;
    scores.stars = scores.result.stars;
    scores.capped = scores.result.gradeReasons;
    scores.history = store.history(sheet.target, sheet.period);
    scores.rectifications = sheet.rectifications;
    return scores;
}

// Ranks `targets` together: ranks, and the quotas of the grades and stars applied in rank
// order. Sets rank and rankedWith, or, with `district`, districtRank and districtRankedWith
// only (the quotas are the street's, who assesses).
void rankTogether(QList<TargetScores*>& targets, bool district)
{
    if (targets.isEmpty())
        return;
    QList<RankedTarget> ranked;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const TargetScores& each = *targets.at(i);
        ranked.append(
            { QString::number(i), each.target.name, each.result.total, each.grade, each.stars, 0, {} });
    }
    Ranking::rank(ranked);
    if (!district) {
        const AssessmentTemplate& table = *targets.first()->table;
        Ranking::applyQuotas(ranked, table.grades, &RankedTarget::grade);
        Ranking::applyQuotas(ranked, table.stars, &RankedTarget::stars);
    }
    for (const RankedTarget& each : ranked) {
        TargetScores& scores = *targets.at(each.id.toInt());
        if (district) {
            scores.districtRank = each.rank;
            scores.districtRankedWith = int(ranked.size());
        } else {
            scores.rank = each.rank;
            scores.rankedWith = int(ranked.size());
            scores.grade = each.grade;
            scores.stars = each.stars;
            scores.capped.append(each.capped);
        }
    }
}

// A report of `unit` for the quarter: refused for a period that is no quarter, does not
// exist or lies ahead.
Result<AssessmentReport> newReport(
    const QString& unit, const QString& code, const Period& quarter, const QDate& today)
{
    const auto period = Period::forScoring(quarter.code(), today);
    if (!period)
        return period.error();
    if (!period->isQuarter())
        return Error::plain(
            ReportBuilder::tr("The quarterly report is for a quarter, not for %1").arg(quarter.label()));
    AssessmentReport report;
    report.unit = unit;
    report.unitCode = code;
    report.period = *period;
    report.preparedOn = today;
    return report;
}

}  // namespace

ReportBuilder::ReportBuilder(storage::Connection& connection)
    : m_db(connection)
{
}

Result<AssessmentReport> ReportBuilder::buildForCode(
    const QString& code, const Period& quarter, const QDate& today)
{
    hierarchy::HierarchyStore nodes(m_db);
    if (code.trimmed().isEmpty()) {
        const security::Access access(m_db);
        if (!access.session())
            return access.require(security::Permission::ReadAssessment).error();
        const RecordId area = access.session()->account().scopeNodeId;
        if (!area.isNull())
            return build(area, quarter, today);
        const auto root = nodes.root();
        if (!root)
            return Error::plain(tr("The database has no district yet"));
        return build(root->id, quarter, today);
    }
    const auto node = nodes.nodeByCode(code.trimmed());
    if (!node) {
        if (const auto org = organisation::OrgStore(m_db).orgByCode(code.trimmed()))
            return buildForOrg(org->id, quarter, today);
        return Error::plain(
            tr("No district, street, community or party organisation has the code %1").arg(code.trimmed()));
    }
    return build(node->id, quarter, today);
}

Result<AssessmentReport> ReportBuilder::build(
    const RecordId& nodeId, const Period& quarter, const QDate& today)
{
    const security::Access access(m_db);
    if (Status ok = access.requireNode(security::Permission::ReadAssessment, nodeId); !ok)
        return ok.error();
    const auto node = hierarchy::HierarchyStore(m_db).node(nodeId);
    if (!node)
        return Error::plain(tr("The unit to report on no longer exists"));
    if (node->level > hierarchy::NodeLevel::Community)
        return Error::plain(
            tr("%1 is a grid or a building: reports are for a community, a street or the district")
                .arg(node->name));
    auto report = newReport(node->name, node->code, quarter, today);
    if (!report)
        return report.error();
    report->summary = node->level != hierarchy::NodeLevel::Community;
    // A community is ranked among its street's communities (those the account may read).
    const RecordId rankingUnit = report->summary ? node->id : node->parentId;
    return assemble(*report, SheetStore(m_db).communitiesUnder(rankingUnit),
        report->summary ? RecordId() : node->id, node->level == hierarchy::NodeLevel::District);
}

Result<AssessmentReport> ReportBuilder::buildForOrg(
    const RecordId& orgId, const Period& quarter, const QDate& today)
{
    const security::Access access(m_db);
    if (Status ok = access.requireOrg(security::Permission::ReadAssessment, orgId); !ok)
        return ok.error();
    const auto org = organisation::OrgStore(m_db).org(orgId);
    if (!org)
        return Error::plain(tr("The unit to report on no longer exists"));
    auto report = newReport(org->name, org->code, quarter, today);
    if (!report)
        return report.error();
    report->summary = !organisation::isBranch(org->kind);
    // A branch is ranked among the branches of its 党委.
    const RecordId rankingUnit = report->summary ? org->id : org->parentId;
    return assemble(
        *report, SheetStore(m_db).branchesUnder(rankingUnit), report->summary ? RecordId() : org->id, false);
}

Result<AssessmentReport> ReportBuilder::assemble(
    AssessmentReport report, const QList<AssessmentTarget>& pool, const RecordId& only, bool rankAll)
{
    SheetStore store(m_db);
    QList<TargetScores> all;
    for (const SheetOverview& line : store.overview(report.period, pool)) {
        if (line.sheetId.isNull())
            continue;
        if (const auto sheet = store.stored(line.sheetId))
            all.append(scoresOf(*sheet, store));
    }
    QHash<QString, QList<TargetScores*>> byUnit;
    QList<TargetScores*> everyone;
    for (TargetScores& scores : all) {
        byUnit[scores.target.unit].append(&scores);
        everyone.append(&scores);
    }
    for (auto& unit : byUnit)
        rankTogether(unit, false);
    if (rankAll)
        rankTogether(everyone, true);

    for (const TargetScores& scores : all)
        if (only.isNull() || scores.target.id == only)
            report.targets.append(scores);
    std::stable_sort(
        report.targets.begin(), report.targets.end(), [](const TargetScores& a, const TargetScores& b) {
            if (a.result.total != b.result.total)
                return a.result.total > b.result.total;
            return a.target.name < b.target.name;
        });
    if (report.targets.isEmpty())
        return Error::plain(
            tr("No sheet of %1 for %2 has been saved yet").arg(report.unit, report.period.label()));
    return report;
}

Result<AnnualStanding> ReportBuilder::annualForCode(const QString& code, int year, const QDate& today)
{
    SheetStore store(m_db);
    if (Status ok = store.allowed(); !ok)
        return ok.error();
    if (year < 2000 || year > today.year())
        return Error::plain(tr("The year %1 has not begun").arg(year));
    AnnualStanding standing;
    standing.year = year;
    QList<AssessmentTarget> pool;
    hierarchy::HierarchyStore nodes(m_db);
    const security::Access access(m_db);
    if (code.trimmed().isEmpty()) {
        const RecordId area = access.session() ? access.session()->account().scopeNodeId : RecordId();
        const auto node = area.isNull() ? nodes.root() : nodes.node(area);
        if (!node)
            return Error::plain(tr("The database has no district yet"));
        standing.unit = node->name;
        pool = store.communitiesUnder(node->id);
    } else if (const auto node = nodes.nodeByCode(code.trimmed())) {
        if (Status ok = access.requireNode(security::Permission::ReadAssessment, node->id); !ok)
            return ok.error();
        standing.unit = node->name;
        pool = store.communitiesUnder(node->id);
    } else if (const auto org = organisation::OrgStore(m_db).orgByCode(code.trimmed())) {
        if (Status ok = access.requireOrg(security::Permission::ReadAssessment, org->id); !ok)
            return ok.error();
        standing.unit = org->name;
        pool = store.branchesUnder(org->id);
    } else {
        return Error::plain(
            tr("No district, street, community or party organisation has the code %1").arg(code.trimmed()));
    }

    QHash<QString, QList<RankedTarget>> byUnit;
    for (const AssessmentTarget& target : pool) {
        AnnualLine line;
        line.target = target;
        bool scored = false;
        // Only the quarters the assessor has reviewed count towards the year.
        for (int q = 1; q <= 4; ++q)
            for (const SheetOverview& quarter : store.overview(Period::quarterOf(year, q), { target }))
                if (quarter.total
                    && (quarter.state == SheetState::Reviewed || quarter.state == SheetState::Confirmed)) {
                    line.input.quarters[q - 1] = *quarter.total;
                    scored = true;
                }
        if (!scored)
            continue;
        const auto table = TemplateStore(m_db).inUse(target.kind);
        if (!table)
            return Error::plain(tr("No assessment template for this kind of target is stored"));
        if (const auto given = store.yearEnd(target, year)) {
            line.input.yearEnd = given->rating;
            line.input.bonus = given->bonus;
            line.input.penalty = given->penalty;
            line.note = given->note;
        }
        line.result = AnnualScore::compute(table->table->annual, line.input);
        const int grade = table->table->grades.levelFor(line.result.total, false);
        line.grade = table->table->grades.levels.value(grade).name;
        byUnit[target.unit].append(
            { QString::number(standing.lines.size()), target.name, line.result.total, grade, 0, 0, {} });
        standing.lines.append(line);
    }
    for (auto& unit : byUnit) {
        Ranking::rank(unit);
        for (const RankedTarget& each : unit) {
            AnnualLine& line = standing.lines[each.id.toInt()];
            line.rank = each.rank;
            line.rankedWith = int(unit.size());
        }
    }
    std::stable_sort(
        standing.lines.begin(), standing.lines.end(), [](const AnnualLine& a, const AnnualLine& b) {
            if (a.result.total != b.result.total)
                return a.result.total > b.result.total;
            return a.target.name < b.target.name;
        });
    if (standing.lines.isEmpty())
        return Error::plain(tr("No quarter of %1 has a reviewed sheet in %2").arg(year).arg(standing.unit));
    return standing;
}

}  // namespace redgrid::assessment
