#include "OrgChecks.h"

#include "roster/RosterCounts.h"
#include "security/Access.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"

namespace redgrid::organisation {

namespace {
// Each check has a form for the whole database and one for an account's area (the
// organisations and nodes of security::attachSession's views), so that an administrator
// of the whole database pays nothing for the scope.
#define ORG_IN_AREA(column) " AND " column " IN (SELECT id FROM temp.scope_org)"
#define NODE_IN_AREA(column) " AND " column " IN (SELECT id FROM temp.scope_node)"
}  // namespace

QString findingKey(OrgFinding::Kind kind)
{
    switch (kind) {
    case OrgFinding::Kind::TooFewFullMembers:
        return QStringLiteral("too_few_full_members");
    case OrgFinding::Kind::TooManyMembers:
        return QStringLiteral("too_many_members");
    case OrgFinding::Kind::CommitteeMissing:
        return QStringLiteral("committee_missing");
    case OrgFinding::Kind::GridUncovered:
        return QStringLiteral("grid_uncovered");
    case OrgFinding::Kind::TermEndingSoon:
        return QStringLiteral("term_ending_soon");
    case OrgFinding::Kind::TermEndingVerySoon:
        return QStringLiteral("term_ending_very_soon");
    case OrgFinding::Kind::TermOverdue:
        return QStringLiteral("term_overdue");
    }
    return {};
}

OrgChecks::OrgChecks(storage::Connection& connection)
    : m_db(connection)
{
}

int OrgChecks::firstReminderMonths()
{
    return settings::SettingStore(m_db).intValue(QStringLiteral("org.term.remind.first"), 6);
}

int OrgChecks::secondReminderMonths()
{
    return settings::SettingStore(m_db).intValue(QStringLiteral("org.term.remind.second"), 2);
}

OrgChecks::Area OrgChecks::area() const
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadOrganisations))
        return Area::Nothing;
    return access.coversWholeDatabase() ? Area::Everything : Area::Scoped;
}

Status OrgChecks::allowed() const
{
    return security::Access(m_db).require(security::Permission::ReadOrganisations);
}

QList<OrgFinding> OrgChecks::run(const QDate& today)
{
    QList<OrgFinding> findings = branchSizes();
    findings += terms(today);
    findings += uncoveredGrids();
    return findings;
}

QList<OrgFinding> OrgChecks::branchSizes()
{
    // Each branch counts the active members registered in it and in its 党小组 (which lie
    // in the area whenever their branch does): its organisations here, their members' counts
    // from the roster.
#define BRANCH_ORGS(BRANCH_IN_AREA)                                                                          \
    "WITH RECURSIVE scope(org_id, branch_id) AS ("                                                           \
    "  SELECT id, id FROM party_org "                                                                        \
    "  WHERE kind IN ('branch', 'joint_branch', 'functional_branch', 'temporary_branch')" BRANCH_IN_AREA     \
    "  UNION ALL SELECT c.id, scope.branch_id FROM party_org c JOIN scope ON c.parent_id = scope.org_id "    \
    "  WHERE c.kind = 'group') "                                                                             \
    "SELECT b.id, b.name, b.code, b.has_committee, scope.org_id "                                            \
    "FROM party_org b JOIN scope ON scope.branch_id = b.id ORDER BY b.code"
    const Area where = area();
    if (where == Area::Nothing)
        return {};
    using Orgs = roster::RosterCounts::Orgs;
    const auto members
        = roster::RosterCounts(m_db).activeAndFullByOrg(where == Area::Everything ? Orgs::All : Orgs::InArea);
    auto st = where == Area::Everything ? m_db.cached(BRANCH_ORGS(""))
                                        : m_db.cached(BRANCH_ORGS(ORG_IN_AREA("id")));
#undef BRANCH_ORGS
    QList<OrgFinding> findings;
    bool more = st.step();
    while (more) {
        const RecordId id = st.id(0);
        const QString name = st.text(1);
        const QString code = st.text(2);
        const bool hasCommittee = st.integer(3) != 0;
        qint64 all = 0;
        qint64 full = 0;
        do {  // the branch's rows: itself and each of its 党小组
            const auto counted = members.value(st.id(4));
            all += counted.all;
            full += counted.full;
        } while ((more = st.step()) && st.id(0) == id);
        if (full < BranchSize::MinFullMembers)
            findings.append({ OrgFinding::Kind::TooFewFullMembers, id, name, code,
                tr("%1 has %2 full member(s); a branch needs at least %3 (or join a joint branch)")
                    .arg(name)
                    .arg(full)
                    .arg(BranchSize::MinFullMembers) });
        if (all > BranchSize::MaxMembers)
            findings.append({ OrgFinding::Kind::TooManyMembers, id, name, code,
                tr("%1 has %2 members; a branch should generally have no more than %3")
                    .arg(name)
                    .arg(all)
                    .arg(BranchSize::MaxMembers) });
        if (full >= BranchSize::CommitteeFullMembers && !hasCommittee)
            findings.append({ OrgFinding::Kind::CommitteeMissing, id, name, code,
                tr("%1 has %2 full members but no branch committee; %3 or more require one")
                    .arg(name)
                    .arg(full)
                    .arg(BranchSize::CommitteeFullMembers) });
    }
    return findings;
}

QList<OrgFinding> OrgChecks::terms(const QDate& today)
{
    const QDate first = today.addMonths(firstReminderMonths());
    const QDate second = today.addMonths(secondReminderMonths());
    const Area where = area();
    if (where == Area::Nothing)
        return {};
#define TERMS(IN_AREA)                                                                                       \
    "SELECT id, name, code, term_end FROM party_org "                                                        \
    "WHERE term_end IS NOT NULL AND term_end <= ? AND kind <> 'group'" IN_AREA " ORDER BY term_end, code"
    auto st = where == Area::Everything ? m_db.cached(TERMS("")) : m_db.cached(TERMS(ORG_IN_AREA("id")));
#undef TERMS
    st.bind(1, first.toString(Qt::ISODate));
    QList<OrgFinding> findings;
    while (st.step()) {
        const QDate end = QDate::fromString(st.text(3), Qt::ISODate);
        const QString name = st.text(1);
        const QString endText = end.toString(Qt::ISODate);
        if (end < today)
            findings.append({ OrgFinding::Kind::TermOverdue, st.id(0), name, st.text(2),
                tr("the term of %1 ended on %2: the election is overdue").arg(name, endText) });
        else if (end <= second)
            findings.append({ OrgFinding::Kind::TermEndingVerySoon, st.id(0), name, st.text(2),
                tr("the term of %1 ends on %2, within %3 months: submit the election request now")
                    .arg(name, endText)
                    .arg(secondReminderMonths()) });
        else
            findings.append({ OrgFinding::Kind::TermEndingSoon, st.id(0), name, st.text(2),
                tr("the term of %1 ends on %2, within %3 months")
                    .arg(name, endText)
                    .arg(firstReminderMonths()) });
    }
    return findings;
}

QList<OrgFinding> OrgChecks::uncoveredGrids()
{
    // A grid is covered by a branch or group anchored to it or to one of its buildings.
    // The grids of the area only; whatever covers one of them lies in the area too.
    const Area where = area();
    if (where == Area::Nothing)
        return {};
#define UNCOVERED_GRIDS(IN_AREA)                                                                             \
    "SELECT g.id, g.name, g.code, (SELECT name FROM hierarchy_node c WHERE c.id = g.parent_id) "             \
    "FROM hierarchy_node g WHERE g.level = 4" IN_AREA " AND NOT EXISTS ("                                    \
    "  SELECT 1 FROM party_org_node a JOIN party_org o ON o.id = a.org_id "                                  \
    "  JOIN hierarchy_node n ON n.id = a.node_id "                                                           \
    "  WHERE o.kind IN ('branch', 'joint_branch', 'functional_branch', 'temporary_branch', 'group') "        \
    "    AND (n.id = g.id OR n.parent_id = g.id)) "                                                          \
    "ORDER BY g.code"
    auto st = where == Area::Everything ? m_db.cached(UNCOVERED_GRIDS(""))
                                        : m_db.cached(UNCOVERED_GRIDS(NODE_IN_AREA("g.id")));
#undef UNCOVERED_GRIDS
    QList<OrgFinding> findings;
    while (st.step())
        findings.append({ OrgFinding::Kind::GridUncovered, st.id(0), st.text(1), st.text(2),
            tr("grid %1 (%2) has no party branch or group covering it").arg(st.text(1), st.text(3)) });
    return findings;
}

}  // namespace redgrid::organisation
