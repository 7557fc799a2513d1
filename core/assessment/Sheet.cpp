#include "Sheet.h"

namespace redgrid::assessment {

SheetResult Sheet::selfResult() const
{
    return table.table ? ScoreSheet::compute(*table.table, self) : SheetResult();
}

SheetResult Sheet::reviewResult() const
{
    return table.table ? ScoreSheet::compute(*table.table, review) : SheetResult();
}

SheetResult Sheet::result() const
{
    return hasReview ? reviewResult() : selfResult();
}

}  // namespace redgrid::assessment
