#include "CoreModules.h"

#include "assessment/AssessmentAuditWords.h"
#include "assessment/AssessmentSchema.h"
#include "assessment/AssessmentSources.h"
#include "audit/AuditSchema.h"
#include "hierarchy/HierarchyAuditWords.h"
#include "hierarchy/HierarchySchema.h"
#include "meetings/MeetingAuditWords.h"
#include "meetings/MeetingSchema.h"
#include "meetings/MeetingsDue.h"
#include "names/NameSchema.h"
#include "organisation/OrgAuditWords.h"
#include "organisation/OrgSchema.h"
#include "roster/MemberWords.h"
#include "roster/RosterSchema.h"
#include "security/SecurityAuditWords.h"
#include "security/SecuritySchema.h"
#include "settings/SettingSchema.h"

#include <mutex>

namespace redgrid {

void registerCoreModules()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The tables each domain owns: storage runs the migrations by version (and, within
        // the versions several domains share, by part), whatever the order of these lines.
        settings::registerMigrations();
        hierarchy::registerMigrations();
        names::registerMigrations();
        organisation::registerMigrations();
        roster::registerMigrations();
        security::registerMigrations();
        audit::registerMigrations();
        assessment::registerMigrations();
        meetings::registerMigrations();

        assessment::registerAuditWords();
        hierarchy::registerAuditWords();
        meetings::registerAuditWords();
        organisation::registerAuditWords();
        roster::MemberWords::registerAuditWords();
        security::registerAuditWords();

        assessment::registerDataSources();
        meetings::registerDueRules();
    });
}

}  // namespace redgrid
