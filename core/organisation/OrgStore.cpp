#include "OrgStore.h"

#include "roster/RosterCounts.h"
#include "security/Access.h"
#include "storage/Connection.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace redgrid::organisation {

namespace {
#define ORG_FIELDS                                                                                           \
    "o.id, o.parent_id, o.kind, o.name, o.short_name, o.code, o.category, o.unit_situation, o.founded_on, "  \
    "o.secretary_id, o.contact_id, o.phone, o.term_start, o.term_end, o.has_committee, o.sort_order, "       \
    "o.remarks, o.created_at, o.modified_at, "
#define ORG_COLUMNS ORG_FIELDS "(SELECT count(*) FROM party_org c WHERE c.parent_id = o.id) "

// Parents before children, siblings by sort order and code; organisations that no top
// organisation leads to (there are none while the foreign keys hold) are left out.
QList<PartyOrg> inTreeOrder(QList<PartyOrg> orgs)
{
    QHash<RecordId, QList<qsizetype>> childrenOf;
    for (qsizetype i = 0; i < orgs.size(); ++i)
        childrenOf[orgs.at(i).parentId].append(i);
    const auto bySiblingOrder = [&](qsizetype a, qsizetype b) {
        return std::tie(orgs.at(a).sortOrder, orgs.at(a).code)
            < std::tie(orgs.at(b).sortOrder, orgs.at(b).code);
    };
    for (QList<qsizetype>& siblings : childrenOf)
        std::sort(siblings.begin(), siblings.end(), bySiblingOrder);
    QList<PartyOrg> ordered;
    ordered.reserve(orgs.size());
    const QList<qsizetype> tops = childrenOf.value(RecordId());
    QList<qsizetype> pending(tops.crbegin(), tops.crend());  // a stack: the next one last
    while (!pending.isEmpty()) {
        const qsizetype next = pending.takeLast();
        PartyOrg& org = orgs[next];
        const QList<qsizetype> children = childrenOf.value(org.id);
        org.childCount = int(children.size());
        ordered.append(std::move(org));
        pending.append(QList<qsizetype>(children.crbegin(), children.crend()));
    }
    return ordered;
}

QDate dateOf(const storage::Statement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}
}  // namespace

OrgStore::OrgStore(storage::Connection& connection)
    : m_db(connection)
{
}

PartyOrg OrgStore::fromRow(const storage::Statement& row)
{
    PartyOrg org;
    org.id = row.id(0);
    org.parentId = row.id(1);
    org.kind = orgKindFromKey(row.text(2)).value_or(OrgKind::Branch);
    org.name = row.text(3);
    org.shortName = row.text(4);
    org.code = row.text(5);
    org.category = row.text(6);
    org.unitSituation = row.text(7);
    org.foundedOn = dateOf(row, 8);
    org.secretaryId = row.id(9);
    org.contactId = row.id(10);
    org.phone = row.text(11);
    org.termStart = dateOf(row, 12);
    org.termEnd = dateOf(row, 13);
    org.hasCommittee = row.integer(14) != 0;
    org.sortOrder = row.integer(15);
    org.remarks = row.text(16);
    org.createdAt = row.int64(17);
    org.modifiedAt = row.int64(18);
    org.childCount = row.integer(19);
    return org;
}

void OrgStore::loadNodes(PartyOrg& org)
{
    auto st = m_db.cached("SELECT node_id FROM party_org_node a JOIN hierarchy_node n ON n.id = a.node_id "
                          "WHERE a.org_id = ? ORDER BY n.code");
    st.bind(1, org.id);
    org.nodeIds.clear();
    while (st.step())
        org.nodeIds.append(st.id(0));
}

void OrgStore::loadNodes(QList<PartyOrg>& orgs)
{
    // A few organisations: one indexed look-up each. Many (the whole tree): one pass over
    // the table instead of a query per organisation.
    constexpr qsizetype OneByOne = 8;
    if (orgs.size() <= OneByOne) {
        for (PartyOrg& org : orgs)
            loadNodes(org);
        return;
    }
    QHash<RecordId, PartyOrg*> byId;
    byId.reserve(orgs.size());
    for (PartyOrg& org : orgs) {
        org.nodeIds.clear();
        byId.insert(org.id, &org);
    }
    auto st = m_db.cached("SELECT a.org_id, a.node_id FROM party_org_node a JOIN hierarchy_node n "
                          "ON n.id = a.node_id ORDER BY a.org_id, n.code");
    while (st.step()) {
        if (PartyOrg* org = byId.value(st.id(0)))
            org->nodeIds.append(st.id(1));
    }
}

// Complete records, nodes included, so that one can be edited and written back without
// losing its nodes.
// Only what the signed-in account may see: nothing without ReadOrganisations, and with a
// scope the organisations covering its area or below one that does (security::Access).
bool OrgStore::visible(const RecordId& id)
{
    const security::Access access(m_db);
    return access.allows(security::Permission::ReadOrganisations) && access.orgInScope(id);
}

QList<PartyOrg> OrgStore::readAll(storage::Statement& st)
{
    QList<PartyOrg> rows;
    while (st.step())
        rows.append(fromRow(st));
    return visibleWithNodes(std::move(rows));
}

QList<PartyOrg> OrgStore::visibleWithNodes(QList<PartyOrg> orgs)
{
    orgs = visibleOnly(std::move(orgs));
    loadNodes(orgs);
    return orgs;
}

QList<PartyOrg> OrgStore::visibleOnly(QList<PartyOrg> orgs)
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadOrganisations))
        return {};
    // A scoped account's organisations, read once: asking the scope view row by row
    // evaluated it again for every organisation of the district (a 社区书记's sign-in spent
    // most of its time there).
    if (!access.coversWholeDatabase()) {
        const QSet<RecordId> inScope = access.orgsInScope();
        orgs.removeIf([&](const PartyOrg& org) { return !inScope.contains(org.id); });
    }
    return orgs;
}

std::optional<PartyOrg> OrgStore::org(const RecordId& id)
{
    if (!visible(id))
        return std::nullopt;
    auto st = m_db.cached("SELECT " ORG_COLUMNS "FROM party_org o WHERE o.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    PartyOrg result = fromRow(st);
    loadNodes(result);
    return result;
}

std::optional<PartyOrg> OrgStore::orgByCode(const QString& code)
{
    auto st = m_db.cached("SELECT " ORG_COLUMNS "FROM party_org o WHERE o.code = ?");
    st.bind(1, code.trimmed());
    if (!st.step() || !visible(st.id(0)))
        return std::nullopt;
    PartyOrg result = fromRow(st);
    loadNodes(result);
    return result;
}

Result<PartyOrg> OrgStore::find(const QString& nameOrCode)
{
    const QString text = nameOrCode.trimmed();
    if (auto byCode = orgByCode(text))
        return *byCode;
    auto st = m_db.cached("SELECT " ORG_COLUMNS "FROM party_org o WHERE o.name = ?1 OR o.short_name = ?1 "
                          "ORDER BY o.code LIMIT 6");
    st.bind(1, text);
    QList<PartyOrg> matches;
    while (st.step())
        if (visible(st.id(0)))
            matches.append(fromRow(st));
    if (matches.isEmpty())
        return Error::plain(tr("no party organisation has the name or code \"%1\"").arg(text));
    if (matches.size() > 1) {
        QStringList codes;
        for (const PartyOrg& match : matches)
            codes.append(match.code);
        return Error::plain(tr("several party organisations are called \"%1\"; give the code instead: %2")
                                .arg(text, codes.join(QStringLiteral(", "))));
    }
    loadNodes(matches.front());
    return matches.front();
}

bool OrgStore::exists(const QString& nameOrCode)
{
    return m_db.scalar(
               "SELECT EXISTS (SELECT 1 FROM party_org WHERE code = ?1 OR name = ?1 OR short_name = ?1)",
               nameOrCode.trimmed())
        != 0;
}

QList<PartyOrg> OrgStore::children(const RecordId& parentId)
{
    const security::Access access(m_db);
    if (parentId.isNull() && access.session() && !access.coversWholeDatabase()) {
        // The tops of a scoped account's tree: organisations in scope whose parent is not.
        auto st = m_db.cached(
            "SELECT " ORG_COLUMNS "FROM party_org o WHERE o.id IN (SELECT id FROM temp.scope_org) "
            "AND (o.parent_id IS NULL OR o.parent_id NOT IN (SELECT id FROM temp.scope_org)) "
            "ORDER BY o.sort_order, o.code");
        return readAll(st);
    }
    auto st = m_db.cached("SELECT " ORG_COLUMNS "FROM party_org o WHERE o.parent_id IS ?1 "
                          "ORDER BY o.sort_order, o.code");
    st.bind(1, parentId);
    return readAll(st);
}

QList<PartyOrg> OrgStore::all()
{
    QList<PartyOrg> orgs = tree();
    loadNodes(orgs);
    return orgs;
}

QList<PartyOrg> OrgStore::tree()
{
    // One scan, put in tree order here: a recursive query sorting by path took three times
    // as long, and the whole tree is read at every sign-in.
    QList<PartyOrg> orgs;
    auto st = m_db.cached("SELECT " ORG_FIELDS "0 FROM party_org o");
    while (st.step())
        orgs.append(fromRow(st));
    return visibleOnly(inTreeOrder(std::move(orgs)));
}

QList<PartyOrg> OrgStore::ancestors(const RecordId& id)
{
    auto st
        = m_db.cached("WITH RECURSIVE chain(id, depth) AS (SELECT ?, 0 UNION ALL "
                      "  SELECT o.parent_id, chain.depth + 1 FROM party_org o JOIN chain ON o.id = chain.id "
                      "  WHERE o.parent_id IS NOT NULL) "
                      "SELECT " ORG_COLUMNS "FROM chain JOIN party_org o ON o.id = chain.id "
                      "ORDER BY chain.depth DESC");
    st.bind(1, id);
    return readAll(st);
}

QList<RecordId> OrgStore::subtree(const RecordId& id)
{
    auto st = m_db.cached("WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
                          "  SELECT c.id FROM party_org c JOIN tree ON c.parent_id = tree.id) "
                          "SELECT id FROM tree");
    st.bind(1, id);
    QList<RecordId> result;
    while (st.step())
        result.append(st.id(0));
    return result;
}

QList<PartyOrg> OrgStore::coveringNode(const RecordId& nodeId)
{
    auto st = m_db.cached("SELECT " ORG_COLUMNS "FROM party_org_node a JOIN party_org o ON o.id = a.org_id "
                          "WHERE a.node_id = ? ORDER BY o.code");
    st.bind(1, nodeId);
    return readAll(st);
}

RecordId OrgStore::branchOf(const RecordId& id)
{
    // The nearest branch up the chain. Not `| std::views::reverse`: clang 14 (the sanitizer
    // build) cannot use libstdc++ 12's views over a temporary.
    const QList<PartyOrg> chain = ancestors(id);
    for (auto org = chain.crbegin(); org != chain.crend(); ++org)
        if (isBranch(org->kind))
            return org->id;
    return {};
}

qint64 OrgStore::count()
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadOrganisations))
        return 0;
    if (access.coversWholeDatabase())
        return m_db.scalar("SELECT count(*) FROM party_org");
    return m_db.scalar("SELECT count(*) FROM temp.scope_org");
}

qint64 OrgStore::countByKind(OrgKind kind)
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadOrganisations))
        return 0;
    auto st = access.coversWholeDatabase()
        ? m_db.cached("SELECT count(*) FROM party_org WHERE kind = ?")
        : m_db.cached(
            "SELECT count(*) FROM party_org WHERE kind = ? AND id IN (SELECT id FROM temp.scope_org)");
    st.bind(1, orgKindKey(kind));
    st.step();
    return st.int64(0);
}

qint64 OrgStore::memberCount(const RecordId& id, bool withSubtree)
{
    // Everything below an organisation of the area lies in the area: only `id` is checked.
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster) || !visible(id))
        return 0;
    const roster::RosterCounts members(m_db);
    return withSubtree ? members.activeInTree(id) : members.activeIn(id);
}

QHash<RecordId, qint64> OrgStore::ownMemberCounts()
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster))
        return {};
    using Orgs = roster::RosterCounts::Orgs;
    return roster::RosterCounts(m_db).activeByOrg(access.coversWholeDatabase() ? Orgs::All : Orgs::InArea);
}

QHash<RecordId, QString> OrgStore::shortNames()
{
    QHash<RecordId, QString> names;
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadOrganisations))
        return names;
    std::optional<QSet<RecordId>> inScope;
    if (!access.coversWholeDatabase())
        inScope = access.orgsInScope();
    auto st = m_db.cached("SELECT id, short_name FROM party_org WHERE short_name <> ''");
    while (st.step()) {
        if (!inScope || inScope->contains(st.id(0)))
            names.insert(st.id(0), st.text(1));
    }
    return names;
}

}  // namespace redgrid::organisation
