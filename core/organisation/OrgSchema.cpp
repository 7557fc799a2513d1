#include "OrgSchema.h"

#include "storage/Schema.h"

namespace redgrid::organisation {

void registerMigrations()
{
    storage::Schema::add({ .version = 2,
        .part = 2,
        .domain = "organisation",
        .description = "party organisations and the nodes they cover",
        .sql = OrgTablesV2 });
}

}  // namespace redgrid::organisation
