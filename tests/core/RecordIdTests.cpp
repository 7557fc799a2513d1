#include "common/RecordId.h"

#include <QDateTime>
#include <QSet>

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using redgrid::RecordId;

TEST_CASE("RecordId: generated ids are UUIDv7, distinct and round-trip", "[core][id]")
{
    QSet<RecordId> seen;
    for (int i = 0; i < 10000; ++i) {
        const RecordId id = RecordId::generate();
        REQUIRE_FALSE(id.isNull());
        REQUIRE((id.data()[6] >> 4) == 7);  // version nibble
        REQUIRE((id.data()[8] & 0xC0) == 0x80);  // variant bits
        seen.insert(id);
    }
    CHECK(seen.size() == 10000);

    const RecordId id = RecordId::generate();
    CHECK(RecordId::fromBytes(id.toBytes()) == id);
    CHECK(RecordId::fromString(id.toString()) == id);
    CHECK(id.toString().size() == 36);
}

TEST_CASE("RecordId: ids made later sort after earlier ones (time prefix)", "[core][id]")
{
    const RecordId first = RecordId::generate();
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    while (QDateTime::currentMSecsSinceEpoch() < start + 2) { }
    const RecordId second = RecordId::generate();
    CHECK(first < second);
}

TEST_CASE("RecordId: malformed text and wrong sizes give the null id", "[core][id]")
{
    CHECK(RecordId::fromString(u"not-a-uuid").isNull());
    CHECK(RecordId::fromString(u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4g5h").isNull());  // g, h are not hex
    CHECK(RecordId::fromBytes(QByteArray(15, 'x')).isNull());
    CHECK(RecordId().isNull());
    CHECK_FALSE(RecordId::fromString(u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b").isNull());
}

TEST_CASE("RecordId: ids made on several threads at once are distinct", "[core][id]")
{
    // Each thread draws from its own block of random bytes.
    constexpr int PerThread = 5000;
    std::vector<std::vector<RecordId>> made(4);
    std::vector<std::thread> threads;
    for (auto& ids : made)
        threads.emplace_back([&ids] {
            for (int i = 0; i < PerThread; ++i)
                ids.push_back(RecordId::generate());
        });
    for (auto& t : threads)
        t.join();
    QSet<RecordId> seen;
    for (const auto& ids : made)
        for (const RecordId& id : ids)
            seen.insert(id);
    CHECK(seen.size() == 4 * PerThread);
}
