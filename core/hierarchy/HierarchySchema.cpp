#include "HierarchySchema.h"

#include "names/NameReadings.h"
#include "names/UserReadings.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

namespace redgrid::hierarchy {
namespace {

// Migration 2: the pinyin search spellings of the names already in the hierarchy.
void spellHierarchyNames(storage::Connection& db, const storage::Upgrade&)
{
    const auto readings = names::loadReadings(db);
    auto read = db.prepare("SELECT id, name FROM hierarchy_node WHERE spell = ''");
    auto write = db.prepare("UPDATE hierarchy_node SET spell = ? WHERE id = ?");
    while (read.step()) {
        write.bindAll(names::searchSpell(*readings, read.text(1), names::NameKind::Place), read.id(0));
        write.run();
    }
}

}  // namespace

void registerMigrations()
{
    storage::Schema::add({ .version = 1,
        .part = 2,
        .domain = "hierarchy",
        .description = "the administrative hierarchy",
        .sql = HierarchyTablesV1 });
    storage::Schema::add({ .version = 2,
        .part = 1,
        .domain = "hierarchy",
        .description = "the pinyin search spellings of hierarchy names",
        .sql = HierarchySpellV2,
        .step = spellHierarchyNames });
}

}  // namespace redgrid::hierarchy
