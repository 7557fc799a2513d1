#include "DemoScores.h"

#include "assessment/SheetLoad.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgKind.h"
#include "organisation/OrgStore.h"
#include "security/Access.h"

#include <algorithm>

namespace redgrid::demo {

using namespace assessment;

namespace {

const QStringList Responsible = { QStringLiteral("李红梅"), QStringLiteral("王建国"),
    QStringLiteral("张晓燕"), QStringLiteral("陈志强"), QStringLiteral("刘秀英"), QStringLiteral("杨光明"),
    QStringLiteral("赵丽华"), QStringLiteral("黄德胜") };
const QStringList ReviewNotes
    = { QStringLiteral("抽查台账，记录不全"), QStringLiteral("现场查看，部分未落实"),
          QStringLiteral("佐证材料不足"), QStringLiteral("走访群众反映情况不一致") };

// Scores one quarter with `quality` (0–100: how well the target did) for every indicator
// entered by hand; computed ones come from the data sources when the sheet is written.
SheetInput scoredInput(const AssessmentTemplate& table, int quality, DemoRandom& random)
{
    SheetInput input;
    for (const auto& [indicator, depth] : table.flatten()) {
        Q_UNUSED(depth)
        if (!indicator->children.isEmpty() || indicator->method == ScoringMethod::Computed)
            continue;
        IndicatorEntry entry;
        if (indicator->kind == IndicatorKind::Bonus) {
            const bool given
                = indicator->innovation ? quality >= 88 && random.chance(0.6) : random.chance(0.2);
            if (!given)
                continue;
            const qint64 most = indicator->max.hundredths() / 100;
            entry.score = Points::whole(random.between(1, int(std::max<qint64>(1, most))));
            entry.evidence
                = indicator->innovation ? QStringLiteral("经街道认定的创新做法") : QStringLiteral("区级表彰");
        } else if (indicator->kind == IndicatorKind::Penalty) {
            if (quality >= 75 || !random.chance(0.3))
                continue;
            entry.score = Points::whole(2);
            entry.evidence = QStringLiteral("被区级通报批评1次");
        } else if (indicator->method == ScoringMethod::Deductions) {
            for (const DeductionRule& rule : indicator->deductions)
                if (random.between(0, 100) > quality + 8)
                    entry.findings.insert(rule.key, random.between(1, 2));
            if (entry.findings.isEmpty())
                continue;
            entry.evidence = random.pick(ReviewNotes);
        } else {
            // Within a few points of the quality, in half points.
            const int percent = std::clamp(quality + random.between(-8, 6), 40, 100);
            const qint64 halves = indicator->max.hundredths() * percent / 100 / 50;
            entry.score = Points::fromHundredths(halves * 50);
            if (*entry.score < indicator->max)
                entry.evidence = random.pick(ReviewNotes);
        }
        input.entries.insert(indicator->key, entry);
    }
    return input;
}

// The assessor's review: the self-assessment, a little stricter here and there.
SheetInput reviewed(const AssessmentTemplate& table, const SheetInput& self, DemoRandom& random)
{
    SheetInput review = self;
    for (const auto& [indicator, depth] : table.flatten()) {
        Q_UNUSED(depth)
        if (indicator->method != ScoringMethod::Manual || indicator->kind != IndicatorKind::Regular
            || !random.chance(0.25))
            continue;
        IndicatorEntry entry = review.entries.value(indicator->key);
        const Points given = entry.score.value_or(indicator->max);
        entry.score = max(Points(), given - Points::fromHundredths(50 * random.between(1, 2)));
        entry.evidence = QStringLiteral("审核：") + random.pick(ReviewNotes);
        review.entries.insert(indicator->key, entry);
    }
    return review;
}

// The indicator that lost most, for a rectification.
std::optional<std::pair<QString, QString>> biggestLoss(
    const AssessmentTemplate& table, const SheetInput& input)
{
    const SheetResult result = ScoreSheet::compute(table, input);
    std::optional<std::pair<QString, QString>> found;
    Points most = Points::whole(1);
    for (const auto& [indicator, depth] : table.flatten()) {
        Q_UNUSED(depth)
        if (!indicator->children.isEmpty() || indicator->kind != IndicatorKind::Regular)
            continue;
        const IndicatorResult counted = result.indicators.value(indicator->key);
        if (counted.max - counted.score >= most) {
            most = counted.max - counted.score;
            found = std::pair(indicator->key, indicator->name);
        }
    }
    return found;
}

struct Plan
{
    AssessmentTarget target;
    int quality = 85;  // in the oldest quarter
    int trend = 0;  // points a quarter
};

void scoreQuarters(QList<LoadedSheet>& sheets, const Plan& plan, const StoredTemplate& table,
    const QList<Period>& quarters, const Period& current, const QDate& today, DemoRandom& random,
    bool vetoLast, const QString& by)
{
    for (qsizetype q = 0; q < quarters.size(); ++q) {
        const Period& period = quarters.at(q);
        const bool latest = q == quarters.size() - 1;
        const int quality = std::clamp(plan.quality + plan.trend * int(q), 45, 99);
        LoadedSheet sheet;
        sheet.target = plan.target;
        sheet.period = period;
        sheet.table = table;
        sheet.by = by;
        sheet.self = scoredInput(*table.table, quality, random);
        sheet.state = SheetState::Confirmed;
        if (latest) {
            const int draw = random.between(1, 10);
            sheet.state = draw <= 7 ? SheetState::Confirmed
                : draw <= 9         ? SheetState::Reviewed
                                    : SheetState::Submitted;
        }
        if (sheet.state != SheetState::Submitted) {
            sheet.review = reviewed(*table.table, sheet.self, random);
            if (latest && vetoLast)
                sheet.review->vetoes = { table.table->vetoes.last().key };
        }
        // The points lost most are followed up in the last two quarters.
        if (q >= quarters.size() - 2)
            if (const auto loss = biggestLoss(*table.table, sheet.review ? *sheet.review : sheet.self)) {
                Rectification item;
                item.indicatorKey = loss->first;
                item.problem = loss->second + QStringLiteral("：") + random.pick(ReviewNotes)
                    + QStringLiteral("，限期整改");
                item.responsible = random.pick(Responsible);
                item.deadline = period.last().addDays(random.between(20, 45));
                item.closed = item.deadline < today && random.chance(latest ? 0.3 : 0.6);
                if (item.closed) {
                    item.closedOn = item.deadline.addDays(-random.between(1, 10));
                    item.outcome = QStringLiteral("已按要求整改到位");
                }
                sheet.rectifications.append(item);
            }
        sheets.append(sheet);
    }
    // Some have begun the current quarter's self-assessment.
    if (random.chance(0.3)) {
        LoadedSheet sheet;
        sheet.target = plan.target;
        sheet.period = current;
        sheet.table = table;
        sheet.by = by;
        sheet.self = scoredInput(
            *table.table, std::clamp(plan.quality + plan.trend * int(quarters.size()), 45, 99), random);
        sheets.append(sheet);
    }
}

}  // namespace

QString DemoScores::description() const
{
    return tr("assessment scores");
}

Status DemoScores::build(DemoContext& context)
{
    DemoRandom random = context.random.fork(23);
    const QDate today = QDate::currentDate();
    const Period current = Period::containing(today);
    QList<Period> quarters;
    for (Period p = current.previous(); quarters.size() < 4; p = p.previous())
        quarters.prepend(p);

    TemplateStore templates(context.db);
    const auto communityTable = templates.inUse(TargetKind::Community);
    const auto branchTable = templates.inUse(TargetKind::Branch);
    if (!communityTable || !branchTable)
        return Error::plain(tr("the demo database has no assessment templates"));

    SheetStore store(context.db);
    // The sheets name the demo's administrator as their last editor.
    const security::Access access(context.db);
    const QString by = access.session() ? access.session()->account().username : QString();
    QList<LoadedSheet> sheets;
    const QList<AssessmentTarget> communities = store.communitiesUnder(RecordId());
    // One community of the second street is vetoed in the last quarter (群众满意率低于90%).
    QString vetoed;
    for (const AssessmentTarget& community : communities)
        if (!communities.isEmpty() && community.unit != communities.first().unit) {
            vetoed = community.code;
            break;
        }
    for (const AssessmentTarget& community : communities) {
        Plan plan;
        plan.target = community;
        plan.quality = random.between(60, 95);
        plan.trend = random.between(-3, 3);
        scoreQuarters(
            sheets, plan, *communityTable, quarters, current, today, random, community.code == vetoed, by);
    }

    // The branches of the first street, scored by their 党委.
    hierarchy::HierarchyStore nodes(context.db);
    organisation::OrgStore orgs(context.db);
    if (const auto root = nodes.root()) {
        const auto streets = nodes.children(root->id);
        if (!streets.isEmpty())
            for (const organisation::PartyOrg& org : orgs.coveringNode(streets.first().id)) {
                if (organisation::isBranch(org.kind))
                    continue;
                for (const AssessmentTarget& branch : store.branchesUnder(org.id)) {
                    Plan plan;
                    plan.target = branch;
                    plan.quality = random.between(70, 98);
                    plan.trend = random.between(-2, 3);
                    scoreQuarters(sheets, plan, *branchTable, quarters, current, today, random, false, by);
                }
                break;
            }
    }
    return SheetLoad::write(context.db, sheets);
}

}  // namespace redgrid::demo
