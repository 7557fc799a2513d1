#include "HierarchyAuditWords.h"

#include "audit/AuditWording.h"
#include "common/NodeKind.h"
#include "storage/Connection.h"

namespace redgrid::hierarchy {

void registerAuditWords()
{
    audit::AuditWording::addRecords(
        QStringLiteral("hierarchy_node"), [] { return NodeLabels::tr("node"); },
        [](storage::Connection& db, const RecordId& id) -> std::optional<QString> {
            auto st = db.cached("SELECT name, kind FROM hierarchy_node WHERE id = ?");
            st.bind(1, id);
            if (!st.step())
                return std::nullopt;
            const auto kind = kindFromKey(st.text(1));
            return kind ? NodeLabels::tr("%1 (%2)").arg(st.text(0), NodeLabels::kind(*kind)) : st.text(0);
        });
}

}  // namespace redgrid::hierarchy
