#include "DemoCommand.h"

#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyStore.h"
#include "security/SecuritySetup.h"

#include <QElapsedTimer>

namespace redgrid::cli {

QString DemoCommand::summary() const
{
    return tr("Create a demo database: the real streets and communities of 重庆市江北区 with invented grids "
              "and buildings.");
}

void DemoCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The database file to create; it must not exist."));
    parser.addOptions({ m_seed, m_scale });
}

int DemoCommand::run(const QCommandLineParser& parser)
{
    bool seedOk = false;
    const quint64 seed = parser.value(m_seed).toULongLong(&seedOk);
    if (!seedOk) {
        printUsageError(tr("--seed must be a non-negative whole number"));
        return UsageError;
    }
    const auto scale = demo::scaleFromName(parser.value(m_scale));
    if (!scale) {
        printUsageError(tr("--scale must be small, district or large"));
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    setDatabasePath(path);
    QElapsedTimer timer;
    timer.start();
    const auto administrator = firstAdministrator();
    if (!administrator)
        return UsageError;
    security::SecuredDatabase secured;
    auto created = demo::DemoBuilder::create(path, *administrator, { seed, *scale }, {}, &secured);
    if (!created) {
        return fail(created.error());
    }
    const auto counts = hierarchy::HierarchyStore(*created.value()).countByLevel();
    printLine(
        tr("Created demo database %1 (seed %2, scale %3) in %4 s: %5 streets/towns, %6 communities/villages, "
           "%7 grids, %8 buildings. All of its people, grids and buildings are invented.")
            .arg(path)
            .arg(seed)
            .arg(demo::scaleName(*scale))
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(counts[hierarchy::NodeLevel::Street])
            .arg(counts[hierarchy::NodeLevel::Community])
            .arg(counts[hierarchy::NodeLevel::Grid])
            .arg(counts[hierarchy::NodeLevel::Building]));
    printRecoveryKey(administrator->username, secured.recoveryKey);
    return Success;
}

}  // namespace redgrid::cli
