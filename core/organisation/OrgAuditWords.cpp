#include "OrgAuditWords.h"

#include "OrgKind.h"
#include "audit/AuditWording.h"

namespace redgrid::organisation {

void registerAuditWords()
{
    using audit::AuditWording;
    const QString table = QStringLiteral("party_org");
    AuditWording::addRecords(
        table, [] { return OrgLabels::tr("party organisation"); }, "name");
    AuditWording::addKey(
        table, QStringLiteral("parent"), [] { return OrgLabels::tr("higher organisation"); });
}

}  // namespace redgrid::organisation
