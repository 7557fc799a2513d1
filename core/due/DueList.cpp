#include "DueList.h"

#include "organisation/OrgStore.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace redgrid::due {

namespace {
QMap<QString, DueList::Rule>& rules()
{
    static QMap<QString, DueList::Rule> registered;
    return registered;
}
}  // namespace

void DueList::registerRule(const QString& key, Rule rule)
{
    rules().insert(key, std::move(rule));
}

DueList::DueList(storage::Connection& connection)
    : m_db(connection)
{
}

Severity DueList::severityOn(const QDate& periodEnd, const QDate& date)
{
    if (periodEnd < date)
        return Severity::Overdue;
    return date.daysTo(periodEnd) <= SoonDays ? Severity::Due : Severity::Upcoming;
}

QList<DueItem> DueList::collect(const QDate& date, const RecordId& below)
{
    organisation::OrgStore store(m_db);
    QList<organisation::PartyOrg> orgs = store.tree();  // parents before children, in order
    if (!below.isNull()) {
        const QList<RecordId> subtree = store.subtree(below);
        const QSet<RecordId> inside(subtree.cbegin(), subtree.cend());
        orgs.removeIf([&](const organisation::PartyOrg& org) { return !inside.contains(org.id); });
    }
    QList<DueItem> items;
    for (const Rule& rule : rules())
        items += rule(m_db, orgs, date);
    // By organisation in the tree's order, each organisation's items by due date.
    QHash<RecordId, qsizetype> position;
    for (qsizetype i = 0; i < orgs.size(); ++i)
        position.insert(orgs.at(i).id, i);
    items.removeIf([&](const DueItem& item) { return !position.contains(item.orgId); });
    for (DueItem& item : items) {
        const organisation::PartyOrg& org = orgs.at(position.value(item.orgId));
        item.orgCode = org.code;
        item.orgName = org.name;
    }
    std::stable_sort(items.begin(), items.end(), [&](const DueItem& a, const DueItem& b) {
        const qsizetype pa = position.value(a.orgId), pb = position.value(b.orgId);
        return pa != pb ? pa < pb : a.dueOn < b.dueOn;
    });
    return items;
}

}  // namespace redgrid::due
