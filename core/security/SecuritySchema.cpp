#include "SecuritySchema.h"

#include "SecuritySetup.h"
#include "storage/Schema.h"

#include <stdexcept>

namespace redgrid::security {
namespace {

// The first administrator the caller named in Upgrade::input (SecuredFile), or null.
const FirstAdministrator* firstAdministratorIn(const storage::Upgrade& upgrade)
{
    if (const auto* given = std::any_cast<const FirstAdministrator*>(&upgrade.input))
        return *given;
    if (const auto* given = std::any_cast<FirstAdministrator*>(&upgrade.input))
        return *given;
    return nullptr;
}

std::optional<QString> refusalToSecure(const storage::Upgrade& upgrade)
{
    return SecuritySetup::problemSecuring(firstAdministratorIn(upgrade));
}

// Migration 3, after its statements: the first administrator and the master key (the
// roster's part then seals members under it). Upgrade::output, if it names a
// SecuredDatabase, receives the session and the recovery key.
void secureDatabase(storage::Connection& db, const storage::Upgrade& upgrade)
{
    const FirstAdministrator* administrator = firstAdministratorIn(upgrade);
    if (!administrator)
        throw std::logic_error("schema version 3 needs the first administrator");
    const SecuredDatabase secured = SecuritySetup::secure(db, *administrator);
    if (const auto* output = std::any_cast<SecuredDatabase*>(&upgrade.output); output && *output)
        **output = secured;
}

}  // namespace

void registerMigrations()
{
    storage::Schema::add({ .version = FirstSecuredVersion,
        .part = 1,
        .domain = "security",
        .description = "accounts and key slots; the first administrator and the master key",
        .sql = AccountTablesV3,
        .step = secureDatabase,
        .refusal = refusalToSecure });
}

}  // namespace redgrid::security
