#pragma once

#include "PartyOrg.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::organisation {

// Reads party organisations. Organisations number in the thousands at most (one
// district), so listings return whole lists; their members are counted by the roster
// (roster::RosterCounts), which alone queries the member table.
class OrgStore
{
    Q_DECLARE_TR_FUNCTIONS(OrgStore)

public:
    explicit OrgStore(storage::Connection& connection);

    std::optional<PartyOrg> org(const RecordId& id);
    std::optional<PartyOrg> orgByCode(const QString& code);
    // An organisation named by its code, full name or short name, as the CLI's --org takes it.
    // Several matches are an error listing them.
    Result<PartyOrg> find(const QString& nameOrCode);
    // Whether any organisation, in the account's area or not, has this code, full name or
    // short name (so that an import does not set up a second one of the same name).
    bool exists(const QString& nameOrCode);
    QList<PartyOrg> children(const RecordId& parentId);  // null parent: the top organisations
    QList<PartyOrg> all();  // parents before children, siblings in order
    // The same without the nodes each one covers, quicker: a tree to show, not records to
    // edit and write back.
    QList<PartyOrg> tree();
    QList<PartyOrg> ancestors(const RecordId& id);  // from the top down to id itself
    QList<RecordId> subtree(const RecordId& id);  // id and everything below it
    // The organisations covering a hierarchy node directly.
    QList<PartyOrg> coveringNode(const RecordId& nodeId);
    // The nearest 支部 of any sort at or above `id` (a 党小组's branch); null if none.
    RecordId branchOf(const RecordId& id);
    qint64 count();
    qint64 countByKind(OrgKind kind);

    // Active members registered in the organisation itself, or in it and all below it.
    qint64 memberCount(const RecordId& id, bool withSubtree);
    // Each organisation's own active members in the account's area, in one pass (organisations
    // without any are left out): for a whole tree, where a count per organisation would be
    // thousands of queries.
    QHash<RecordId, qint64> ownMemberCounts();
    // The short names of the organisations the account may see (those that have one).
    QHash<RecordId, QString> shortNames();

private:
    PartyOrg fromRow(const storage::Statement& row);
    QList<PartyOrg> readAll(storage::Statement& st);  // the rows the account may see
    QList<PartyOrg> visibleWithNodes(QList<PartyOrg> orgs);
    QList<PartyOrg> visibleOnly(QList<PartyOrg> orgs);
    bool visible(const RecordId& id);
    void loadNodes(PartyOrg& org);
    void loadNodes(QList<PartyOrg>& orgs);

    storage::Connection& m_db;
};

}  // namespace redgrid::organisation
