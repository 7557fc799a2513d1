#include "DemoGrids.h"

#include "DemoNames.h"
#include "hierarchy/DivisionCode.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"

#include <QSet>

namespace redgrid::demo {

using namespace hierarchy;

namespace {

// Grid size: "原则上300-500户" (domain-rules.md 3.2). The demo stays inside it.
constexpr int MinGridHouseholds = 300;
constexpr int MaxGridHouseholds = 500;
constexpr int LargeGridsPerCommunity = 20;
constexpr int LargeBuildingsPerGrid = 20;

class GridFiller
{
public:
    GridFiller(HierarchyEditor& editor, DemoRandom& random, DemoScale scale)
        : m_editor(editor)
        , m_random(random)
        , m_scale(scale)
    {
    }

    Status fillCommunity(const HierarchyNode& community, bool& dedicatedPlaced)
    {
        const bool village = community.kind == NodeKind::Village;
        int grids = 0;
        switch (m_scale) {
        case DemoScale::Small:
            grids = m_random.between(2, 3);
            break;
        case DemoScale::District:
            grids = village ? m_random.between(2, 4) : m_random.between(4, 12);
            break;
        case DemoScale::Large:
            grids = LargeGridsPerCommunity;
            break;
        }
        for (int number = 1; number <= grids; ++number) {
            const bool dedicated = m_scale != DemoScale::Large && !village && !dedicatedPlaced
                && number == grids && m_random.chance(0.6);
            const QString name = dedicated ? m_random.pick(names::institutions()) + QStringLiteral("专属网格")
                                           : QStringLiteral("第%1网格").arg(names::chineseNumber(number));
            auto grid = add(community,
                { dedicated ? NodeKind::DedicatedGrid : NodeKind::Grid, name,
                    DivisionCode::compose(NodeLevel::Grid, community.code, number) });
            if (!grid)
                return grid.error();
            Status filled = dedicated         ? fillInstitution(*grid)
                : m_scale == DemoScale::Large ? fillEvenly(*grid, village)
                : village                     ? fillVillageGrid(*grid)
                                              : fillUrbanGrid(*grid);
            if (!filled)
                return filled;
            dedicatedPlaced = dedicatedPlaced || dedicated;
        }
        return Status::success();
    }

private:
    Result<HierarchyNode> add(const HierarchyNode& parent, const NodeFields& fields)
    {
        return m_editor.add(parent.id, fields);
    }

    Status addBuilding(const HierarchyNode& grid, int sequence, NodeKind kind, const QString& name,
        std::optional<int> households)
    {
        auto building = add(grid,
            { kind, name, DivisionCode::compose(NodeLevel::Building, grid.code, sequence), 0, households });
        return building ? Status::success() : Status(building.error());
    }

    // Urban grids: one to three compounds of numbered buildings (楼栋).
    Status fillUrbanGrid(const HierarchyNode& grid)
    {
        const int target = m_random.between(MinGridHouseholds, MaxGridHouseholds);
        QStringList compounds;
        const int compoundCount = m_random.between(1, 3);
        while (compounds.size() < compoundCount) {
            const QString compound = m_random.pick(names::compoundNames());
            if (!compounds.contains(compound))
                compounds.append(compound);
        }
        static const QList<int> sizes { 18, 24, 32, 36, 48, 54, 64, 72, 96 };
        int placed = 0;
        int sequence = 0;
        QList<int> numberInCompound(compounds.size(), 0);
        while (placed < target) {
            int households = m_random.pick(sizes);
            if (target - placed - households < 12)  // the last building takes what is left
                households = target - placed;
            const int compound = sequence % static_cast<int>(compounds.size());
            const QString name
                = QStringLiteral("%1%2栋").arg(compounds[compound]).arg(++numberInCompound[compound]);
            if (Status added = addBuilding(grid, ++sequence, NodeKind::Building, name, households); !added)
                return added;
            placed += households;
        }
        return Status::success();
    }

    // Large scale: exactly LargeBuildingsPerGrid buildings or courtyards sharing the
    // grid's households, so the benchmark hierarchy has its exact size.
    Status fillEvenly(const HierarchyNode& grid, bool village)
    {
        const int target = m_random.between(MinGridHouseholds, MaxGridHouseholds);
        for (int i = 0; i < LargeBuildingsPerGrid; ++i) {
            const int households
                = target / LargeBuildingsPerGrid + (i < target % LargeBuildingsPerGrid ? 1 : 0);
            const QString name
                = village ? QStringLiteral("%1号院落").arg(i + 1) : QStringLiteral("%1栋").arg(i + 1);
            if (Status added = addBuilding(
                    grid, i + 1, village ? NodeKind::Courtyard : NodeKind::Building, name, households);
                !added)
                return added;
        }
        return Status::success();
    }

    // Village grids: courtyards (院落) by 村民小组.
    Status fillVillageGrid(const HierarchyNode& grid)
    {
        const int target = m_random.between(MinGridHouseholds, MaxGridHouseholds);
        int placed = 0;
        int sequence = 0;
        int group = 1;
        int inGroup = 0;
        QSet<QString> used;
        while (placed < target) {
            int households = m_random.between(8, 30);
            if (target - placed - households < 8)
                households = target - placed;
            if (++inGroup > m_random.between(3, 6)) {
                ++group;
                inGroup = 1;
            }
            QString name;
            do {
                name = QStringLiteral("%1组%2家院子")
                           .arg(names::chineseNumber(group), m_random.pick(names::surnames()));
            } while (used.contains(name) && used.size() < 1000);
            if (used.contains(name))
                name += QString::number(sequence + 1);
            used.insert(name);
            if (Status added = addBuilding(grid, ++sequence, NodeKind::Courtyard, name, households); !added)
                return added;
            placed += households;
        }
        return Status::success();
    }

    // A 专属网格 covers one institution: its buildings have no households.
    Status fillInstitution(const HierarchyNode& grid)
    {
        QStringList buildings = names::institutionBuildings();
        const int count = m_random.between(2, 4);
        for (int i = 1; i <= count; ++i) {
            const QString name
                = buildings.takeAt(m_random.between(0, static_cast<int>(buildings.size()) - 1));
            if (Status added = addBuilding(grid, i, NodeKind::Building, name, std::nullopt); !added)
                return added;
        }
        return Status::success();
    }

    HierarchyEditor& m_editor;
    DemoRandom& m_random;
    DemoScale m_scale;
};

}  // namespace

QString DemoGrids::description() const
{
    return tr("grids and buildings");
}

Status DemoGrids::build(DemoContext& context)
{
    HierarchyStore store(context.db);
    HierarchyEditor editor(context.db);
    DemoRandom random = context.random.fork(2);
    GridFiller filler(editor, random, context.options.scale);
    const auto root = store.root();
    if (!root)
        return Error::plain(tr("the demo has no district to fill"));
    for (const HierarchyNode& street : store.children(root->id)) {
        bool dedicatedPlaced = false;  // at most one 专属网格 per street
        for (const HierarchyNode& community : store.children(street.id)) {
            if (Status filled = filler.fillCommunity(community, dedicatedPlaced); !filled)
                return filled;
        }
    }
    return Status::success();
}

}  // namespace redgrid::demo
