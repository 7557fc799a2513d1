#include "HierarchyEditor.h"

#include "DivisionCode.h"
#include "common/Clock.h"
#include "names/NameReadings.h"
#include "names/UserReadings.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

namespace redgrid::hierarchy {
namespace {

// What the audit log keeps of a node: enough to recognise it after it is gone.
QJsonObject nodeDetails(const QString& name, const QString& code)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("code"), code } };
}

constexpr int MaxNameLength = 100;

#define SUBTREE_CTE                                                                                          \
    "WITH RECURSIVE subtree(id) AS (SELECT ?1 UNION ALL "                                                    \
    "SELECT c.id FROM hierarchy_node c JOIN subtree s ON c.parent_id = s.id) "

}  // namespace

HierarchyEditor::HierarchyEditor(storage::Connection& connection)
    : m_db(connection)
    , m_store(connection)
{
}

HierarchyEditor::~HierarchyEditor() = default;

QString HierarchyEditor::spellOf(const QString& name)
{
    if (!m_readings)
        m_readings = names::loadReadings(m_db);
    return names::searchSpell(*m_readings, name, names::NameKind::Place);
}

using storage::guardedWrite;

std::optional<QString> HierarchyEditor::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("the name is empty");
    if (trimmed.size() > MaxNameLength)
        return tr("the name is longer than %1 characters").arg(MaxNameLength);
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("the name contains a control character or line break");
    }
    return std::nullopt;
}

std::optional<QString> HierarchyEditor::siblingNameProblem(
    const RecordId& parentId, const QString& name, const RecordId& self)
{
    const auto existing = m_store.childByName(parentId, name);
    if (existing && existing->id != self)
        return tr("\"%1\" already exists here (code %2); names must differ among siblings")
            .arg(name, existing->code);
    return std::nullopt;
}

std::optional<QString> HierarchyEditor::codeTakenProblem(const QString& code, const RecordId& self)
{
    const auto existing = m_store.nodeByCode(code);
    if (existing && existing->id != self)
        return tr("the code %1 is already used by \"%2\"").arg(code, existing->name);
    return std::nullopt;
}

Result<HierarchyNode> HierarchyEditor::createRoot(NodeKind kind, const QString& code, const QString& name)
{
    if (Status allowed = security::Access(m_db).require(security::Permission::EditHierarchy); !allowed)
        return allowed.error();
    if (!security::Access(m_db).coversWholeDatabase())
        return Error::denied(tr("only an administrator of the whole database may create the district"));
    return guardedWrite([&]() -> Result<HierarchyNode> {
        if (levelOf(kind) != NodeLevel::District)
            return Error::plain(tr("the root of the hierarchy must be a district or county"));
        if (auto problem = nameProblem(name))
            return Error::plain(*problem);
        const QString districtCode = DivisionCode::districtFromStatistical(code.trimmed());
        if (auto problem = DivisionCode::problem(NodeLevel::District, districtCode, {}))
            return Error::plain(*problem);
        storage::Transaction transaction(m_db);
        if (m_store.root())
            return Error::plain(tr("this database already has its district"));
        HierarchyNode node;
        node.id = RecordId::generate();
        node.level = NodeLevel::District;
        node.kind = kind;
        node.name = name.trimmed();
        node.code = districtCode;
        node.createdAt = node.modifiedAt = nowMs();
        m_db.cached(
                "INSERT INTO hierarchy_node (id, parent_id, level, kind, name, code, sort_order, households, "
                "remarks, spell, created_at, modified_at) VALUES (?, NULL, 1, ?, ?, ?, 0, NULL, '', ?, ?, ?)")
            .bindAll(node.id, kindKey(kind), node.name, node.code, spellOf(node.name), node.createdAt,
                node.modifiedAt)
            .run();
        security::recordAudit(m_db,
            { audit::AuditAction::Created, QStringLiteral("hierarchy_node"), node.id,
                nodeDetails(node.name, node.code) });
        transaction.commit();
        return node;
    });
}

Result<HierarchyNode> HierarchyEditor::add(const RecordId& parentId, const NodeFields& fields)
{
    if (Status allowed = security::Access(m_db).requireNode(security::Permission::EditHierarchy, parentId);
        !allowed)
        return allowed.error();
    return guardedWrite([&]() -> Result<HierarchyNode> {
        storage::Transaction transaction(m_db);
        const auto parent = m_store.node(parentId);
        if (!parent)
            return Error::plain(tr("the parent node no longer exists"));
        const auto level = childLevel(parent->level);
        if (!level)
            return Error::plain(tr("nothing can be added below a building or courtyard"));
        auto inserted = insert(*parent, *level, fields);
        if (inserted) {
            security::recordAudit(m_db,
                { audit::AuditAction::Created, QStringLiteral("hierarchy_node"), inserted->id,
                    nodeDetails(inserted->name, inserted->code) });
            transaction.commit();
        }
        return inserted;
    });
}

Result<HierarchyNode> HierarchyEditor::insert(
    const HierarchyNode& parent, NodeLevel level, const NodeFields& fields)
{
    if (levelOf(fields.kind) != level)
        return Error::plain(tr("a %1 cannot be placed directly below a %2")
                                .arg(NodeLabels::kind(fields.kind), NodeLabels::kind(parent.kind)));
    const QString name = fields.name.trimmed();
    if (auto problem = nameProblem(name))
        return Error::plain(*problem);
    if (auto problem = siblingNameProblem(parent.id, name, {}))
        return Error::plain(*problem);
    QString code = fields.code.trimmed();
    if (code.isEmpty()) {
        code = nextFreeCode(parent.id);
        if (code.isEmpty())
            return Error::plain(tr("\"%1\" has no free code left for another child").arg(parent.name));
    }
    if (auto problem = DivisionCode::problem(level, code, parent.code))
        return Error::plain(*problem);
    if (auto problem = codeTakenProblem(code, {}))
        return Error::plain(*problem);
    if (fields.households && level != NodeLevel::Building)
        return Error::plain(tr("only buildings and courtyards record households"));
    if (fields.households && *fields.households < 0)
        return Error::plain(tr("the number of households cannot be negative"));

    HierarchyNode node;
    node.id = RecordId::generate();
    node.parentId = parent.id;
    node.level = level;
    node.kind = fields.kind;
    node.name = name;
    node.code = code;
    node.sortOrder = fields.sortOrder;
    node.households = fields.households;
    node.remarks = fields.remarks;
    node.createdAt = node.modifiedAt = nowMs();
    m_db.cached("INSERT INTO hierarchy_node (id, parent_id, level, kind, name, code, sort_order, households, "
                "remarks, spell, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(node.id, node.parentId, static_cast<int>(level), kindKey(node.kind), node.name, node.code,
            node.sortOrder, node.households, node.remarks, spellOf(node.name), node.createdAt,
            node.modifiedAt)
        .run();
    return node;
}

Result<HierarchyNode> HierarchyEditor::rename(const RecordId& id, const QString& name)
{
    if (Status allowed = security::Access(m_db).requireNode(security::Permission::EditHierarchy, id);
        !allowed)
        return allowed.error();
    const auto node = m_store.node(id);
    if (!node)
        return Error::plain(tr("the node no longer exists"));
    NodeFields fields { node->kind, name, node->code, node->sortOrder, node->households, node->remarks };
    return update(id, fields);
}

Result<HierarchyNode> HierarchyEditor::update(const RecordId& id, const NodeFields& fields)
{
    if (Status allowed = security::Access(m_db).requireNode(security::Permission::EditHierarchy, id);
        !allowed)
        return allowed.error();
    return guardedWrite([&]() -> Result<HierarchyNode> {
        storage::Transaction transaction(m_db);
        auto node = m_store.node(id);
        if (!node)
            return Error::plain(tr("the node no longer exists"));
        if (levelOf(fields.kind) != node->level)
            return Error::plain(tr("a %1 cannot become a %2; move or re-create it instead")
                                    .arg(NodeLabels::kind(node->kind), NodeLabels::kind(fields.kind)));
        const QString name = fields.name.trimmed();
        if (auto problem = nameProblem(name))
            return Error::plain(*problem);
        if (!node->parentId.isNull()) {
            if (auto problem = siblingNameProblem(node->parentId, name, id))
                return Error::plain(*problem);
        }
        if (fields.households && node->level != NodeLevel::Building)
            return Error::plain(tr("only buildings and courtyards record households"));
        if (fields.households && *fields.households < 0)
            return Error::plain(tr("the number of households cannot be negative"));

        QString code = fields.code.trimmed();
        if (code.isEmpty())
            code = node->code;
        if (node->level == NodeLevel::District)
            code = DivisionCode::districtFromStatistical(code);
        if (code != node->code) {
            const QString parentCode
                = node->parentId.isNull() ? QString() : m_store.node(node->parentId)->code;
            if (auto problem = DivisionCode::problem(node->level, code, parentCode))
                return Error::plain(*problem);
            if (auto problem = codeTakenProblem(code, id))
                return Error::plain(*problem);
            if (auto problem = rebaseSubtree(*node, code))
                return Error::plain(*problem);
        }
        m_db.cached("UPDATE hierarchy_node SET kind = ?, name = ?, code = ?, sort_order = ?, households = ?, "
                    "remarks = ?, spell = ?, modified_at = ? WHERE id = ?")
            .bindAll(kindKey(fields.kind), name, code, fields.sortOrder, fields.households, fields.remarks,
                spellOf(name), nowMs(), id)
            .run();
        security::recordAudit(m_db,
            { audit::AuditAction::Changed, QStringLiteral("hierarchy_node"), id, nodeDetails(name, code) });
        transaction.commit();
        return *m_store.node(id);
    });
}

std::optional<QString> HierarchyEditor::rebaseSubtree(const HierarchyNode& node, const QString& newCode)
{
    const QString oldStem = DivisionCode::stem(node.level, node.code);
    const QString newStem = DivisionCode::stem(node.level, newCode);
    if (oldStem == newStem)
        return std::nullopt;
    // Descendant codes begin with the node's stem; swap the stem and keep the rest.
    auto clash
        = m_db.cached(SUBTREE_CTE "SELECT d.code, o.code, o.name FROM subtree "
                                  "JOIN hierarchy_node d ON d.id = subtree.id "
                                  "JOIN hierarchy_node o ON o.code = ?2 || substr(d.code, length(?3) + 1) "
                                  "WHERE subtree.id <> ?1 AND o.id NOT IN (SELECT id FROM subtree) LIMIT 1");
    clash.bindAll(node.id, newStem, oldStem);
    if (clash.step())
        return tr("the code %1 below it would become %2, which \"%3\" already uses")
            .arg(clash.text(0), clash.text(1), clash.text(2));
    clash.reset();
    m_db.cached(SUBTREE_CTE
            "UPDATE hierarchy_node SET code = ?2 || substr(code, length(?3) + 1), modified_at = ?4 "
            "WHERE id IN (SELECT id FROM subtree) AND id <> ?1")
        .bindAll(node.id, newStem, oldStem, nowMs())
        .run();
    return std::nullopt;
}

Result<HierarchyNode> HierarchyEditor::move(
    const RecordId& id, const RecordId& newParentId, const QString& newCode)
{
    if (Status allowed = security::Access(m_db).requireNode(security::Permission::EditHierarchy, id);
        !allowed)
        return allowed.error();
    if (Status allowed = security::Access(m_db).requireNode(security::Permission::EditHierarchy, newParentId);
        !allowed)
        return allowed.error();
    return guardedWrite([&]() -> Result<HierarchyNode> {
        storage::Transaction transaction(m_db);
        const auto node = m_store.node(id);
        if (!node)
            return Error::plain(tr("the node no longer exists"));
        if (node->parentId.isNull())
            return Error::plain(tr("the district is the root of the hierarchy and cannot be moved"));
        const auto parent = m_store.node(newParentId);
        if (!parent)
            return Error::plain(tr("the destination no longer exists"));
        if (childLevel(parent->level) != node->level)
            return Error::plain(
                tr("a %1 must be placed below a %2, not below a %3")
                    .arg(NodeLabels::kind(node->kind),
                        NodeLabels::level(static_cast<NodeLevel>(static_cast<int>(node->level) - 1)),
                        NodeLabels::kind(parent->kind)));
        if (parent->id == node->parentId && newCode.trimmed().isEmpty())
            return *node;  // already there
        if (auto problem = siblingNameProblem(parent->id, node->name, id))
            return Error::plain(*problem);

        QString code = newCode.trimmed();
        const bool keptSequence = code.isEmpty();
        if (keptSequence)
            code = DivisionCode::compose(
                node->level, parent->code, DivisionCode::sequenceOf(node->level, node->code));
        if (auto problem = DivisionCode::problem(node->level, code, parent->code))
            return Error::plain(*problem);
        if (auto problem = codeTakenProblem(code, id)) {
            if (!keptSequence)
                return Error::plain(*problem);
            return Error::plain(tr("\"%1\" would keep its number and become %2 under \"%3\", but %4; give it "
                                   "another code, such as the next free one, %5")
                                    .arg(node->name, code, parent->name, *problem, nextFreeCode(parent->id)));
        }
        if (auto problem = rebaseSubtree(*node, code))
            return Error::plain(*problem);
        m_db.cached("UPDATE hierarchy_node SET parent_id = ?, code = ?, modified_at = ? WHERE id = ?")
            .bindAll(parent->id, code, nowMs(), id)
            .run();
        security::recordAudit(m_db,
            { audit::AuditAction::Moved, QStringLiteral("hierarchy_node"), id,
                nodeDetails(node->name, code) });
        transaction.commit();
        return *m_store.node(id);
    });
}

Status HierarchyEditor::remove(const RecordId& id, RemovalMode mode)
{
    if (Status allowed = security::Access(m_db).requireNode(security::Permission::EditHierarchy, id);
        !allowed)
        return allowed;
    return guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        const auto node = m_store.node(id);
        if (!node)
            return Error::plain(tr("the node no longer exists"));
        if (node->parentId.isNull())
            return Error::plain(tr("the district is the root of this database and cannot be deleted"));
        if (node->childCount > 0 && mode == RemovalMode::OnlyIfEmpty)
            return Error::plain(tr("\"%1\" has %2 node(s) below it; delete those first, or confirm deleting "
                                   "the whole branch")
                                    .arg(node->name)
                                    .arg(m_store.countBelow(id).total()));
        // One statement: foreign keys are checked at its end, when the subtree is gone.
        m_db.cached(SUBTREE_CTE "DELETE FROM hierarchy_node WHERE id IN (SELECT id FROM subtree)")
            .bind(1, id)
            .run();
        security::recordAudit(m_db,
            { audit::AuditAction::Removed, QStringLiteral("hierarchy_node"), id,
                nodeDetails(node->name, node->code) });
        transaction.commit();
        return Status::success();
    });
}

QString HierarchyEditor::nextFreeCode(const RecordId& parentId)
{
    const auto parent = m_store.node(parentId);
    if (!parent)
        return {};
    const auto level = childLevel(parent->level);
    if (!level)
        return {};
    const int next = m_store.highestChildSequence(parentId) + 1;
    for (int sequence = next; sequence <= DivisionCode::maxSequence(*level); ++sequence) {
        const QString code = DivisionCode::compose(*level, parent->code, sequence);
        if (!m_store.nodeByCode(code))
            return code;
    }
    // Past the highest number: look for a gap from the start.
    for (int sequence = 1; sequence < next; ++sequence) {
        const QString code = DivisionCode::compose(*level, parent->code, sequence);
        if (!m_store.nodeByCode(code))
            return code;
    }
    return {};
}

QString HierarchyEditor::codeUnder(const RecordId& id, const RecordId& newParentId)
{
    const auto node = m_store.node(id);
    const auto parent = m_store.node(newParentId);
    if (!node || !parent)
        return {};
    return DivisionCode::compose(
        node->level, parent->code, DivisionCode::sequenceOf(node->level, node->code));
}

}  // namespace redgrid::hierarchy
