#pragma once

#include "AssessmentTarget.h"
#include "Period.h"
#include "ScoreSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// Where a computed indicator's count comes from: RedGrid's own records, through a source
// that a module registers under a key (DataSourceKeys). The roster and the organisations
// register theirs here; organisational life, requests, visits and dues add theirs later
// through the same registry, without the assessment knowing their tables.
struct DataSource
{
    QString key;
    std::function<QString()> label;  // what is counted, translated: "grids covered by a party organisation"
    // The count for one target. The caller has checked that the target lies in the signed-in
    // account's area; the source counts inside the target (its subtree, or the branch and the
    // organisations below it) whatever the account's area, as of `period` (the records as they
    // stand today for a current period). Nothing: the source does not apply to this kind of target.
    std::function<std::optional<ComputedValue>(
        storage::Connection& db, const AssessmentTarget& target, const Period& period)>
        count;
};

class DataSources
{
    Q_DECLARE_TR_FUNCTIONS(DataSources)

public:
    // Adds or replaces the source under its key. Modules call this once at start-up
    // (registerCoreModules); not thread-safe against concurrent lookups.
    static void add(DataSource source);
    static const DataSource* find(const QString& key);
    static QList<QString> keys();  // sorted

    // The counts of every computed indicator of `table` for `target`, by indicator key. A
    // source that is missing or does not apply gives 0 of 0 with `what` saying so: like any
    // 0 of 0 (nothing to find) the sheet gives the indicator its full points, and its reason
    // says why, for the assessor to review.
    static QHash<QString, ComputedValue> countAll(storage::Connection& db, const AssessmentTemplate& table,
        const AssessmentTarget& target, const Period& period);
};

}  // namespace redgrid::assessment
