#include "OrgAuditWords.h"

#include "OrgKind.h"
#include "audit/AuditWording.h"
#include "storage/Connection.h"

namespace redgrid::organisation {

void registerAuditWords()
{
    using audit::AuditWording;
    const QString table = QStringLiteral("party_org");
    AuditWording::addRecords(
        table, [] { return OrgLabels::tr("party organisation"); },
        [](storage::Connection& db, const RecordId& id) -> std::optional<QString> {
            auto st = db.cached("SELECT name FROM party_org WHERE id = ?");
            st.bind(1, id);
            if (st.step())
                return st.text(0);
            return std::nullopt;
        });
    AuditWording::addKey(
        table, QStringLiteral("parent"), [] { return OrgLabels::tr("higher organisation"); });
}

}  // namespace redgrid::organisation
