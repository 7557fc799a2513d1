#pragma once

#include "Role.h"
#include "Session.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSet>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

// The one gate of core: may the connection's signed-in account do this, here?
// Every service asks before it reads or writes, so the GUI hiding a button is a courtesy,
// not the protection. A connection without a session may do nothing.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    explicit Access(storage::Connection& connection);

    const Session* session() const { return m_session; }
    bool allows(Permission permission) const { return m_session && m_session->allows(permission); }
    bool coversWholeDatabase() const { return m_session && m_session->coversWholeDatabase(); }

    Status require(Permission permission) const;
    // The permission, and the record inside the account's scope.
    Status requireNode(Permission permission, const RecordId& nodeId) const;
    Status requireOrg(Permission permission, const RecordId& orgId) const;

    bool nodeInScope(const RecordId& nodeId) const;
    bool orgInScope(const RecordId& orgId) const;
    // Every organisation in a scoped account's area, in one evaluation of the scope (for
    // filtering a list; orgInScope row by row evaluates it once per row).
    QSet<RecordId> orgsInScope() const;

    // SQL to AND into a query over `column` (an org id): empty when the scope is everything.
    QString orgScopeCondition(const QString& column) const;
    QString nodeScopeCondition(const QString& column) const;

    // The database keys; only valid when session() is not null.
    const DatabaseKeys& keys() const { return m_session->keys(); }

private:
    Error refusal(Permission permission) const;
    Error outOfScope() const;

    storage::Connection& m_db;
    const Session* m_session;
};

}  // namespace redgrid::security
