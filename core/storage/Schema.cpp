#include "Schema.h"

namespace redgrid::storage {

MigrationList& Schema::migrations()
{
    static MigrationList list;  // filled once at start-up, read only afterwards
    return list;
}

}  // namespace redgrid::storage
