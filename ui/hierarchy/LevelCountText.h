#pragma once

#include "hierarchy/HierarchyNode.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::ui {

// Counts per level as people read them: "2 communities/villages, 31 grids, 612 buildings".
class LevelCountText
{
    Q_DECLARE_TR_FUNCTIONS(LevelCountText)

public:
    enum class Layout { OneLine, LinePerLevel };

    // Levels with no nodes are left out; `empty` is returned when all are zero.
    static QString describe(
        const hierarchy::LevelCounts& counts, const QString& empty = {}, Layout layout = Layout::OneLine);
    // One level: "31 grids".
    static QString describeOne(qint64 count, hierarchy::NodeLevel level);
};

}  // namespace redgrid::ui
