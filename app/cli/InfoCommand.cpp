#include "InfoCommand.h"

#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/MemberStore.h"
#include "security/Session.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace redgrid::cli {

using namespace hierarchy;

QString InfoCommand::summary() const
{
    return tr("Show the schema version of a database and how many nodes it has at each level.");
}

void InfoCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOption(m_json);
}

int InfoCommand::run(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().constFirst();
    auto db = openDatabase(path);
    if (!db)
        return openFailure();
    HierarchyStore store(*db);
    const auto root = store.root();
    // Every figure below is of the account's area: say whose.
    const security::Session* session = security::Session::of(*db);
    const bool scoped = session && !session->coversWholeDatabase();
    const auto area = scoped ? store.node(session->account().scopeNodeId) : root;
    const LevelCounts counts = store.countByLevel();
    const int schema = db->pragmaInt("user_version");
    const bool demo = demo::DemoBuilder::isDemo(*db);
    const demo::DemoBuilder::InventedPlaces invented = demo::DemoBuilder::inventedPlaces(*db);
    const QString installation
        = settings::SettingStore(*db).value(settings::SettingKey::InstallationId, QString());

    static const QList<std::pair<NodeLevel, const char*>> levels {
        { NodeLevel::District, "districts" },
        { NodeLevel::Street, "streets" },
        { NodeLevel::Community, "communities" },
        { NodeLevel::Grid, "grids" },
        { NodeLevel::Building, "buildings" },
    };
    const qint64 organisations = organisation::OrgStore(*db).count();
    roster::MemberStore members(*db);
    const qint64 activeMembers = members.count(roster::MemberStatus::Active);
    const qint64 allMembers = members.count(std::nullopt);
    if (parser.isSet(m_json)) {
        QJsonObject countObject;
        for (const auto& [level, key] : levels)
            countObject.insert(QLatin1String(key), counts[level]);
        countObject.insert(QStringLiteral("organisations"), organisations);
        countObject.insert(QStringLiteral("members"), activeMembers);
        countObject.insert(QStringLiteral("memberRecords"), allMembers);
        QJsonObject district;
        if (root) {
            district.insert(QStringLiteral("code"), root->code);
            district.insert(QStringLiteral("name"), root->name);
        }
        QJsonObject areaObject;
        if (area) {
            areaObject.insert(QStringLiteral("code"), area->code);
            areaObject.insert(QStringLiteral("name"), area->name);
        }
        QJsonObject info { { QStringLiteral("file"),
                               QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) },
            { QStringLiteral("schemaVersion"), schema }, { QStringLiteral("installationId"), installation },
            { QStringLiteral("demo"), demo }, { QStringLiteral("district"), district },
            { QStringLiteral("area"), areaObject }, { QStringLiteral("counts"), countObject } };
        if (demo) {
            info.insert(QStringLiteral("inventedStreets"), QJsonArray::fromStringList(invented.streets));
            info.insert(
                QStringLiteral("inventedCommunities"), QJsonArray::fromStringList(invented.communities));
        }
        printJson(info);
        return Success;
    }
    printLine(tr("File:               %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    printLine(tr("Schema version:     %1").arg(schema));
    if (root)
        printLine(tr("District:           %1 (%2)").arg(root->name, root->code));
    if (scoped && area)
        printLine(
            tr("Area:               %1 (%2); the counts below are of this area").arg(area->name, area->code));
    if (demo)
        printLine(tr("Demo data:          yes (invented)"));
    if (!invented.isEmpty())
        printLine(tr("Invented places:    %1 of the streets (%2) and %3 of the communities, made up to make "
                     "the demo larger; the other names are the real ones of the district")
                      .arg(invented.streets.size())
                      .arg(invented.streets.join(QStringLiteral(", ")))
                      .arg(invented.communities.size()));
    for (const auto& [level, key] : levels)
        printLine(
            QStringLiteral("%1 %2").arg(NodeLabels::level(level) + QLatin1Char(':'), -19).arg(counts[level]));
    printLine(QStringLiteral("%1 %2").arg(tr("Party organisations:"), -19).arg(organisations));
    printLine(QStringLiteral("%1 %2").arg(tr("Party members:"), -19).arg(activeMembers));
    if (allMembers > activeMembers)
        printLine(QStringLiteral("%1 %2").arg(tr("Former members:"), -19).arg(allMembers - activeMembers));
    return Success;
}

}  // namespace redgrid::cli
