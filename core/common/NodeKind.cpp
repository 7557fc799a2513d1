#include "NodeKind.h"

#include <array>

namespace redgrid::hierarchy {
namespace {

struct KindInfo
{
    NodeKind kind;
    NodeLevel level;
    const char* key;
};

constexpr std::array kinds {
    KindInfo { NodeKind::District, NodeLevel::District, "district" },
    KindInfo { NodeKind::County, NodeLevel::District, "county" },
    KindInfo { NodeKind::Street, NodeLevel::Street, "street" },
    KindInfo { NodeKind::Town, NodeLevel::Street, "town" },
    KindInfo { NodeKind::Township, NodeLevel::Street, "township" },
    KindInfo { NodeKind::Community, NodeLevel::Community, "community" },
    KindInfo { NodeKind::Village, NodeLevel::Community, "village" },
    KindInfo { NodeKind::Grid, NodeLevel::Grid, "grid" },
    KindInfo { NodeKind::DedicatedGrid, NodeLevel::Grid, "dedicated_grid" },
    KindInfo { NodeKind::Building, NodeLevel::Building, "building" },
    KindInfo { NodeKind::Courtyard, NodeLevel::Building, "courtyard" },
};

constexpr bool tableFollowsEnumOrder()
{
    for (size_t i = 0; i < kinds.size(); ++i) {
        if (static_cast<size_t>(kinds[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(tableFollowsEnumOrder(), "infoOf() indexes the table by the enum value");

const KindInfo& infoOf(NodeKind kind)
{
    return kinds[static_cast<size_t>(kind)];
}

}  // namespace

NodeLevel levelOf(NodeKind kind)
{
    return infoOf(kind).level;
}

QList<NodeKind> kindsOf(NodeLevel level)
{
    QList<NodeKind> result;
    for (const KindInfo& info : kinds) {
        if (info.level == level)
            result.append(info.kind);
    }
    return result;
}

NodeKind defaultKind(NodeLevel level)
{
    return kindsOf(level).constFirst();
}

std::optional<NodeLevel> childLevel(NodeLevel level)
{
    if (level == NodeLevel::Building)
        return std::nullopt;
    return static_cast<NodeLevel>(static_cast<int>(level) + 1);
}

QString kindKey(NodeKind kind)
{
    return QString::fromLatin1(infoOf(kind).key);
}

std::optional<NodeKind> kindFromKey(QStringView key)
{
    for (const KindInfo& info : kinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString NodeLabels::kind(NodeKind kind)
{
    switch (kind) {
    case NodeKind::District:
        return tr("District");
    case NodeKind::County:
        return tr("County");
    case NodeKind::Street:
        return tr("Street");
    case NodeKind::Town:
        return tr("Town");
    case NodeKind::Township:
        return tr("Township");
    case NodeKind::Community:
        return tr("Community");
    case NodeKind::Village:
        return tr("Village");
    case NodeKind::Grid:
        return tr("Comprehensive grid");
    case NodeKind::DedicatedGrid:
        return tr("Dedicated grid");
    case NodeKind::Building:
        return tr("Building");
    case NodeKind::Courtyard:
        return tr("Courtyard");
    }
    return {};
}

QString NodeLabels::level(NodeLevel level)
{
    switch (level) {
    case NodeLevel::District:
        return tr("District/county");
    case NodeLevel::Street:
        return tr("Street/town");
    case NodeLevel::Community:
        return tr("Community/village");
    case NodeLevel::Grid:
        return tr("Grid");
    case NodeLevel::Building:
        return tr("Building/courtyard");
    }
    return {};
}

QString NodeLabels::levelPlural(NodeLevel level)
{
    switch (level) {
    case NodeLevel::District:
        return tr("districts");
    case NodeLevel::Street:
        return tr("streets/towns");
    case NodeLevel::Community:
        return tr("communities/villages");
    case NodeLevel::Grid:
        return tr("grids");
    case NodeLevel::Building:
        return tr("buildings");
    }
    return {};
}

}  // namespace redgrid::hierarchy
