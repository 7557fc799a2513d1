#include "DueList.h"

#include "organisation/OrgStore.h"

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
    for (const organisation::PartyOrg& org : orgs) {
        QList<DueItem> ofOrg;
        for (const Rule& rule : rules())
            ofOrg += rule(m_db, org, date);
        std::stable_sort(
            ofOrg.begin(), ofOrg.end(), [](const DueItem& a, const DueItem& b) { return a.dueOn < b.dueOn; });
        for (DueItem& item : ofOrg) {
            item.orgId = org.id;
            item.orgCode = org.code;
            item.orgName = org.name;
        }
        items += ofOrg;
    }
    return items;
}

}  // namespace redgrid::due
