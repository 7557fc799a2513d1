#include "SheetStore.h"

#include "DataSource.h"
#include "SheetRows.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgKind.h"
#include "organisation/OrgStore.h"
#include "security/Access.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

namespace redgrid::assessment {

namespace {

const char* const SheetColumns
    = "SELECT id, template_row, period, node_id, org_id, state, self_vetoes, review_vetoes, "
      "revision, modified_by, modified_at FROM assessment_sheet ";

bool isCommunity(const hierarchy::HierarchyNode& node)
{
    return node.level == hierarchy::NodeLevel::Community;
}

AssessmentTarget communityTarget(hierarchy::HierarchyStore& store, const hierarchy::HierarchyNode& node)
{
    AssessmentTarget target;
    target.kind = TargetKind::Community;
    target.id = node.id;
    target.name = node.name;
    target.code = node.code;
    if (const auto street = store.node(node.parentId))
        target.unit = street->name;
    return target;
}

AssessmentTarget branchTarget(organisation::OrgStore& store, const organisation::PartyOrg& org)
{
    AssessmentTarget target;
    target.kind = TargetKind::Branch;
    target.id = org.id;
    target.name = org.name;
    target.code = org.code;
    if (const auto parent = store.org(org.parentId))
        target.unit = parent->name;
    return target;
}

}  // namespace

SheetStore::SheetStore(storage::Connection& connection)
    : m_db(connection)
{
}

Status SheetStore::allowed() const
{
    return security::Access(m_db).require(security::Permission::ReadAssessment);
}

Result<AssessmentTarget> SheetStore::target(TargetKind kind, const RecordId& id)
{
    const security::Access access(m_db);
    if (kind == TargetKind::Community) {
        if (Status ok = access.requireNode(security::Permission::ReadAssessment, id); !ok)
            return ok.error();
        hierarchy::HierarchyStore store(m_db);
        const auto node = store.node(id);
        if (!node || !isCommunity(*node))
            return Error::plain(tr("Only a community or village is assessed by its street"));
        return communityTarget(store, *node);
    }
    if (Status ok = access.requireOrg(security::Permission::ReadAssessment, id); !ok)
        return ok.error();
    organisation::OrgStore store(m_db);
    const auto org = store.org(id);
    if (!org || !organisation::isBranch(org->kind))
        return Error::plain(tr("Only a party branch is assessed by its committee"));
    return branchTarget(store, *org);
}

Result<AssessmentTarget> SheetStore::targetByCode(const QString& code)
{
    if (Status ok = allowed(); !ok)
        return ok.error();
    hierarchy::HierarchyStore nodes(m_db);
    if (const auto node = nodes.nodeByCode(code.trimmed()))
        return target(TargetKind::Community, node->id);
    organisation::OrgStore orgs(m_db);
    if (const auto org = orgs.orgByCode(code.trimmed()))
        return target(TargetKind::Branch, org->id);
    return Error::plain(tr("No community or branch has the code %1").arg(code.trimmed()));
}

QList<AssessmentTarget> SheetStore::communitiesUnder(const RecordId& nodeId)
{
    QList<AssessmentTarget> targets;
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadAssessment))
        return targets;
    hierarchy::HierarchyStore store(m_db);
    QList<hierarchy::HierarchyNode> pending;
    if (nodeId.isNull()) {
        if (const auto root = store.root())
            pending.append(*root);
    } else if (const auto node = store.node(nodeId)) {
        pending.append(*node);
    }
    while (!pending.isEmpty()) {
        const hierarchy::HierarchyNode node = pending.takeFirst();
        if (isCommunity(node)) {
            if (access.nodeInScope(node.id))
                targets.append(communityTarget(store, node));
            continue;
        }
        if (node.level > hierarchy::NodeLevel::Community)
            continue;
        const QList<hierarchy::HierarchyNode> children = store.children(node.id);
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            pending.prepend(children.at(i));
    }
    return targets;
}

QList<AssessmentTarget> SheetStore::branchesUnder(const RecordId& orgId)
{
    QList<AssessmentTarget> targets;
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadAssessment))
        return targets;
    organisation::OrgStore store(m_db);
    for (const RecordId& id : store.subtree(orgId)) {
        const auto org = store.org(id);
        if (org && organisation::isBranch(org->kind) && access.orgInScope(id))
            targets.append(branchTarget(store, *org));
    }
    return targets;
}

void SheetStore::loadEntries(Sheet& sheet)
{
    auto st = m_db.cached(
        "SELECT side, indicator_key, score, findings, evidence, attachments, achieved, possible, "
        "counted FROM assessment_entry WHERE sheet_id = ?");
    st.bindAll(sheet.id);
    while (st.step()) {
        SheetInput& input = st.text(0) == SheetRows::sideCode(SheetSide::Self) ? sheet.self : sheet.review;
        IndicatorEntry entry;
        if (!st.isNull(2))
            entry.score = Points::fromHundredths(st.int64(2));
        entry.findings = SheetRows::findings(st.text(3));
        entry.evidence = st.text(4);
        entry.attachments = SheetRows::list(st.text(5));
        const QString key = st.text(1);
        if (!st.isNull(7)) {
            // Said in the language of the moment, not the one it was saved in.
            QString what = st.text(8);
            if (const Indicator* indicator = sheet.table.table ? sheet.table.table->find(key) : nullptr)
                if (const DataSource* source = DataSources::find(indicator->source))
                    what = source->label();
            input.computed.insert(key, { st.int64(6), st.int64(7), what });
        }
        if (entry.score || !entry.findings.isEmpty() || !entry.evidence.isEmpty()
            || !entry.attachments.isEmpty())
            input.entries.insert(key, entry);
    }
    auto reopened = m_db.cached("SELECT reason, reopened_by, created_at FROM assessment_reopening WHERE "
                                "sheet_id = ? ORDER BY created_at");
    reopened.bindAll(sheet.id);
    while (reopened.step())
        sheet.reopenings.append({ reopened.text(0), reopened.text(1), reopened.int64(2) });
}

void SheetStore::loadRectifications(Sheet& sheet)
{
    // This sheet's items, and the open ones of the target's earlier quarters (carried over
    // until closed).
    auto st = m_db.cached("SELECT r.id, r.sheet_id, s.period, r.indicator_key, r.problem, r.responsible, "
                          "r.deadline, r.state, r.closed_on, r.outcome FROM assessment_rectification r "
                          "JOIN assessment_sheet s ON s.id = r.sheet_id "
                          "WHERE (s.node_id = ?1 OR s.org_id = ?1) AND (r.sheet_id = ?2 OR (r.state = 'open' "
                          "AND s.period < ?3)) ORDER BY s.period, r.deadline, r.created_at");
    st.bindAll(sheet.target.id, sheet.id, sheet.period.code());
    while (st.step()) {
        Rectification item;
        item.id = st.id(0);
        item.sheetId = st.id(1);
        item.raisedIn = Period::parse(st.text(2)).value_or(sheet.period);
        item.targetName = sheet.target.name;
        item.indicatorKey = st.text(3);
        if (sheet.table.table)
            if (const Indicator* indicator = sheet.table.table->find(item.indicatorKey))
                item.indicatorName = indicator->name;
        item.problem = st.text(4);
        item.responsible = st.text(5);
        item.deadline = QDate::fromString(st.text(6), Qt::ISODate);
        item.closed = st.text(7) == QStringLiteral("closed");
        item.closedOn = QDate::fromString(st.text(8), Qt::ISODate);
        item.outcome = st.text(9);
        sheet.rectifications.append(item);
    }
}

std::optional<Sheet> SheetStore::stored(const RecordId& sheetId)
{
    if (!allowed())
        return std::nullopt;
    auto st = m_db.prepare((QByteArray(SheetColumns) + "WHERE id = ?").constData());
    st.bindAll(sheetId);
    if (!st.step())
        return std::nullopt;
    Sheet sheet;
    sheet.id = st.id(0);
    const RecordId templateRow = st.id(1);
    const auto period = Period::parse(st.text(2));
    const bool community = !st.isNull(3);
    const RecordId targetId = community ? st.id(3) : st.id(4);
    sheet.state = SheetWorkflow::fromCode(st.text(5)).value_or(SheetState::SelfAssessment);
    sheet.self.vetoes = SheetRows::list(st.text(6));
    sheet.review.vetoes = SheetRows::list(st.text(7));
    sheet.revision = st.integer(8);
    sheet.modifiedBy = st.text(9);
    sheet.modifiedAt = st.int64(10);
    if (!period)
        return std::nullopt;
    sheet.period = *period;
    auto target = this->target(community ? TargetKind::Community : TargetKind::Branch, targetId);
    if (!target)
        return std::nullopt;  // outside the area
    sheet.target = *target;
    const auto table = TemplateStore(m_db).byRow(templateRow);
    if (!table)
        return std::nullopt;
    sheet.table = *table;
    loadEntries(sheet);
    sheet.hasReview = sheet.state == SheetState::Reviewed || sheet.state == SheetState::Confirmed
        || !sheet.review.entries.isEmpty() || !sheet.review.vetoes.isEmpty();
    loadRectifications(sheet);
    return sheet;
}

Result<Sheet> SheetStore::open(const AssessmentTarget& wanted, const Period& quarter, const QDate& today)
{
    if (Status ok = allowed(); !ok)
        return ok.error();
    const auto scorable = Period::forScoring(quarter.code(), today);
    if (!scorable)
        return scorable.error();
    if (!scorable->isQuarter())
        return Error::plain(tr("Sheets are scored per quarter, not for %1").arg(quarter.label()));
    auto target = this->target(wanted.kind, wanted.id);
    if (!target)
        return target.error();
    const char* const column = target->kind == TargetKind::Community ? "node_id" : "org_id";
    const RecordId sheetId = [&] {
        auto st = m_db.prepare(QStringLiteral("SELECT id FROM assessment_sheet WHERE %1 = ? AND period = ?")
                                   .arg(QLatin1String(column))
                                   .toUtf8()
                                   .constData());
        st.bindAll(target->id, quarter.code());
        return st.step() ? st.id(0) : RecordId();
    }();
    Sheet sheet;
    if (!sheetId.isNull()) {
        auto found = stored(sheetId);
        if (!found)
            return Error::plain(
                tr("The sheet of %1 for %2 cannot be read").arg(target->name, quarter.label()));
        sheet = std::move(*found);
    } else {
        sheet.target = *target;
        sheet.period = quarter;
        const auto table = TemplateStore(m_db).inUse(target->kind);
        if (!table)
            return Error::plain(tr("No assessment template for this kind of target is stored"));
        sheet.table = *table;
        loadRectifications(sheet);
    }
    // Counted afresh while the sheet can change; a reviewed or confirmed sheet keeps the
    // counts it was reviewed on.
    if (sheet.state == SheetState::SelfAssessment || sheet.state == SheetState::Submitted) {
        const auto counts = DataSources::countAll(m_db, *sheet.table.table, sheet.target, sheet.period);
        sheet.self.computed = counts;
        sheet.review.computed = counts;
    }
    return sheet;
}

QList<SheetOverview> SheetStore::overview(const Period& quarter, const RecordId& nodeId)
{
    return overview(quarter, communitiesUnder(nodeId));
}

QList<SheetOverview> SheetStore::overview(const Period& quarter, const QList<AssessmentTarget>& targets)
{
    QList<SheetOverview> lines;
    auto ofNode = m_db.cached(
        "SELECT id, state, total, modified_by FROM assessment_sheet WHERE node_id = ? AND period = ?");
    auto ofOrg = m_db.cached(
        "SELECT id, state, total, modified_by FROM assessment_sheet WHERE org_id = ? AND period = ?");
    for (const AssessmentTarget& target : targets) {
        SheetOverview line;
        line.target = target;
        storage::Statement& st = target.kind == TargetKind::Community ? ofNode : ofOrg;
        st.bindAll(target.id, quarter.code());
        if (st.step()) {
            line.sheetId = st.id(0);
            line.state = SheetWorkflow::fromCode(st.text(1)).value_or(SheetState::SelfAssessment);
            if (!st.isNull(2))
                line.total = Points::fromHundredths(st.int64(2));
            line.modifiedBy = st.text(3);
        }
        st.reset();
        lines.append(line);
    }
    return lines;
}

QList<std::pair<Period, Points>> SheetStore::history(
    const AssessmentTarget& target, const Period& quarter, int quarters)
{
    QList<std::pair<Period, Points>> totals;
    if (!allowed())
        return totals;
    auto st = m_db.cached("SELECT period, total FROM assessment_sheet WHERE (node_id = ?1 OR org_id = ?1) "
                          "AND period <= ?2 AND total IS NOT NULL ORDER BY period DESC LIMIT ?3");
    st.bindAll(target.id, quarter.code(), quarters);
    while (st.step())
        if (const auto period = Period::parse(st.text(0)))
            totals.prepend({ *period, Points::fromHundredths(st.int64(1)) });
    return totals;
}

std::optional<YearEnd> SheetStore::yearEnd(const AssessmentTarget& target, int year)
{
    if (!allowed())
        return std::nullopt;
    auto st = m_db.cached("SELECT rating, bonus, penalty, note FROM assessment_year_end "
                          "WHERE (node_id = ?1 OR org_id = ?1) AND year = ?2");
    st.bindAll(target.id, year);
    if (!st.step())
        return std::nullopt;
    return YearEnd { Points::fromHundredths(st.int64(0)), Points::fromHundredths(st.int64(1)),
        Points::fromHundredths(st.int64(2)), st.text(3) };
}

}  // namespace redgrid::assessment
