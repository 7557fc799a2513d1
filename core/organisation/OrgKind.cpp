#include "OrgKind.h"

namespace redgrid::organisation {

QList<OrgKind> allOrgKinds()
{
    return { OrgKind::Committee, OrgKind::WorkingCommittee, OrgKind::GeneralBranch, OrgKind::Branch,
        OrgKind::JointBranch, OrgKind::FunctionalBranch, OrgKind::TemporaryBranch, OrgKind::Group };
}

QString orgKindKey(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Committee:
        return QStringLiteral("committee");
    case OrgKind::WorkingCommittee:
        return QStringLiteral("working_committee");
    case OrgKind::GeneralBranch:
        return QStringLiteral("general_branch");
    case OrgKind::Branch:
        return QStringLiteral("branch");
    case OrgKind::JointBranch:
        return QStringLiteral("joint_branch");
    case OrgKind::FunctionalBranch:
        return QStringLiteral("functional_branch");
    case OrgKind::TemporaryBranch:
        return QStringLiteral("temporary_branch");
    case OrgKind::Group:
        return QStringLiteral("group");
    }
    return {};
}

std::optional<OrgKind> orgKindFromKey(QStringView key)
{
    for (OrgKind kind : allOrgKinds())
        if (orgKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

bool isBranch(OrgKind kind)
{
    return kind == OrgKind::Branch || kind == OrgKind::JointBranch || kind == OrgKind::FunctionalBranch
        || kind == OrgKind::TemporaryBranch;
}

bool mayContain(OrgKind parent, OrgKind child)
{
    switch (parent) {
    case OrgKind::Committee:
    case OrgKind::WorkingCommittee:
        return child != OrgKind::Group;
    case OrgKind::GeneralBranch:
        return isBranch(child);
    case OrgKind::Group:
        return false;
    default:  // a branch holds only its 党小组
        return child == OrgKind::Group;
    }
}

OrgKind orgKindForName(QStringView name)
{
    // The most particular words first: 联合党支部 is a 党支部, 党总支 is no 党支部.
    static const std::pair<const char16_t*, OrgKind> words[]
        = { { u"党小组", OrgKind::Group }, { u"联合", OrgKind::JointBranch },
              { u"功能型", OrgKind::FunctionalBranch }, { u"临时", OrgKind::TemporaryBranch },
              { u"总支", OrgKind::GeneralBranch }, { u"支部", OrgKind::Branch },
              { u"党工委", OrgKind::WorkingCommittee }, { u"工作委员会", OrgKind::WorkingCommittee },
              { u"党委", OrgKind::Committee }, { u"委员会", OrgKind::Committee } };
    for (const auto& [word, kind] : words)
        if (name.contains(QStringView(word)))
            return kind;
    return OrgKind::Branch;
}

QString OrgLabels::kind(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Committee:
        return tr("Party committee");
    case OrgKind::WorkingCommittee:
        return tr("Party working committee");
    case OrgKind::GeneralBranch:
        return tr("General party branch");
    case OrgKind::Branch:
        return tr("Party branch");
    case OrgKind::JointBranch:
        return tr("Joint party branch");
    case OrgKind::FunctionalBranch:
        return tr("Functional party branch");
    case OrgKind::TemporaryBranch:
        return tr("Temporary party branch");
    case OrgKind::Group:
        return tr("Party group");
    }
    return {};
}

std::optional<OrgKind> OrgLabels::kindFromLabel(const QString& label)
{
    const QString text = label.trimmed();
    for (OrgKind kind : allOrgKinds())
        if (text == OrgLabels::kind(kind) || text == orgKindKey(kind))
            return kind;
    // The Chinese names, whatever the interface language.
    static const std::pair<const char16_t*, OrgKind> chinese[]
        = { { u"党委", OrgKind::Committee }, { u"党工委", OrgKind::WorkingCommittee },
              { u"党总支", OrgKind::GeneralBranch }, { u"党支部", OrgKind::Branch },
              { u"联合党支部", OrgKind::JointBranch }, { u"功能型党支部", OrgKind::FunctionalBranch },
              { u"临时党支部", OrgKind::TemporaryBranch }, { u"党小组", OrgKind::Group } };
    for (const auto& [name, kind] : chinese)
        if (text == QStringView(name))
            return kind;
    return std::nullopt;
}

}  // namespace redgrid::organisation
