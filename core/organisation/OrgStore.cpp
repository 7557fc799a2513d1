#include "OrgStore.h"

#include "security/Access.h"
#include "storage/Connection.h"

#include <ranges>

namespace redgrid::organisation {

namespace {
#define ORG_COLUMNS                                                                                          \
    "o.id, o.parent_id, o.kind, o.name, o.short_name, o.code, o.category, o.unit_situation, o.founded_on, "  \
    "o.secretary_id, o.contact_id, o.phone, o.term_start, o.term_end, o.has_committee, o.sort_order, "       \
    "o.remarks, o.created_at, o.modified_at, "                                                               \
    "(SELECT count(*) FROM party_org c WHERE c.parent_id = o.id) "

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
    QList<PartyOrg> result;
    const security::Access access(m_db);
    const bool all = access.allows(security::Permission::ReadOrganisations) && access.coversWholeDatabase();
    while (st.step()) {
        if (all || visible(st.id(0)))
            result.append(fromRow(st));
    }
    for (PartyOrg& org : result)
        loadNodes(org);
    return result;
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
    auto st = m_db.cached(
        "WITH RECURSIVE tree(id, path) AS ("
        "  SELECT id, printf('%08d/', sort_order) || code FROM party_org WHERE parent_id IS NULL"
        "  UNION ALL SELECT c.id, tree.path || '|' || printf('%08d/', c.sort_order) || c.code "
        "  FROM party_org c JOIN tree ON c.parent_id = tree.id) "
        "SELECT " ORG_COLUMNS "FROM tree JOIN party_org o ON o.id = tree.id ORDER BY tree.path");
    return readAll(st);
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
    for (const PartyOrg& org : ancestors(id) | std::views::reverse)
        if (isBranch(org.kind))
            return org.id;
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
    if (!withSubtree) {
        auto st = m_db.cached("SELECT count(*) FROM member WHERE org_id = ? AND status = 'active'");
        st.bind(1, id);
        st.step();
        return st.int64(0);
    }
    auto st = m_db.cached(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
        "  SELECT c.id FROM party_org c JOIN tree ON c.parent_id = tree.id) "
        "SELECT count(*) FROM member m JOIN tree ON m.org_id = tree.id WHERE m.status = 'active'");
    st.bind(1, id);
    st.step();
    return st.int64(0);
}

}  // namespace redgrid::organisation
