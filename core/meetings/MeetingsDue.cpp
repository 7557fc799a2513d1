#include "MeetingsDue.h"

#include "Compliance.h"
#include "MeetingRequirements.h"
#include "MeetingStore.h"
#include "due/DueList.h"
#include "organisation/PartyOrg.h"
#include "roster/RosterCounts.h"

namespace redgrid::meetings {

namespace {

class DueText
{
    Q_DECLARE_TR_FUNCTIONS(DueText)

public:
    // "党课 (2026 Q4)", "主题党日 (2026-11)", "民主评议 (2026)".
    static QString title(const Requirement& requirement, const ComplianceCell& cell)
    {
        QString period;
        switch (requirement.frequency) {
        case Frequency::Month:
            period = cell.first.toString(QStringLiteral("yyyy-MM"));
            break;
        case Frequency::Quarter:
            period = tr("%1 Q%2").arg(cell.first.year()).arg(cell.period);
            break;
        case Frequency::Year:
            period = QString::number(cell.first.year());
            break;
        }
        const QString name = MeetingTypeNames::official(requirement.type);
        return requirement.count > 1 ? tr("%1 ×%2 (%3)").arg(name).arg(requirement.count).arg(period)
                                     : tr("%1 (%2)").arg(name, period);
    }
};

std::optional<OrgShape> shapeOf(const organisation::PartyOrg& org)
{
    using organisation::OrgKind;
    switch (org.kind) {
    case OrgKind::Branch:
    case OrgKind::JointBranch:
    case OrgKind::FunctionalBranch:
    case OrgKind::TemporaryBranch:
        // The 支委 are not recorded yet (terms come later): no talks between them are required.
        return OrgShape { false, org.hasCommittee, 0 };
    case OrgKind::Group:
        return OrgShape { true, false, 0 };
    case OrgKind::Committee:
    case OrgKind::WorkingCommittee:
    case OrgKind::GeneralBranch:
        break;  // 三会一课 are the branches' (支部工作条例 Art. 11 ff.)
    }
    return std::nullopt;
}

QList<due::DueItem> dueMeetings(
    storage::Connection& db, const QList<organisation::PartyOrg>& orgs, const QDate& date)
{
    MeetingStore store(db);
    if (!store.allowed())
        return {};
    const QHash<RecordId, QList<HeldMeeting>> held = store.heldInYear(date.year());
    // Active members of each organisation and those below it: one without any (a 党小组 not
    // yet filled) has nobody to meet. `orgs` lists parents before children.
    QHash<RecordId, qint64> members
        = roster::RosterCounts(db).activeByOrg(roster::RosterCounts::Orgs::InArea);
    for (qsizetype i = orgs.size() - 1; i >= 0; --i)
        if (!orgs.at(i).parentId.isNull())
            members[orgs.at(i).parentId] += members.value(orgs.at(i).id);

    QList<due::DueItem> items;
    for (const organisation::PartyOrg& org : orgs) {
        const auto shape = shapeOf(org);
        if (!shape || members.value(org.id) == 0)
            continue;
        const QList<ComplianceRow> rows
            = Compliance::ofYear(MeetingRequirements::of(*shape), date.year(), held.value(org.id), date);
        for (const ComplianceRow& row : rows)
            for (const ComplianceCell& cell : row.cells) {
                if (cell.state != CellState::DueNow && cell.state != CellState::Missing
                    && cell.state != CellState::Invalid)
                    continue;
                due::DueItem item;
                item.orgId = org.id;
                item.rule = QStringLiteral("meetings.") + meetingTypeKey(row.requirement.type);
                item.title = DueText::title(row.requirement, cell);
                item.dueOn = cell.last;
                item.severity = due::DueList::severityOn(cell.last, date);
                item.source = row.requirement.source;
                items.append(item);
            }
    }
    return items;
}

}  // namespace

void registerDueRules()
{
    due::DueList::registerRule(QStringLiteral("meetings"), dueMeetings);
}

}  // namespace redgrid::meetings
