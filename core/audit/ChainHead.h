#pragma once

#include <QByteArray>

namespace redgrid::audit {

// The newest sealed entry of a chain: its seq and MAC. Remembered outside the database
// (ChainHeadStore), it shows whether entries were cut off the end of the log since.
struct ChainHead
{
    qint64 seq = 0;
    QByteArray mac;

    friend bool operator==(const ChainHead&, const ChainHead&) = default;
};

}  // namespace redgrid::audit
