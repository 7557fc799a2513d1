#include "AuditSchema.h"

#include "storage/Schema.h"

namespace redgrid::audit {

void registerMigrations()
{
    // After security's accounts and the roster's sealed member table, as version 3 was
    // released; security's step writes the log's first entry.
    storage::Schema::add({ .version = 3,
        .part = 3,
        .domain = "audit",
        .description = "the audit log",
        .sql = AuditSchemaSql });
}

}  // namespace redgrid::audit
