#include "Session.h"

#include "storage/Connection.h"

namespace redgrid::security {
namespace {

QString blobLiteral(const RecordId& id)
{
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(id.toBytes().toHex()));
}

}  // namespace

Session::Session(Account account, DatabaseKeys keys)
    : m_account(std::move(account))
    , m_keys(std::move(keys))
{
}

// The session lives in the connection's attachment (storage holds it without knowing its type).
using Attached = std::shared_ptr<const Session>;

const Session* Session::of(const storage::Connection& connection)
{
    const auto* attached = std::any_cast<Attached>(&connection.attachment());
    return attached ? attached->get() : nullptr;
}

std::shared_ptr<const Session> Session::shared(const storage::Connection& connection)
{
    const auto* attached = std::any_cast<Attached>(&connection.attachment());
    return attached ? *attached : nullptr;
}

void attachSession(storage::Connection& connection, std::shared_ptr<const Session> session)
{
    connection.exec("DROP VIEW IF EXISTS temp.scope_org; DROP VIEW IF EXISTS temp.scope_visible; "
                    "DROP VIEW IF EXISTS temp.scope_node;");
    if (session) {
        // Views rather than tables: they follow the hierarchy and the organisations as they are
        // edited. An organisation is in scope when it covers a node of the subtree, or sits
        // below one that does.
        const RecordId scope = session->account().scopeNodeId;
        const QString nodes = scope.isNull()
            ? QStringLiteral("SELECT id FROM main.hierarchy_node")
            : QStringLiteral(
                "WITH RECURSIVE s(id) AS (SELECT %1 UNION ALL SELECT h.id FROM main.hierarchy_node h "
                "JOIN s ON h.parent_id = s.id) SELECT id FROM s")
                  .arg(blobLiteral(scope));
        connection.exec(QStringLiteral("CREATE TEMP VIEW scope_node(id) AS %1").arg(nodes));
        // What the account sees of the hierarchy: its subtree, and the path down to it.
        connection.exec(scope.isNull()
                ? QStringLiteral("CREATE TEMP VIEW scope_visible(id) AS SELECT id FROM main.hierarchy_node")
                : QStringLiteral(
                    "CREATE TEMP VIEW scope_visible(id) AS SELECT id FROM temp.scope_node UNION "
                    "SELECT id FROM (WITH RECURSIVE up(id) AS (SELECT parent_id FROM "
                    "main.hierarchy_node WHERE id = %1 UNION ALL SELECT h.parent_id FROM "
                    "main.hierarchy_node h JOIN up ON h.id = up.id) SELECT id FROM up WHERE id IS NOT NULL)")
                      .arg(blobLiteral(scope)));
        connection.exec(scope.isNull()
                ? QStringLiteral("CREATE TEMP VIEW scope_org(id) AS SELECT id FROM main.party_org")
                : QStringLiteral("CREATE TEMP VIEW scope_org(id) AS WITH RECURSIVE o(id) AS ("
                                 "SELECT org_id FROM main.party_org_node WHERE node_id IN (SELECT id FROM "
                                 "temp.scope_node) "
                                 "UNION SELECT p.id FROM main.party_org p JOIN o ON p.parent_id = o.id) "
                                 "SELECT id FROM o"));
    }
    if (session)
        connection.setAttachment(Attached(std::move(session)));
    else
        connection.setAttachment({});
}

}  // namespace redgrid::security
