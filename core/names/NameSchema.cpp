#include "NameSchema.h"

#include "storage/Schema.h"

namespace redgrid::names {

void registerMigrations()
{
    storage::Schema::add({ .version = 2,
        .part = 4,
        .domain = "names",
        .description = "the readings of names the user adds",
        .sql = NameReadingTableV2 });
}

}  // namespace redgrid::names
