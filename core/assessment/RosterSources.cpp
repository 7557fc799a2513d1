#include "RosterSources.h"

#include "DataSourceKeys.h"
#include "organisation/OrgFigures.h"
#include "roster/RosterFigures.h"

namespace redgrid::assessment {

namespace {
ComputedValue value(const roster::MemberShare& share, const QString& what)
{
    return { share.achieved, share.possible, what };
}

QList<RecordId> orgsOf(storage::Connection& db, const AssessmentTarget& target)
{
    organisation::OrgFigures figures(db);
    return target.kind == TargetKind::Community ? figures.ofCommunity(target.id) : figures.tree(target.id);
}

// A source counting the members of the target's organisations.
DataSource ofMembers(const QString& key, const std::function<QString()>& what,
    roster::MemberShare (roster::RosterFigures::*count)(const QList<RecordId>&))
{
    return { key, what,
        [what, count](storage::Connection& db, const AssessmentTarget& target,
            const Period&) -> std::optional<ComputedValue> {
            roster::RosterFigures figures(db);
            return value((figures.*count)(orgsOf(db, target)), what());
        } };
}
}  // namespace

DataSource RosterSources::dualRegistered()
{
    const auto what = [] { return tr("in-service members dual-registered with the community they live in"); };
    return { DataSourceKeys::DualRegistered, what,
        [what](storage::Connection& db, const AssessmentTarget& target,
            const Period&) -> std::optional<ComputedValue> {
            roster::RosterFigures figures(db);
            if (target.kind == TargetKind::Community)
                return value(figures.dualRegisteredLivingIn(target.id), what());
            return value(figures.dualRegistered(orgsOf(db, target)), what());
        } };
}

DataSource RosterSources::complete()
{
    return ofMembers(
        DataSourceKeys::MembersComplete,
        [] { return tr("members with every item of their record filled (the sealed address not checked)"); },
        &roster::RosterFigures::complete);
}

DataSource RosterSources::lostContactFound()
{
    return ofMembers(
        DataSourceKeys::LostContactFound,
        [] { return tr("members ever recorded as lost contact who are in contact now"); },
        &roster::RosterFigures::lostContactFound);
}

DataSource RosterSources::mobileInContact()
{
    return ofMembers(
        DataSourceKeys::MobileInContact, [] { return tr("mobile members in contact"); },
        &roster::RosterFigures::mobileInContact);
}

}  // namespace redgrid::assessment
