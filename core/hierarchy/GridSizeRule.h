#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redgrid::settings {
class SettingStore;
}

namespace redgrid::hierarchy {

// "城市社区综合网格原则上按照300-500户为标准划分" (domain-rules.md 3.2): a local rule, so the
// range is a setting of the database (grid.households.min/max), 300-500 by default.
struct HouseholdRange
{
    int minimum = 300;
    int maximum = 500;
};

class GridSizeRule
{
    Q_DECLARE_TR_FUNCTIONS(GridSizeRule)

public:
    static HouseholdRange range(settings::SettingStore& settings);
    // Why a grid whose buildings hold `households` is outside the range; nothing if inside.
    static std::optional<QString> warning(qint64 households, const HouseholdRange& range);
};

}  // namespace redgrid::hierarchy
