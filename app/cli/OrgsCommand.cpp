#include "OrgsCommand.h"

#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "roster/MemberStore.h"
#include "roster/RosterDate.h"
#include "roster/RosterQuery.h"
#include "security/Access.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

using organisation::OrgKind;
using organisation::OrgLabels;
using organisation::PartyOrg;

namespace {

const QStringList Actions { QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"),
    QStringLiteral("move"), QStringLiteral("delete") };

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Everything the organisation panel and its dialog show, codes with their labels.
QJsonObject toJson(storage::Connection& db, const PartyOrg& org)
{
    organisation::OrgStore store(db);
    roster::MemberStore members(db);
    hierarchy::HierarchyStore nodes(db);
    const auto parent = org.parentId.isNull() ? std::nullopt : store.org(org.parentId);
    const auto memberName = [&](const RecordId& id) {
        const auto member = id.isNull() ? std::nullopt : members.member(id);
        return member ? member->name : QString();
    };
    QJsonArray covers;
    for (const RecordId& id : org.nodeIds)
        if (const auto node = nodes.node(id))
            covers.append(QJsonObject {
                { QStringLiteral("code"), node->code }, { QStringLiteral("name"), node->name } });
    return { { QStringLiteral("code"), org.code }, { QStringLiteral("name"), org.name },
        { QStringLiteral("shortName"), org.shortName },
        { QStringLiteral("kind"), organisation::orgKindKey(org.kind) },
        { QStringLiteral("kindLabel"), OrgLabels::kind(org.kind) },
        { QStringLiteral("parentCode"), parent ? parent->code : QString() },
        { QStringLiteral("category"), org.category },
        { QStringLiteral("categoryLabel"), roster::CodeTable::orgCategory().labelFor(org.category) },
        { QStringLiteral("unitSituation"), org.unitSituation },
        { QStringLiteral("unitSituationLabel"),
            roster::CodeTable::unitSituation().labelFor(org.unitSituation) },
        { QStringLiteral("foundedOn"), dateText(org.foundedOn) },
        { QStringLiteral("secretary"), memberName(org.secretaryId) },
        { QStringLiteral("contact"), memberName(org.contactId) }, { QStringLiteral("phone"), org.phone },
        { QStringLiteral("termStart"), dateText(org.termStart) },
        { QStringLiteral("termEnd"), dateText(org.termEnd) },
        { QStringLiteral("hasCommittee"), org.hasCommittee }, { QStringLiteral("sortOrder"), org.sortOrder },
        { QStringLiteral("remarks"), org.remarks }, { QStringLiteral("covers"), covers },
        { QStringLiteral("members"), store.memberCount(org.id, true) },
        { QStringLiteral("children"), org.childCount } };
}

}  // namespace

QString OrgsCommand::summary() const
{
    return tr("List, add, edit, move and delete party organisations.");
}

void OrgsCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, edit, move or delete."));
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The database file."));
    parser.addPositionalArgument(QStringLiteral("ORG"),
        tr("The organisation, by name or code (edit, move, delete; list: only the organisations below it)."),
        QStringLiteral("[ORG]"));
    parser.addOptions({ m_json, m_parent, m_top, m_kind, m_name, m_shortName, m_code, m_category, m_unit,
        m_founded, m_secretary, m_contact, m_phone, m_termStart, m_termEnd, m_committee, m_covers,
        m_sortOrder, m_remarks });
}

int OrgsCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!Actions.contains(action)) {
        printUsageError(tr("orgs needs an action: %1").arg(Actions.join(QStringLiteral(", "))));
        return UsageError;
    }
    const bool takesOrg = action != QLatin1String("add");
    const bool orgOptional = action == QLatin1String("list");
    if (args.size() > (takesOrg ? 3 : 2) || args.size() < (takesOrg && !orgOptional ? 3 : 2)) {
        printUsageError(tr("'orgs %1' takes %2 argument(s), got %3; see redgrid-cli orgs --help")
                            .arg(action, takesOrg && !orgOptional ? QStringLiteral("3") : QStringLiteral("2"))
                            .arg(args.size()));
        return UsageError;
    }
    if (action == QLatin1String("move") && parser.isSet(m_parent) == parser.isSet(m_top)) {
        printUsageError(tr("'orgs move' needs either --parent NAME_OR_CODE or --top"));
        return UsageError;
    }
    if (action == QLatin1String("add") && !parser.isSet(m_name)) {
        printUsageError(tr("'orgs add' needs --name"));
        return UsageError;
    }

    auto db = openDatabase(args.at(1));
    if (!db)
        return openFailure();
    if (action == QLatin1String("list"))
        return list(*db, args.value(2), parser.isSet(m_json));
    if (action == QLatin1String("add"))
        return add(*db, parser);
    auto org = organisation::OrgStore(*db).find(args.at(2));
    if (!org) {
        return fail(org.error().of(args.at(1)));
    }
    if (action == QLatin1String("edit"))
        return edit(*db, *org, parser);
    if (action == QLatin1String("move"))
        return move(*db, *org, parser);
    return remove(*db, *org, parser.isSet(m_json));
}

int OrgsCommand::refused(const Error& error)
{
    printError(error);
    return DataError;
}

int OrgsCommand::list(storage::Connection& db, const QString& from, bool json)
{
    organisation::OrgStore store(db);
    QList<PartyOrg> orgs = store.all();
    if (!from.isEmpty()) {
        auto top = store.find(from);
        if (!top) {
            return fail(top.error().of(db.path()));
        }
        const QList<RecordId> below = store.subtree(top->id);
        orgs.removeIf([&](const PartyOrg& org) { return !below.contains(org.id); });
    }
    // Depth by the parents listed before (all() lists parents first).
    QHash<RecordId, int> depth;
    QJsonArray array;
    for (const PartyOrg& org : std::as_const(orgs)) {
        const int level = depth.contains(org.parentId) ? depth.value(org.parentId) + 1 : 0;
        depth.insert(org.id, level);
        if (json) {
            array.append(toJson(db, org));
            continue;
        }
        printLine(
            QStringLiteral("%1%2\t%3\t%4%5\t%6")
                .arg(QString(level * 2, QLatin1Char(' ')), org.code, OrgLabels::kind(org.kind), org.name,
                    org.shortName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(org.shortName),
                    tr("%n member(s)", nullptr, int(store.memberCount(org.id, true)))));
    }
    if (json)
        printJson({ { QStringLiteral("orgs"), array } });
    else
        printLine(tr("%n organisation(s)", nullptr, int(orgs.size())));
    return Success;
}

int OrgsCommand::findMember(storage::Connection& db, const QString& option, const QString& text,
    const PartyOrg& org, RecordId& member)
{
    member = RecordId();
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return Success;
    roster::MemberStore members(db);
    if (wanted.size() == 18) {
        const auto found = members.findByIdNumber(wanted);
        if (found && organisation::OrgStore(db).subtree(org.id).contains(found->orgId)) {
            member = found->id;
            return Success;
        }
    }
    // By name, among the members of the organisation and those below it (as the window offers).
    roster::RosterFilter filter;
    filter.orgId = org.id;
    filter.search = wanted;
    roster::RosterCursor cursor(db, filter, {});
    std::vector<qint64> rowIds;
    cursor.fetch(rowIds, 200);
    QList<RecordId> matches;
    for (const roster::RosterRow& row : members.rows(rowIds))
        if (row.member.name == wanted)
            matches.append(row.member.id);
    if (matches.size() == 1) {
        member = matches.front();
        return Success;
    }
    printError(Error::inFile(db.path(),
        matches.isEmpty() ? tr("--%1: %2 has no member \"%3\"").arg(option, org.name, wanted)
                          : tr("--%1: %2 has several members called \"%3\"; give the ID number")
                                .arg(option, org.name, wanted)));
    return DataError;
}

int OrgsCommand::applyOptions(storage::Connection& db, const QCommandLineParser& parser, PartyOrg& org)
{
    if (parser.isSet(m_kind)) {
        const auto kind = OrgLabels::kindFromLabel(parser.value(m_kind));
        if (!kind) {
            printUsageError(tr("--kind %1: not a kind of organisation; see redgrid-cli orgs --help")
                                .arg(parser.value(m_kind)));
            return UsageError;
        }
        org.kind = *kind;
    }
    const auto text = [&](const QCommandLineOption& option, QString& target) {
        if (parser.isSet(option))
            target = parser.value(option).trimmed();
    };
    text(m_name, org.name);
    text(m_shortName, org.shortName);
    text(m_code, org.code);
    text(m_phone, org.phone);
    text(m_remarks, org.remarks);
    const auto code = [&](const QCommandLineOption& option, const roster::CodeTable& table, QString& target) {
        if (!parser.isSet(option))
            return true;
        const QString value = parser.value(option).trimmed();
        const auto found = value.isEmpty() ? std::optional<QString>(QString()) : table.codeFor(value);
        if (!found) {
            printUsageError(
                tr("--%1 %2: not a value of %3; its values are: %4")
                    .arg(option.names().constFirst(), value, table.title(), acceptedValues(table)));
            return false;
        }
        target = *found;
        return true;
    };
    if (!code(m_category, roster::CodeTable::orgCategory(), org.category)
        || !code(m_unit, roster::CodeTable::unitSituation(), org.unitSituation))
        return UsageError;
    const auto date = [&](const QCommandLineOption& option, QDate& target) {
        if (!parser.isSet(option))
            return true;
        const QString value = parser.value(option).trimmed();
        if (value.isEmpty()) {
            target = QDate();
            return true;
        }
        const auto parsed = roster::RosterDate::parse(value);
        if (!parsed || parsed->precision() != roster::DatePrecision::Day) {
            printUsageError(
                tr("--%1 %2: not a date; write yyyy-MM-dd").arg(option.names().constFirst(), value));
            return false;
        }
        target = parsed->date();
        return true;
    };
    if (!date(m_founded, org.foundedOn) || !date(m_termStart, org.termStart) || !date(m_termEnd, org.termEnd))
        return UsageError;
    if (parser.isSet(m_committee)) {
        const QString value = parser.value(m_committee).trimmed().toLower();
        if (value != QLatin1String("yes") && value != QLatin1String("no")) {
            printUsageError(tr("--committee takes yes or no"));
            return UsageError;
        }
        org.hasCommittee = value == QLatin1String("yes");
    }
    if (parser.isSet(m_sortOrder)) {
        bool number = false;
        org.sortOrder = parser.value(m_sortOrder).toInt(&number);
        if (!number) {
            printUsageError(tr("--sort-order needs a number"));
            return UsageError;
        }
    }
    if (parser.isSet(m_covers)) {
        org.nodeIds.clear();
        hierarchy::HierarchyStore nodes(db);
        for (const QString& nodeCode : parser.value(m_covers).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto node = nodes.nodeByCode(nodeCode.trimmed());
            if (!node) {
                printError(Error::inFile(
                    db.path(), tr("--covers: no hierarchy node has the code %1").arg(nodeCode.trimmed())));
                return DataError;
            }
            org.nodeIds.append(node->id);
        }
    }
    for (const auto& [option, target] :
        { std::pair { &m_secretary, &org.secretaryId }, std::pair { &m_contact, &org.contactId } }) {
        if (!parser.isSet(*option))
            continue;
        if (const int found
            = findMember(db, option->names().constFirst(), parser.value(*option), org, *target);
            found != Success)
            return found;
    }
    return Success;
}

void OrgsCommand::report(storage::Connection& db, const QString& done, const PartyOrg& org, bool json)
{
    if (json) {
        printJson(toJson(db, org));
        return;
    }
    printLine(done);
}

int OrgsCommand::add(storage::Connection& db, const QCommandLineParser& parser)
{
    PartyOrg org;
    std::optional<PartyOrg> parent;
    if (parser.isSet(m_parent)) {
        auto found = organisation::OrgStore(db).find(parser.value(m_parent));
        if (!found) {
            printError(Error::inFile(db.path(), tr("--parent: %1").arg(found.error().message)));
            return DataError;
        }
        parent = *found;
        org.parentId = parent->id;
    }
    if (parser.isSet(m_secretary) || parser.isSet(m_contact)) {
        printUsageError(
            tr("a new organisation has no members yet: give --secretary and --contact with 'orgs edit'"));
        return UsageError;
    }
    // What the window proposes: a branch below a committee, a group below a branch, a committee at the top.
    org.kind = !parent                                            ? OrgKind::Committee
        : organisation::mayContain(parent->kind, OrgKind::Branch) ? OrgKind::Branch
                                                                  : OrgKind::Group;
    if (const int applied = applyOptions(db, parser, org); applied != Success)
        return applied;
    organisation::OrgEditor editor(db);
    if (Status allowed = editor.mayEditBelow(org.parentId); !allowed) {
        return fail(allowed.error().of(db.path()));
    }
    auto added = editor.add(org);
    if (!added)
        return refused(Error::inFile(db.path(), added.error().message));
    report(db,
        parent
            ? tr("Added %1 %2 (%3) below %4.")
                  .arg(added->code, added->name, OrgLabels::kind(added->kind), parent->name)
            : tr("Added %1 %2 (%3) at the top.").arg(added->code, added->name, OrgLabels::kind(added->kind)),
        *added, parser.isSet(m_json));
    return Success;
}

int OrgsCommand::edit(storage::Connection& db, PartyOrg org, const QCommandLineParser& parser)
{
    if (parser.isSet(m_parent) || parser.isSet(m_top)) {
        printUsageError(tr("'orgs edit' keeps the organisation where it is; use 'orgs move' to move it"));
        return UsageError;
    }
    if (Status allowed = security::Access(db).requireOrg(security::Permission::EditOrganisations, org.id);
        !allowed) {
        return fail(allowed.error().of(db.path()));
    }
    if (const int applied = applyOptions(db, parser, org); applied != Success)
        return applied;
    auto updated = organisation::OrgEditor(db).update(org);
    if (!updated)
        return refused(Error::inFile(db.path(), updated.error().message));
    report(db, tr("Saved %1 %2.").arg(updated->code, updated->name), *updated, parser.isSet(m_json));
    return Success;
}

int OrgsCommand::move(storage::Connection& db, const PartyOrg& org, const QCommandLineParser& parser)
{
    RecordId parentId;
    QString parentName;
    if (parser.isSet(m_parent)) {
        auto parent = organisation::OrgStore(db).find(parser.value(m_parent));
        if (!parent) {
            printError(Error::inFile(db.path(), tr("--parent: %1").arg(parent.error().message)));
            return DataError;
        }
        parentId = parent->id;
        parentName = parent->name;
    }
    organisation::OrgEditor editor(db);
    if (Status allowed = security::Access(db).requireOrg(security::Permission::EditOrganisations, org.id);
        !allowed) {
        return fail(allowed.error().of(db.path()));
    }
    if (Status allowed = editor.mayEditBelow(parentId); !allowed) {
        return fail(allowed.error().of(db.path()));
    }
    auto moved = editor.move(org.id, parentId);
    if (!moved)
        return refused(Error::inFile(db.path(), moved.error().message));
    report(db,
        parentId.isNull() ? tr("Moved %1 %2 to the top.").arg(moved->code, moved->name)
                          : tr("Moved %1 %2 below %3.").arg(moved->code, moved->name, parentName),
        *moved, parser.isSet(m_json));
    return Success;
}

int OrgsCommand::remove(storage::Connection& db, const PartyOrg& org, bool json)
{
    if (Status allowed = security::Access(db).requireOrg(security::Permission::EditOrganisations, org.id);
        !allowed) {
        return fail(allowed.error().of(db.path()));
    }
    if (Status removed = organisation::OrgEditor(db).remove(org.id); !removed)
        return refused(Error::inFile(db.path(), removed.error().message));
    if (json)
        printJson({ { QStringLiteral("deleted"), org.code }, { QStringLiteral("name"), org.name } });
    else
        printLine(tr("Deleted %1 %2.").arg(org.code, org.name));
    return Success;
}

}  // namespace redgrid::cli
