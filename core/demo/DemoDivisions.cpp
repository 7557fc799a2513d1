#include "DemoDivisions.h"

#include "DemoNames.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/DivisionImporter.h"

#include <QFile>

#include <algorithm>

namespace redgrid::demo {

using namespace hierarchy;

namespace {

const QString DistrictCode = QStringLiteral("500105");
const QString DistrictName = QStringLiteral("江北区");
const QString DivisionList = QStringLiteral(":/data/jiangbei_500105.csv");

// The small demo keeps three streets (two urban, one town) and three communities of each.
const QStringList SmallStreets { QStringLiteral("500105001000"), QStringLiteral("500105006000"),
    QStringLiteral("500105100000") };
constexpr int SmallCommunitiesPerStreet = 3;

// The large demo: the benchmark hierarchy of the foundation issue.
constexpr int LargeStreets = 20;
constexpr int LargeCommunities = 300;

Status trimToSmall(HierarchyStore& store, HierarchyEditor& editor, const RecordId& districtId)
{
    for (const HierarchyNode& street : store.children(districtId)) {
        if (!SmallStreets.contains(street.code)) {
            if (Status removed = editor.remove(street.id, RemovalMode::WithDescendants); !removed)
                return removed;
            continue;
        }
        const QList<HierarchyNode> communities = store.children(street.id);
        for (qsizetype i = SmallCommunitiesPerStreet; i < communities.size(); ++i) {
            if (Status removed = editor.remove(communities[i].id, RemovalMode::WithDescendants); !removed)
                return removed;
        }
    }
    return Status::success();
}

Status topUpToLarge(
    HierarchyStore& store, HierarchyEditor& editor, const RecordId& districtId, DemoRandom& random)
{
    QStringList unusedParts = names::placeParts();
    const auto takePart
        = [&] { return unusedParts.takeAt(random.between(0, static_cast<int>(unusedParts.size()) - 1)); };

    for (qsizetype count = store.children(districtId).size(); count < LargeStreets; ++count) {
        auto added = editor.add(districtId, { NodeKind::Street, takePart() + QStringLiteral("街道") });
        if (!added)
            return added.error();
    }
    // Each new community goes to the street that has the fewest so far.
    qint64 communities = store.countByLevel()[NodeLevel::Community];
    QList<HierarchyNode> streets = store.children(districtId);
    while (communities < LargeCommunities) {
        const auto smallest = std::min_element(streets.begin(), streets.end(),
            [](const auto& a, const auto& b) { return a.childCount < b.childCount; });
        const int number = smallest->childCount + 1;
        const QString name
            = QStringLiteral("%1%2社区").arg(smallest->name.left(2), names::chineseNumber(number));
        auto added = editor.add(smallest->id, { NodeKind::Community, name });
        if (!added)
            return added.error();
        ++smallest->childCount;
        ++communities;
    }
    return Status::success();
}

}  // namespace

QHash<QString, QString> DemoDivisions::realNames()
{
    QHash<QString, QString> names;
    QFile list(DivisionList);
    if (!list.open(QIODevice::ReadOnly))
        return names;
    // code,name,parent_code,level
    const QList<QByteArray> lines = list.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() >= 2)
            names.insert(QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)));
    }
    return names;
}

bool DemoDivisions::isReal(const QHash<QString, QString>& realNames, const hierarchy::HierarchyNode& node)
{
    // Also the code: the large demo's made-up streets may take a code the small demo left free.
    return !node.name.isEmpty() && realNames.value(node.code).startsWith(node.name);
}

QString DemoDivisions::description() const
{
    return tr("the streets and communities of 江北区");
}

Status DemoDivisions::build(DemoContext& context)
{
    HierarchyEditor editor(context.db);
    HierarchyStore store(context.db);
    auto root = editor.createRoot(NodeKind::District, DistrictCode, DistrictName);
    if (!root)
        return root.error();

    QFile list(DivisionList);
    if (!list.open(QIODevice::ReadOnly))
        return Error::inFile(DivisionList, tr("the bundled division list is missing from this build"));
    auto imported = importexport::DivisionImporter(context.db).importBytes(list.readAll(), DivisionList);
    if (!imported)
        return imported.error();
    if (imported->rejected > 0) {
        const auto& first = imported->rejectedRows.constFirst();
        return Error { first.reason, DivisionList, first.row };
    }

    DemoRandom random = context.random.fork(1);
    switch (context.options.scale) {
    case DemoScale::Small:
        return trimToSmall(store, editor, root->id);
    case DemoScale::District:
        return Status::success();
    case DemoScale::Large:
        return topUpToLarge(store, editor, root->id, random);
    }
    return Status::success();
}

}  // namespace redgrid::demo
