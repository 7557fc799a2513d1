#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::organisation {

// The kinds of party organisation. The keys are stored in party_org.kind.
enum class OrgKind {
    Committee,  // 党委 (基层党委, 社区党委)
    WorkingCommittee,  // 党工委
    GeneralBranch,  // 党总支
    Branch,  // 党支部
    JointBranch,  // 联合党支部 (fewer than 3 full members per unit)
    FunctionalBranch,  // 功能型党支部
    TemporaryBranch,  // 临时党支部
    Group,  // 党小组 (inside a branch)
};

QList<OrgKind> allOrgKinds();
QString orgKindKey(OrgKind kind);
std::optional<OrgKind> orgKindFromKey(QStringView key);
// A 支部 of any sort: the unit the 支部工作条例 counts members in.
bool isBranch(OrgKind kind);
// What may sit directly below an organisation of this kind.
bool mayContain(OrgKind parent, OrgKind child);
// The kind a full name says (中共…联合支部委员会, …党总支, …党小组); a branch when it says none.
OrgKind orgKindForName(QStringView name);

class OrgLabels
{
    Q_DECLARE_TR_FUNCTIONS(OrgLabels)

public:
    static QString kind(OrgKind kind);  // 党支部 …
    static std::optional<OrgKind> kindFromLabel(const QString& label);  // 党支部 or the key
};

}  // namespace redgrid::organisation
