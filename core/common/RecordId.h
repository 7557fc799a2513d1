#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>

namespace redgrid {

// The primary key of every record: 128 bits, unique across installations so that the
// databases of many offices can be merged (SQLite's session extension keys rows by it).
// Layout follows UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random
// bits. The time prefix keeps inserts of a batch close together in the B-tree.
class RecordId
{
public:
    static constexpr int Size = 16;

    RecordId() = default;  // the null id
    static RecordId generate();
    static RecordId fromBytes(const QByteArray& bytes);  // null if not exactly 16 bytes
    static RecordId fromString(QStringView text);  // accepts the canonical UUID form; null if malformed

    bool isNull() const;
    QByteArray toBytes() const;
    QString toString() const;  // canonical 8-4-4-4-12 lower-case hex

    const std::uint8_t* data() const { return m_bytes.data(); }

    friend auto operator<=>(const RecordId&, const RecordId&) = default;

private:
    std::array<std::uint8_t, Size> m_bytes {};
};

inline size_t qHash(const RecordId& id, size_t seed = 0)
{
    return qHashBits(id.data(), RecordId::Size, seed);
}

}  // namespace redgrid
