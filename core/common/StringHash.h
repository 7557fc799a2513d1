#pragma once

#include <QString>

#include <cstddef>

namespace redgrid {

// A hash for short strings looked up in bulk (code labels): FNV-1a over the UTF-16 units.
// Qt's seeded string hash cost more than the rest of such a lookup (measured: 2 s of a
// 1,000,000-row import in the code tables). It is not seeded: use it where the keys are
// bounded or the program's own, not for tables that untrusted input can grow without limit.
struct StringHash
{
    std::size_t operator()(QStringView text) const noexcept
    {
        std::size_t hash = 14695981039346656037ULL;
        for (const QChar c : text) {
            hash ^= c.unicode();
            hash *= 1099511628211ULL;
        }
        return hash;
    }
    std::size_t operator()(const QString& text) const noexcept { return (*this)(QStringView(text)); }
};

}  // namespace redgrid
