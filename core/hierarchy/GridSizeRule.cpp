#include "GridSizeRule.h"

#include "settings/SettingStore.h"

#include <QLocale>

namespace redgrid::hierarchy {

HouseholdRange GridSizeRule::range(settings::SettingStore& settings)
{
    const HouseholdRange defaults;
    return { settings.intValue(settings::SettingKey::GridMinHouseholds, defaults.minimum),
        settings.intValue(settings::SettingKey::GridMaxHouseholds, defaults.maximum) };
}

std::optional<QString> GridSizeRule::warning(qint64 households, const HouseholdRange& range)
{
    if (households >= range.minimum && households <= range.maximum)
        return std::nullopt;
    const QLocale locale;
    return tr("%1 households: outside this office's range for a grid (%2–%3)")
        .arg(locale.toString(households), locale.toString(range.minimum), locale.toString(range.maximum));
}

}  // namespace redgrid::hierarchy
