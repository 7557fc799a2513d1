#include "DemoBuilder.h"

#include "DemoDivisions.h"
#include "DemoGrids.h"
#include "DemoMeetings.h"
#include "DemoMembers.h"
#include "DemoModule.h"
#include "DemoOrganisations.h"
#include "DemoScores.h"
#include "hierarchy/HierarchyStore.h"
#include "security/SecuredFile.h"
#include "settings/SettingStore.h"
#include "storage/DatabaseFile.h"
#include "storage/SqliteError.h"

#include <memory>
#include <vector>

namespace redgrid::demo {

std::optional<DemoScale> scaleFromName(const QString& name)
{
    if (name == QLatin1String("small"))
        return DemoScale::Small;
    if (name == QLatin1String("district"))
        return DemoScale::District;
    if (name == QLatin1String("large"))
        return DemoScale::Large;
    return std::nullopt;
}

QString scaleName(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return QStringLiteral("small");
    case DemoScale::District:
        return QStringLiteral("district");
    case DemoScale::Large:
        return QStringLiteral("large");
    }
    return {};
}

namespace {
// The parts of the demo, in the order they are built. Add a module here to extend it.
std::vector<std::unique_ptr<DemoModule>> demoModules(const DemoOptions& options)
{
    std::vector<std::unique_ptr<DemoModule>> modules;
    modules.push_back(std::make_unique<DemoDivisions>());
    modules.push_back(std::make_unique<DemoGrids>());
    if (options.withRoster) {
        modules.push_back(std::make_unique<DemoOrganisations>());
        modules.push_back(std::make_unique<DemoMembers>());
        modules.push_back(std::make_unique<DemoScores>());
        modules.push_back(std::make_unique<DemoMeetings>());
    }
    return modules;
}
}  // namespace

Result<std::unique_ptr<storage::Connection>> DemoBuilder::create(const QString& path,
    const security::FirstAdministrator& administrator, const DemoOptions& options, const Progress& progress,
    security::SecuredDatabase* secured)
{
    return security::SecuredFile::create(
        path, administrator,
        [&](storage::Connection& db) -> Status {
            try {
                DemoContext context { db, options, DemoRandom(options.seed) };
                for (const auto& module : demoModules(options)) {
                    if (progress)
                        progress(module->description());
                    if (Status built = module->build(context); !built)
                        return built;
                }
                settings::SettingStore store(db);
                store.setValue(settings::SettingKey::DemoSeed, QString::number(options.seed));
                store.setValue(settings::SettingKey::DemoScale, scaleName(options.scale));
                return Status::success();
            } catch (const storage::SqliteError& e) {
                return Error::plain(tr("the demo could not be written: %1").arg(e.message()));
            }
        },
        secured);
}

bool DemoBuilder::isDemo(storage::Connection& connection)
{
    return settings::SettingStore(connection).value(settings::SettingKey::DemoSeed).has_value();
}

DemoBuilder::InventedPlaces DemoBuilder::inventedPlaces(storage::Connection& connection)
{
    InventedPlaces invented;
    if (!isDemo(connection))
        return invented;
    const QHash<QString, QString> real = DemoDivisions::realNames();
    hierarchy::HierarchyStore store(connection);
    const auto root = store.root();
    if (!root || real.isEmpty())
        return invented;
    for (const hierarchy::HierarchyNode& street : store.children(root->id)) {
        if (!DemoDivisions::isReal(real, street))
            invented.streets.append(street.name);
        for (const hierarchy::HierarchyNode& community : store.children(street.id))
            if (!DemoDivisions::isReal(real, community))
                invented.communities.append(community.name);
    }
    return invented;
}

}  // namespace redgrid::demo
