#include "OrganisationSources.h"

#include "DataSourceKeys.h"
#include "organisation/OrgFigures.h"

#include <QDate>

#include <algorithm>

namespace redgrid::assessment {

namespace {
ComputedValue value(const organisation::OrgShare& share, const QString& what)
{
    return { share.achieved, share.possible, what };
}

// A community's organisations (those covering its subtree and those below them), or a
// branch and those below it.
QList<RecordId> orgsOf(storage::Connection& db, const AssessmentTarget& target)
{
    organisation::OrgFigures figures(db);
    return target.kind == TargetKind::Community ? figures.ofCommunity(target.id) : figures.tree(target.id);
}
}  // namespace

DataSource OrganisationSources::gridsCovered()
{
    const auto what = [] { return tr("grids covered by a party organisation"); };
    return { DataSourceKeys::GridsCovered, what,
        [what](storage::Connection& db, const AssessmentTarget& target,
            const Period&) -> std::optional<ComputedValue> {
            if (target.kind != TargetKind::Community)
                return std::nullopt;
            return value(organisation::OrgFigures(db).gridsCovered(target.id), what());
        } };
}

DataSource OrganisationSources::branchesWellFormed()
{
    const auto what = [] { return tr("branches meeting the rules on their size and committee"); };
    return { DataSourceKeys::BranchesWellFormed, what,
        [what](storage::Connection& db, const AssessmentTarget& target,
            const Period&) -> std::optional<ComputedValue> {
            return value(organisation::OrgFigures(db).branchesWellFormed(orgsOf(db, target)), what());
        } };
}

DataSource OrganisationSources::termsCurrent()
{
    const auto what = [] { return tr("organisations whose term has not ended"); };
    return { DataSourceKeys::TermsCurrent, what,
        [what](storage::Connection& db, const AssessmentTarget& target,
            const Period& period) -> std::optional<ComputedValue> {
            // As of the period's last day, or today while the period runs.
            const QDate asOf = std::min(period.last(), QDate::currentDate());
            return value(organisation::OrgFigures(db).termsCurrent(orgsOf(db, target), asOf), what());
        } };
}

}  // namespace redgrid::assessment
