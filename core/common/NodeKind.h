#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The hierarchy's vocabulary, kept in common/ because security lies below the hierarchy and
// names these levels too (the levels a role's area may lie at, security::Roles::areaLevels).
namespace redgrid::hierarchy {

// The five levels of the administrative hierarchy, top down. The values are stored.
enum class NodeLevel {
    District = 1,  // 区/县
    Street = 2,  // 街道/镇/乡
    Community = 3,  // 社区/村
    Grid = 4,  // 网格
    Building = 5,  // 楼栋/院落
};

// What a node is within its level; the distinction matters for rules and reports
// (a 村 is rural, a 专属网格 covers one institution, a 院落 is a rural courtyard).
enum class NodeKind {
    District,  // 区
    County,  // 县 (and 自治县)
    Street,  // 街道
    Town,  // 镇
    Township,  // 乡 (and 民族乡)
    Community,  // 社区
    Village,  // 村
    Grid,  // 综合网格
    DedicatedGrid,  // 专属网格
    Building,  // 楼栋
    Courtyard,  // 院落
};

constexpr int LevelCount = 5;

NodeLevel levelOf(NodeKind kind);
QList<NodeKind> kindsOf(NodeLevel level);
NodeKind defaultKind(NodeLevel level);
std::optional<NodeLevel> childLevel(NodeLevel level);  // nothing below buildings

// The key stored in hierarchy_node.kind, e.g. "street".
QString kindKey(NodeKind kind);
std::optional<NodeKind> kindFromKey(QStringView key);

// Labels for people, translated: 街道, 综合网格 …
class NodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(NodeLabels)

public:
    static QString kind(NodeKind kind);
    static QString level(NodeLevel level);  // 街道/镇/乡 …
    static QString levelPlural(NodeLevel level);  // for counts: "streets/towns"
};

}  // namespace redgrid::hierarchy
