#include "AreaDemo.h"

#include "demo/DemoBuilder.h"
#include "hierarchy/DivisionCode.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgChecks.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "security/AccountStore.h"

#include <catch2/catch.hpp>

namespace redgrid::test {

using hierarchy::HierarchyNode;
using organisation::OrgFinding;

AreaDemo::AreaDemo()
{
    auto built = demo::DemoBuilder::create(path, testAdministrator(), { 7, demo::DemoScale::Small });
    REQUIRE(built.ok());
    admin = std::move(built).value();
    hierarchy::HierarchyStore store(*admin);
    district = *store.root();
    street = store.children(district.id).at(1);
    community = store.children(street.id).at(0);
    grid = store.children(community.id).at(0);
    REQUIRE(grid.level == hierarchy::NodeLevel::Grid);
    organisation::OrgStore orgs(*admin);
    const auto committees = orgs.coveringNode(community.id);
    REQUIRE_FALSE(committees.isEmpty());
    organisation::PartyOrg committee = committees.front();
    committee.termStart = QDate(2021, 11, 1);
    committee.termEnd = QDate(2026, 10, 31);
    REQUIRE(organisation::OrgEditor(*admin).update(committee).ok());
    QList<RecordId> gridNodes { grid.id };
    for (const HierarchyNode& building : store.children(grid.id))
        gridNodes.append(building.id);
    for (const RecordId& node : gridNodes) {
        for (organisation::PartyOrg org : orgs.coveringNode(node)) {
            org.nodeIds.removeAll(node);
            const auto updated = organisation::OrgEditor(*admin).update(org);
            INFO((updated ? QString() : updated.error().message).toStdString());
            REQUIRE(updated.ok());
        }
    }
}

void AreaDemo::addAccount(const QString& name, security::Role role, const RecordId& area)
{
    REQUIRE(security::AccountStore(*admin).add({ name, {}, role, area, AccountPassword }).ok());
}

std::unique_ptr<storage::Connection> AreaDemo::signIn(const QString& name)
{
    return openSignedIn(path, name, AccountPassword);
}

QSet<RecordId> AreaDemo::orgsOf(const HierarchyNode& area)
{
    const QString stem = hierarchy::DivisionCode::stem(area.level, area.code);
    organisation::OrgStore orgs(*admin);
    hierarchy::HierarchyStore nodes(*admin);
    QSet<RecordId> result;
    for (const organisation::PartyOrg& org : orgs.all()) {
        for (const RecordId& nodeId : org.nodeIds) {
            if (nodes.node(nodeId)->code.startsWith(stem)) {
                for (const RecordId& below : orgs.subtree(org.id))
                    result.insert(below);
                break;
            }
        }
    }
    return result;
}

QStringList AreaDemo::findingsIn(const HierarchyNode& area)
{
    const QSet<RecordId> orgs = orgsOf(area);
    const QString stem = hierarchy::DivisionCode::stem(area.level, area.code);
    QStringList result;
    for (const OrgFinding& finding : organisation::OrgChecks(*admin).run(Today)) {
        const bool inside = finding.kind == OrgFinding::Kind::GridUncovered
            ? finding.subjectCode.startsWith(stem)
            : orgs.contains(finding.subjectId);
        if (inside)
            result.append(organisation::findingKey(finding.kind) + QLatin1Char(' ') + finding.subjectCode);
    }
    result.sort();
    return result;
}

}  // namespace redgrid::test
