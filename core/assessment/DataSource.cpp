#include "DataSource.h"

#include <QHash>

#include <algorithm>

namespace redgrid::assessment {

namespace {
QHash<QString, DataSource>& registry()
{
    static QHash<QString, DataSource> sources;
    return sources;
}
}  // namespace

void DataSources::add(DataSource source)
{
    const QString key = source.key;
    registry().insert(key, std::move(source));
}

const DataSource* DataSources::find(const QString& key)
{
    const auto it = registry().constFind(key);
    return it == registry().constEnd() ? nullptr : &it.value();
}

QList<QString> DataSources::keys()
{
    QList<QString> keys = registry().keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QHash<QString, ComputedValue> DataSources::countAll(storage::Connection& db, const AssessmentTemplate& table,
    const AssessmentTarget& target, const Period& period)
{
    QHash<QString, ComputedValue> counts;
    for (const auto& [indicator, depth] : table.flatten()) {
        Q_UNUSED(depth)
        if (indicator->method != ScoringMethod::Computed)
            continue;
        const DataSource* source = find(indicator->source);
        std::optional<ComputedValue> value;
        if (source)
            value = source->count(db, target, period);
        if (!value) {
            ComputedValue none;
            none.what = source ? tr("%1: not counted for this kind of target").arg(source->label())
                               : tr("data source %1 is not available in this RedGrid").arg(indicator->source);
            value = none;
        }
        counts.insert(indicator->key, *value);
    }
    return counts;
}

}  // namespace redgrid::assessment
