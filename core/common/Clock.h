#pragma once

#include <QDateTime>

namespace redgrid {

// Timestamps are stored as milliseconds since the Unix epoch, UTC.
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace redgrid
