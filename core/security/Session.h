#pragma once

#include "Account.h"
#include "DatabaseKeys.h"
#include "Role.h"

#include <memory>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

// Who is signed in, with the database keys their password unlocked. Attached to every
// connection the program uses on their behalf; core services ask the connection's session
// (through Access) before every read and write. No session, no data.
class Session
{
public:
    Session(Account account, DatabaseKeys keys);

    const Account& account() const { return m_account; }
    Role role() const { return m_account.role; }
    bool allows(Permission permission) const { return Roles::allows(m_account.role, permission); }
    bool coversWholeDatabase() const { return m_account.scopeNodeId.isNull(); }
    const DatabaseKeys& keys() const { return m_keys; }

    // The session attached to a connection, or null.
    static const Session* of(const storage::Connection& connection);
    static std::shared_ptr<const Session> shared(const storage::Connection& connection);

private:
    Account m_account;
    DatabaseKeys m_keys;
};

// Attaches the session to a connection (a second connection for a worker thread gets the
// same one) and defines that connection's scope views: temp.scope_node (the subtree),
// temp.scope_visible (the subtree and the path down to it) and temp.scope_org.
void attachSession(storage::Connection& connection, std::shared_ptr<const Session> session);

}  // namespace redgrid::security
