#include "OrgEditor.h"

#include "OrgStore.h"
#include "common/Clock.h"
#include "names/NameReadings.h"
#include "names/UserReadings.h"
#include "roster/RosterCounts.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Transaction.h"

namespace redgrid::organisation {

namespace {

// What the audit log keeps of an organisation: enough to recognise it after it is gone.
QJsonObject orgDetails(const PartyOrg& org)
{
    return { { QStringLiteral("name"), org.name.trimmed() }, { QStringLiteral("code"), org.code },
        { QStringLiteral("parent"), org.parentId.isNull() ? QString() : org.parentId.toString() } };
}
std::optional<QString> dateText(const QDate& date)
{
    return date.isValid() ? std::optional<QString>(date.toString(Qt::ISODate)) : std::nullopt;
}
}  // namespace

OrgEditor::OrgEditor(storage::Connection& connection)
    : m_db(connection)
{
}

OrgEditor::~OrgEditor() = default;

QString OrgEditor::spellOf(const QString& name)
{
    if (!m_readings)
        m_readings = names::loadReadings(m_db);
    return names::searchSpell(*m_readings, name, names::NameKind::Place);
}

std::optional<QString> OrgEditor::problemWith(const PartyOrg& org)
{
    if (org.name.trimmed().isEmpty())
        return tr("the full name is empty");
    if (org.termStart.isValid() && org.termEnd.isValid() && org.termEnd <= org.termStart)
        return tr("the term ends (%1) before it starts (%2)")
            .arg(org.termEnd.toString(Qt::ISODate), org.termStart.toString(Qt::ISODate));
    if (org.foundedOn.isValid() && org.foundedOn > QDate::currentDate())
        return tr("the founding date %1 is in the future").arg(org.foundedOn.toString(Qt::ISODate));
    if (org.parentId.isNull()) {
        if (org.kind == OrgKind::Group)
            return tr("a party group belongs inside a branch");
        return std::nullopt;
    }
    // The parent's kind, also where the parent lies above the account's area (the top
    // organisation of a 社区书记's area sits in the street's): whether it may go there is
    // asked of Access by add and move, not here.
    auto st = m_db.cached("SELECT kind FROM party_org WHERE id = ?");
    st.bind(1, org.parentId);
    const std::optional<OrgKind> parentKind = st.step() ? orgKindFromKey(st.text(0)) : std::nullopt;
    if (!parentKind)
        return tr("the parent organisation no longer exists");
    if (!mayContain(*parentKind, org.kind))
        return tr("a %1 cannot be set up inside a %2")
            .arg(OrgLabels::kind(org.kind), OrgLabels::kind(*parentKind));
    return std::nullopt;
}

QString OrgEditor::nextFreeCode(const RecordId& parentId)
{
    OrgStore store(m_db);
    QString prefix = QStringLiteral("P");
    if (!parentId.isNull())
        if (const auto parent = store.org(parentId))
            prefix = parent->code + QLatin1Char('.');
    for (int n = 1; n < 10000; ++n) {
        const QString candidate = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (!store.orgByCode(candidate))
            return candidate;
    }
    return {};
}

Status OrgEditor::writeNodes(const PartyOrg& org)
{
    auto clear = m_db.cached("DELETE FROM party_org_node WHERE org_id = ?");
    clear.bind(1, org.id);
    clear.run();
    auto insert
        = m_db.cached("INSERT OR IGNORE INTO party_org_node (org_id, node_id, created_at, modified_at) "
                      "SELECT ?1, id, ?3, ?3 FROM hierarchy_node WHERE id = ?2");
    for (const RecordId& node : org.nodeIds) {
        insert.bindAll(org.id, node, nowMs());
        insert.run();
        if (m_db.changes() == 0)
            return Error::plain(tr("a covered area no longer exists in the hierarchy"));
    }
    return Status::success();
}

// Editing below a parent needs that parent in the account's area; a top-level
// organisation (no parent) needs an account over the whole database.
Status OrgEditor::mayEditBelow(const RecordId& parentId)
{
    const security::Access access(m_db);
    if (!parentId.isNull())
        return access.requireOrg(security::Permission::EditOrganisations, parentId);
    if (Status allowed = access.require(security::Permission::EditOrganisations); !allowed)
        return allowed;
    if (!access.coversWholeDatabase())
        return Error::denied(
            tr("only an administrator of the whole database may place a top-level organisation"));
    return Status::success();
}

Result<PartyOrg> OrgEditor::add(const PartyOrg& fields)
{
    if (Status allowed = mayEditBelow(fields.parentId); !allowed)
        return allowed.error();
    if (const auto problem = problemWith(fields))
        return Error::plain(*problem);
    PartyOrg org = fields;
    org.id = RecordId::generate();
    org.code = org.code.trimmed().isEmpty() ? nextFreeCode(org.parentId) : org.code.trimmed();
    OrgStore store(m_db);
    if (store.orgByCode(org.code))
        return Error::plain(tr("the code %1 is already taken").arg(org.code));
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        const qint64 now = nowMs();
        m_db.cached("INSERT INTO party_org (id, parent_id, kind, name, short_name, code, category, "
                    "unit_situation, founded_on, secretary_id, contact_id, phone, term_start, term_end, "
                    "has_committee, sort_order, spell, remarks, created_at, modified_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .bindAll(org.id, org.parentId, orgKindKey(org.kind), org.name.trimmed(), org.shortName.trimmed(),
                org.code, org.category, org.unitSituation, dateText(org.foundedOn), org.secretaryId,
                org.contactId, org.phone.trimmed(), dateText(org.termStart), dateText(org.termEnd),
                org.hasCommittee, org.sortOrder, spellOf(org.name), org.remarks, now, now)
            .run();
        if (Status nodes = writeNodes(org); !nodes)
            return nodes;
        security::recordAudit(
            m_db, { audit::AuditAction::Created, QStringLiteral("party_org"), org.id, orgDetails(org) });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return *store.org(org.id);
}

Result<PartyOrg> OrgEditor::update(const PartyOrg& fields)
{
    if (Status allowed
        = security::Access(m_db).requireOrg(security::Permission::EditOrganisations, fields.id);
        !allowed)
        return allowed.error();
    OrgStore store(m_db);
    const auto existing = store.org(fields.id);
    if (!existing)
        return Error::plain(tr("the organisation no longer exists"));
    PartyOrg org = fields;
    org.parentId = existing->parentId;
    if (const auto problem = problemWith(org))
        return Error::plain(*problem);
    org.code = org.code.trimmed().isEmpty() ? existing->code : org.code.trimmed();
    if (const auto other = store.orgByCode(org.code); other && other->id != org.id)
        return Error::plain(tr("the code %1 is already taken").arg(org.code));
    if (org.kind != existing->kind)
        for (const PartyOrg& child : store.children(org.id))
            if (!mayContain(org.kind, child.kind))
                return Error::plain(
                    tr("a %1 cannot hold its %2 \"%3\"")
                        .arg(OrgLabels::kind(org.kind), OrgLabels::kind(child.kind), child.name));
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE party_org SET kind = ?2, name = ?3, short_name = ?4, code = ?5, category = ?6, "
                    "unit_situation = ?7, founded_on = ?8, secretary_id = ?9, contact_id = ?10, phone = ?11, "
                    "term_start = ?12, term_end = ?13, has_committee = ?14, sort_order = ?15, spell = ?16, "
                    "remarks = ?17, modified_at = ?18 WHERE id = ?1")
            .bindAll(org.id, orgKindKey(org.kind), org.name.trimmed(), org.shortName.trimmed(), org.code,
                org.category, org.unitSituation, dateText(org.foundedOn), org.secretaryId, org.contactId,
                org.phone.trimmed(), dateText(org.termStart), dateText(org.termEnd), org.hasCommittee,
                org.sortOrder, spellOf(org.name), org.remarks, nowMs())
            .run();
        if (Status nodes = writeNodes(org); !nodes)
            return nodes;
        security::recordAudit(
            m_db, { audit::AuditAction::Changed, QStringLiteral("party_org"), org.id, orgDetails(org) });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return *store.org(org.id);
}

Result<PartyOrg> OrgEditor::move(const RecordId& id, const RecordId& newParentId)
{
    if (Status allowed = security::Access(m_db).requireOrg(security::Permission::EditOrganisations, id);
        !allowed)
        return allowed.error();
    if (Status allowed = mayEditBelow(newParentId); !allowed)
        return allowed.error();
    OrgStore store(m_db);
    auto org = store.org(id);
    if (!org)
        return Error::plain(tr("the organisation no longer exists"));
    if (!newParentId.isNull() && store.subtree(id).contains(newParentId))
        return Error::plain(tr("an organisation cannot move inside itself"));
    org->parentId = newParentId;
    if (const auto problem = problemWith(*org))
        return Error::plain(*problem);
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE party_org SET parent_id = ?2, modified_at = ?3 WHERE id = ?1")
            .bindAll(id, newParentId, nowMs())
            .run();
        security::recordAudit(
            m_db, { audit::AuditAction::Moved, QStringLiteral("party_org"), id, orgDetails(*org) });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return *store.org(id);
}

Status OrgEditor::remove(const RecordId& id)
{
    if (Status allowed = security::Access(m_db).requireOrg(security::Permission::EditOrganisations, id);
        !allowed)
        return allowed;
    OrgStore store(m_db);
    const auto org = store.org(id);
    if (!org)
        return Error::plain(tr("the organisation no longer exists"));
    if (org->childCount > 0)
        return (Error::plain(tr("%1 still has %2 organisation(s) below it; move or remove them first")
                                 .arg(org->name)
                                 .arg(org->childCount)));
    const qint64 members = roster::RosterCounts(m_db).recordsIn(id);
    if (members > 0)
        return (Error::plain(tr("%1 still holds %2 member record(s); move them to another organisation first")
                                 .arg(org->name)
                                 .arg(members)));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE party_org SET secretary_id = NULL, contact_id = NULL WHERE id = ?")
            .bind(1, id)
            .run();
        m_db.cached("DELETE FROM party_org WHERE id = ?").bind(1, id).run();
        security::recordAudit(
            m_db, { audit::AuditAction::Removed, QStringLiteral("party_org"), id, orgDetails(*org) });
        transaction.commit();
        return Status::success();
    });
}

}  // namespace redgrid::organisation
