#include "MeetingSchema.h"

#include "storage/Schema.h"

namespace redgrid::meetings {

void registerMigrations()
{
    storage::Schema::add({ .version = 13,
        .domain = "meetings",
        .description = "meetings of organisational life and their attendance",
        .sql = MeetingTablesV13 });
}

}  // namespace redgrid::meetings
