#include "AssessmentLabels.h"

#include "assessment/DataSource.h"
#include "assessment/DataSourceKeys.h"

namespace redgrid::ui {

using namespace assessment;

QString AssessmentLabels::method(ScoringMethod method)
{
    switch (method) {
    case ScoringMethod::Sum:
        return tr("Sum of its items");
    case ScoringMethod::Manual:
        return tr("Entered");
    case ScoringMethod::Deductions:
        return tr("Deductions");
    case ScoringMethod::Computed:
        return tr("Computed");
    }
    return {};
}

QString AssessmentLabels::kind(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Regular:
        return tr("Regular");
    case IndicatorKind::Bonus:
        return tr("Bonus");
    case IndicatorKind::Penalty:
        return tr("Penalty");
    }
    return {};
}

QString AssessmentLabels::target(TargetKind target)
{
    return target == TargetKind::Community ? tr("Communities") : tr("Party branches");
}

QString AssessmentLabels::source(const QString& key)
{
    if (const DataSource* found = DataSources::find(key); found && found->label)
        return found->label();
    return key;
}

QStringList AssessmentLabels::sourceKeys()
{
    QStringList keys = DataSources::keys();
    // Until every module has registered its source, a template may still name the known keys.
    for (const QString& known : { DataSourceKeys::GridsCovered, DataSourceKeys::BranchesWellFormed,
             DataSourceKeys::TermsCurrent, DataSourceKeys::DualRegistered, DataSourceKeys::MembersComplete,
             DataSourceKeys::LostContactFound, DataSourceKeys::MobileInContact })
        if (!keys.contains(known))
            keys.append(known);
    keys.sort();
    return keys;
}

}  // namespace redgrid::ui
