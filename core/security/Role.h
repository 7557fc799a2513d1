#pragma once

#include "common/NodeKind.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace redgrid::security {

// What an account is for. The scope (a subtree of the hierarchy) says where.
enum class Role {
    DistrictAdmin,  // 区级管理员
    StreetAdmin,  // 街道管理员
    CommunitySecretary,  // 社区书记
    GridWorker,  // 网格员: residents and requests of their grids only
    Auditor,  // 审计员: reads the audit log only
};

// What a role may do; the scope check comes on top (Access).
enum class Permission {
    ReadHierarchy,
    EditHierarchy,
    ReadOrganisations,
    EditOrganisations,
    ReadRoster,
    EditRoster,
    ImportRoster,
    ExportRoster,
    ViewUnmasked,  // ID numbers and phones in full, on screen, in prints and exports
    PrintReports,
    ManageAccounts,
    ReadAudit,
    EditSettings,
    ReadAssessment,  // score sheets, rankings and assessment reports of the area
    ScoreAssessment,  // score, submit, review and confirm sheets (what, by role: SheetWorkflow)
    ManageTemplates,  // edit, copy and choose the indicator templates in use
    ImportTemplates,  // take in a template file handed down by the street or district
    ReadMeetings,  // organisational life: meetings, attendance, ledgers, compliance
    RecordMeetings,  // record, correct and remove meetings and their attendance
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString code(Role role);  // stored in account.role
    static std::optional<Role> fromCode(QStringView code);
    static QString label(Role role);  // 区级管理员 …
    static QString permissionLabel(Permission permission);
    static bool allows(Role role, Permission permission);
    // An administrator hands out only roles at or below their own.
    static bool mayGrant(Role administrator, Role granted);
    // The levels of the hierarchy an account's area may be at: a 社区书记's is a community, a
    // 网格员's a grid or the community whose grids they serve.
    static QSet<hierarchy::NodeLevel> areaLevels(Role role);
    // Those levels for a message, top down: "社区/村 or 网格" (translated).
    static QString areaLevelsText(Role role);
    // Whether an account may have no area, i.e. the whole database: a 区级管理员, and an
    // 审计员, who reads only the audit log.
    static bool mayHaveNoArea(Role role);
    static QList<Role> all();
};

}  // namespace redgrid::security
