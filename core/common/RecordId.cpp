#include "RecordId.h"

#include <QDateTime>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace redgrid {

namespace {

// The random part of new ids, from a block of the system generator's output: one system
// call per id cost an import of a million members a second. The block comes from libsodium
// (the kernel's generator), not QRandomGenerator::system(), which asks the CPU (RDRAND) once
// per 4 bytes: on some processors that alone was 3 % of an import.
void takeRandomBytes(std::uint8_t* out, std::size_t count)
{
    constexpr std::size_t BlockBytes = 1024;
    thread_local std::array<std::uint8_t, BlockBytes> block {};
    thread_local std::size_t used = BlockBytes;
    if (used + count > BlockBytes) {
        [[maybe_unused]] static const int initialised = sodium_init();  // idempotent, thread-safe
        randombytes_buf(block.data(), block.size());
        used = 0;
    }
    std::memcpy(out, block.data() + used, count);
    used += count;
}

}  // namespace

RecordId RecordId::generate()
{
    RecordId id;
    const auto millis = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        id.m_bytes[static_cast<size_t>(i)] = static_cast<std::uint8_t>(millis >> (8 * (5 - i)));
    takeRandomBytes(id.m_bytes.data() + 6, 10);
    id.m_bytes[6] = static_cast<std::uint8_t>((id.m_bytes[6] & 0x0F) | 0x70);  // version 7
    id.m_bytes[8] = static_cast<std::uint8_t>((id.m_bytes[8] & 0x3F) | 0x80);  // RFC 9562 variant
    return id;
}

RecordId RecordId::fromBytes(const QByteArray& bytes)
{
    RecordId id;
    if (bytes.size() == Size)
        std::memcpy(id.m_bytes.data(), bytes.constData(), Size);
    return id;
}

RecordId RecordId::fromString(QStringView text)
{
    QString hex = text.trimmed().toString();
    hex.remove(QLatin1Char('-'));
    if (hex.size() != 2 * Size)
        return {};
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    // fromHex silently skips bad characters, so re-encode and compare to reject them.
    if (bytes.size() != Size || QString::fromLatin1(bytes.toHex()).compare(hex, Qt::CaseInsensitive) != 0)
        return {};
    return fromBytes(bytes);
}

bool RecordId::isNull() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

QByteArray RecordId::toBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), Size);
}

QString RecordId::toString() const
{
    const QString hex = QString::fromLatin1(toBytes().toHex());
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

}  // namespace redgrid
