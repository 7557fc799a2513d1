#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace redgrid::demo {

// A seeded random source that gives the same sequence on every platform and compiler
// (xoshiro256** seeded through splitmix64). std::uniform_*_distribution is not used:
// its output is implementation-defined, and the demo must not change between builds.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed);

    std::uint64_t next();
    int between(int low, int high);  // uniform in [low, high], both included
    bool chance(double probability);
    template<class T>
    const T& pick(const QList<T>& items)
    {
        return items[between(0, static_cast<int>(items.size()) - 1)];
    }
    QString pick(const QStringList& items) { return items[between(0, static_cast<int>(items.size()) - 1)]; }

    // An independent stream for a part of the demo, so adding draws in one module does not
    // shift what another module makes from the same seed.
    DemoRandom fork(std::uint64_t salt);

private:
    std::uint64_t m_state[4];
};

}  // namespace redgrid::demo
