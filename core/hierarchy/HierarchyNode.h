#pragma once

#include "common/NodeKind.h"
#include "common/RecordId.h"

#include <QString>

#include <array>
#include <optional>

namespace redgrid::hierarchy {

// One row of hierarchy_node: a district, street, community, grid or building.
struct HierarchyNode
{
    RecordId id;
    RecordId parentId;  // null for the district at the root
    NodeLevel level = NodeLevel::District;
    NodeKind kind = NodeKind::District;
    QString name;
    QString code;
    int sortOrder = 0;
    std::optional<int> households;  // buildings only; higher levels sum their buildings
    QString remarks;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    int childCount = 0;  // filled in by listings
};

// Number of nodes per level, index 0 = districts … 4 = buildings.
struct LevelCounts
{
    std::array<qint64, LevelCount> perLevel {};

    qint64& operator[](NodeLevel level) { return perLevel[static_cast<size_t>(level) - 1]; }
    qint64 operator[](NodeLevel level) const { return perLevel[static_cast<size_t>(level) - 1]; }
    qint64 total() const;
};

}  // namespace redgrid::hierarchy
