#include "Error.h"

namespace redgrid {

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (row > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(row).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

}  // namespace redgrid
