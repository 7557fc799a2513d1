#include "UiModules.h"

#include "ui/assessment/AssessmentFeature.h"
#include "ui/audit/AuditFeature.h"
#include "ui/hierarchy/HierarchyFeature.h"
#include "ui/organisation/ChecksFeature.h"
#include "ui/roster/MembersFeature.h"

namespace redgrid::ui {

QList<Feature*> createUiFeatures(QObject* parent)
{
    return {
        new HierarchyFeature(parent),  // the first tab: start-up shows (and measures) its tree
        new MembersFeature(parent),
        new ChecksFeature(parent),
        new AssessmentFeature(parent),
        new AuditFeature(parent),
    };
}

}  // namespace redgrid::ui
