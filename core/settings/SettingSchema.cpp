#include "SettingSchema.h"

#include "storage/Schema.h"

namespace redgrid::settings {

void registerMigrations()
{
    storage::Schema::add({ .version = 1,
        .part = 1,
        .domain = "settings",
        .description = "per-database settings",
        .sql = SettingTablesV1 });
}

}  // namespace redgrid::settings
