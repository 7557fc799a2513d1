#include "ReportBuilder.h"

#include "Ranking.h"
#include "SheetStore.h"
#include "hierarchy/HierarchyStore.h"
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
        ranked.append({ QString::number(i), each.target.name, each.result.total, each.grade, each.stars, 0, {} });
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

}  // namespace

ReportBuilder::ReportBuilder(storage::Connection& connection)
    : m_db(connection)
{
}

Result<AssessmentReport> ReportBuilder::buildForCode(const QString& code, const Period& quarter, const QDate& today)
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
    if (!node)
        return Error::plain(tr("No district, street or community has the code %1").arg(code.trimmed()));
    return build(node->id, quarter, today);
}

Result<AssessmentReport> ReportBuilder::build(const RecordId& nodeId, const Period& quarter, const QDate& today)
{
    const security::Access access(m_db);
    if (Status ok = access.requireNode(security::Permission::ReadAssessment, nodeId); !ok)
        return ok.error();
    const auto period = Period::forScoring(quarter.code(), today);
    if (!period)
        return period.error();
    if (!period->isQuarter())
        return Error::plain(tr("The quarterly report is for a quarter, not for %1").arg(quarter.label()));
    hierarchy::HierarchyStore nodes(m_db);
    const auto node = nodes.node(nodeId);
    if (!node)
        return Error::plain(tr("The unit to report on no longer exists"));
    if (node->level > hierarchy::NodeLevel::Community)
        return Error::plain(tr("%1 is a grid or a building: reports are for a community, a street or the district")
                                .arg(node->name));

    AssessmentReport report;
    report.unit = node->name;
    report.unitCode = node->code;
    report.period = *period;
    report.preparedOn = today;
    report.summary = node->level != hierarchy::NodeLevel::Community;

    // A community is ranked among its street's communities (those the account may read).
    const RecordId rankingUnit = node->level == hierarchy::NodeLevel::Community ? node->parentId : node->id;
    SheetStore store(m_db);
    QList<TargetScores> all;
    for (const SheetOverview& line : store.overview(*period, rankingUnit)) {
        if (line.sheetId.isNull())
            continue;
        if (const auto sheet = store.stored(line.sheetId))
            all.append(scoresOf(*sheet, store));
    }
    QHash<QString, QList<TargetScores*>> byStreet;
    QList<TargetScores*> everyone;
    for (TargetScores& scores : all) {
        byStreet[scores.target.unit].append(&scores);
        everyone.append(&scores);
    }
    for (auto& street : byStreet)
        rankTogether(street, false);
    if (node->level == hierarchy::NodeLevel::District)
        rankTogether(everyone, true);

    for (const TargetScores& scores : all)
        if (!report.summary ? scores.target.id == node->id : true)
            report.targets.append(scores);
    std::stable_sort(report.targets.begin(), report.targets.end(), [](const TargetScores& a, const TargetScores& b) {
        if (a.result.total != b.result.total)
            return a.result.total > b.result.total;
        return a.target.name < b.target.name;
    });
    if (report.targets.isEmpty())
        return Error::plain(tr("No sheet of %1 for %2 has been saved yet").arg(node->name, period->label()));
    return report;
}

}  // namespace redgrid::assessment
