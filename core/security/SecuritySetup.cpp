#include "SecuritySetup.h"

#include "AccountStore.h"
#include "AuditTrail.h"
#include "KeySlots.h"
#include "PasswordPolicy.h"
#include "RecoveryKey.h"
#include "storage/Connection.h"

namespace redgrid::security {

std::optional<QString> SecuritySetup::problemWith(const FirstAdministrator& administrator)
{
    if (administrator.username.trimmed().isEmpty())
        return tr("name the first administrator: the user name is empty");
    if (administrator.username.trimmed().size() > 64)
        return tr("the user name is longer than 64 characters");
    return PasswordPolicy::problem(administrator.password);
}

std::optional<QString> SecuritySetup::problemSecuring(const FirstAdministrator* administrator)
{
    if (!administrator)
        return tr("this database was made before RedGrid had accounts; name its first administrator "
                  "to open it (ID numbers and phones are then encrypted)");
    return problemWith(*administrator);
}

SecuredDatabase SecuritySetup::secure(storage::Connection& db, const FirstAdministrator& administrator)
{
    DatabaseKeys keys = DatabaseKeys::generate();
    const SecretBytes recovery = RecoveryKey::generate();
    AccountStore accounts(db);
    const Account admin
        = accounts.insert({ administrator.username, administrator.displayName, Role::DistrictAdmin, {}, {} });
    KeySlots keySlots(db);
    keySlots.wrapForAccount(admin.id, administrator.password, keys);
    keySlots.wrapForRecovery(recovery, keys);
    auto session = std::make_shared<const Session>(admin, std::move(keys));
    attachSession(db, session);
    recordAudit(db,
        { audit::AuditAction::DatabaseSecured, QStringLiteral("account"), admin.id,
            { { QStringLiteral("administrator"), admin.username } } });
    return { session, RecoveryKey::format(recovery) };
}

}  // namespace redgrid::security
