#include "SecurityAuditWords.h"

#include "Role.h"
#include "audit/AuditWording.h"

namespace redgrid::security {

void registerAuditWords()
{
    using audit::AuditWording;
    const QString table = QStringLiteral("account");
    AuditWording::addRecords(
        table, [] { return Roles::tr("account"); }, "username");
    AuditWording::addKey(
        table, QStringLiteral("role"), [] { return Roles::tr("role"); },
        [](const QString& code) {
            const auto role = Roles::fromCode(code);
            return role ? Roles::label(*role) : QString();
        });
    // An area is a hierarchy node, named by its own words; none is the whole database.
    AuditWording::addKey(
        table, QStringLiteral("scope"), [] { return Roles::tr("area"); },
        [](const QString& node) { return node.isEmpty() ? Roles::tr("the whole database") : QString(); });
    AuditWording::addKey(
        table, QStringLiteral("administrator"), [] { return Roles::tr("first administrator"); });
}

}  // namespace redgrid::security
