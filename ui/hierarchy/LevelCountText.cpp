#include "LevelCountText.h"

#include <QLocale>
#include <QStringList>

namespace redgrid::ui {

using hierarchy::NodeLevel;

QString LevelCountText::describeOne(qint64 count, NodeLevel level)
{
    return tr("%1 %2", "a count and a level, e.g. 31 grids")
        .arg(QLocale().toString(count), hierarchy::NodeLabels::levelPlural(level));
}

QString LevelCountText::describe(const hierarchy::LevelCounts& counts, const QString& empty, Layout layout)
{
    QStringList parts;
    for (int level = static_cast<int>(NodeLevel::District); level <= static_cast<int>(NodeLevel::Building);
         ++level) {
        const auto typed = static_cast<NodeLevel>(level);
        if (counts[typed] > 0)
            parts.append(describeOne(counts[typed], typed));
    }
    if (parts.isEmpty())
        return empty;
    return parts.join(
        layout == Layout::OneLine ? tr(", ", "between the counts of levels") : QStringLiteral("\n"));
}

}  // namespace redgrid::ui
