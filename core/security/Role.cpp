#include "Role.h"

#include <QList>

namespace redgrid::security {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::DistrictAdmin:
        return QStringLiteral("district_admin");
    case Role::StreetAdmin:
        return QStringLiteral("street_admin");
    case Role::CommunitySecretary:
        return QStringLiteral("community_secretary");
    case Role::GridWorker:
        return QStringLiteral("grid_worker");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromCode(QStringView code)
{
    for (Role role : all())
        if (Roles::code(role) == code)
            return role;
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::DistrictAdmin:
        return tr("District administrator");
    case Role::StreetAdmin:
        return tr("Street administrator");
    case Role::CommunitySecretary:
        return tr("Community secretary");
    case Role::GridWorker:
        return tr("Grid worker");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

QString Roles::permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::ReadHierarchy:
        return tr("read the hierarchy");
    case Permission::EditHierarchy:
        return tr("change the hierarchy");
    case Permission::ReadOrganisations:
        return tr("read party organisations");
    case Permission::EditOrganisations:
        return tr("change party organisations");
    case Permission::ReadRoster:
        return tr("read the member roster");
    case Permission::EditRoster:
        return tr("change the member roster");
    case Permission::ImportRoster:
        return tr("import members");
    case Permission::ExportRoster:
        return tr("export members");
    case Permission::ViewUnmasked:
        return tr("see full ID numbers and phones");
    case Permission::PrintReports:
        return tr("print reports");
    case Permission::ManageAccounts:
        return tr("manage accounts");
    case Permission::ReadAudit:
        return tr("read the audit log");
    case Permission::EditSettings:
        return tr("change settings");
    case Permission::ReadAssessment:
        return tr("read assessment scores");
    case Permission::ReadMeetings:
        return tr("read meetings and their ledgers");
    case Permission::RecordMeetings:
        return tr("record meetings");
    case Permission::ScoreAssessment:
        return tr("score assessment sheets");
    case Permission::ManageTemplates:
        return tr("manage assessment templates");
    case Permission::ImportTemplates:
        return tr("import assessment templates");
    }
    return {};
}

bool Roles::allows(Role role, Permission permission)
{
    switch (role) {
    case Role::DistrictAdmin:
    case Role::StreetAdmin:
        return true;
    case Role::CommunitySecretary:
        // Templates are the district's and the street's (issue 23 §2); a secretary takes in
        // the one the street hands down.
        return permission != Permission::ManageAccounts && permission != Permission::ReadAudit
            && permission != Permission::EditSettings && permission != Permission::ManageTemplates;
    case Role::GridWorker:
        // Residents and requests come with the grid-work issue; until then a grid worker
        // sees where their grids are, and no party-member data.
        return permission == Permission::ReadHierarchy;
    case Role::Auditor:
        return permission == Permission::ReadAudit;
    }
    return false;
}

bool Roles::mayGrant(Role administrator, Role granted)
{
    if (!allows(administrator, Permission::ManageAccounts))
        return false;
    // The enum lists roles from the broadest down; an auditor may be named by any administrator.
    return administrator == Role::DistrictAdmin || granted != Role::DistrictAdmin;
}

QSet<hierarchy::NodeLevel> Roles::areaLevels(Role role)
{
    using hierarchy::NodeLevel;
    switch (role) {
    case Role::DistrictAdmin:
        return { NodeLevel::District };
    case Role::StreetAdmin:
        return { NodeLevel::Street };
    case Role::CommunitySecretary:
        return { NodeLevel::Community };
    case Role::GridWorker:
        return { NodeLevel::Community, NodeLevel::Grid };
    case Role::Auditor:
        return { NodeLevel::District, NodeLevel::Street, NodeLevel::Community };
    }
    return {};
}

QString Roles::areaLevelsText(Role role)
{
    const QSet<hierarchy::NodeLevel> levels = areaLevels(role);
    QStringList names;
    for (int level = 1; level <= hierarchy::LevelCount; ++level)
        if (levels.contains(hierarchy::NodeLevel(level)))
            names << hierarchy::NodeLabels::level(hierarchy::NodeLevel(level));
    return names.join(tr(" or "));
}

bool Roles::mayHaveNoArea(Role role)
{
    return role == Role::DistrictAdmin || role == Role::Auditor;
}

QList<Role> Roles::all()
{
    return { Role::DistrictAdmin, Role::StreetAdmin, Role::CommunitySecretary, Role::GridWorker,
        Role::Auditor };
}

}  // namespace redgrid::security
