#include "DemoRandom.h"

namespace redgrid::demo {
namespace {

std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

}  // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    for (auto& word : m_state)
        word = splitmix64(seed);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
    // Rejection sampling: drop the top values that would make some results likelier.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return low + static_cast<int>(value % span);
}

bool DemoRandom::chance(double probability)
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53 < probability;
}

DemoRandom DemoRandom::fork(std::uint64_t salt)
{
    return DemoRandom(next() ^ (salt * 0x9E3779B97F4A7C15ULL));
}

}  // namespace redgrid::demo
