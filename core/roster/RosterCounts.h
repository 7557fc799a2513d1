#pragma once

#include "common/RecordId.h"

#include <QHash>
#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::roster {

// What other domains ask the roster about its members, so that only the roster's classes
// query the member table: organisation counts the members of its organisations, security
// finds where a member is registered, the importers ask whether the roster is empty.
// These answers are not scoped: the asking store has checked the account's area for the
// organisations it asks about (OrgStore::visible, Access's scope).
class RosterCounts
{
public:
    explicit RosterCounts(storage::Connection& connection);

    // No member at all in the file, of any status or area: a first import (the bulk load's
    // fast path, the importer's journal) and the import's first-import findings ask this.
    bool isEmpty() const;

    // Active members in the whole file, whatever the area: what a backup says it holds.
    qint64 activeInFile() const;

    // Active members registered in the organisation itself.
    qint64 activeIn(const RecordId& orgId) const;
    // Active members registered in the organisation and every organisation below it.
    qint64 activeInTree(const RecordId& orgId) const;
    // Active members by organisation: of the whole file, or only of the organisations in
    // the signed-in account's area (temp.scope_org, security::attachSession).
    enum class Orgs { All, InArea };
    QHash<RecordId, qint64> activeByOrg(Orgs orgs) const;

    // Active members by organisation, and how many of them are full members in good
    // standing (正式党员, not suspended): what a branch's size is checked against.
    struct Active
    {
        qint64 all = 0;
        qint64 full = 0;
    };
    QHash<RecordId, Active> activeAndFullByOrg(Orgs orgs) const;
    // The same for the organisations listed, whatever the account's area (assessment's
    // sources, which count inside a target the caller has checked).
    QHash<RecordId, Active> activeAndFullIn(const QList<RecordId>& orgIds) const;

    // Member records of any status registered in the organisation (which cannot be
    // removed while it holds any).
    qint64 recordsIn(const RecordId& orgId) const;

    // The organisation a member is registered in, or nothing if there is no such member.
    std::optional<RecordId> orgOf(const RecordId& memberId) const;

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::roster
