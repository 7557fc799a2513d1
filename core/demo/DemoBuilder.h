#pragma once

#include "common/Result.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace redgrid::security {
struct FirstAdministrator;
struct SecuredDatabase;
}  // namespace redgrid::security

namespace redgrid::demo {

enum class DemoScale {
    Small,  // 3 streets of 江北区 with a few grids each: quick, for tests and a first look
    District,  // all 12 real streets and 132 real communities of 江北区, synthetic grids and buildings
    Large,  // 20 streets, 300 communities, 6,000 grids, 120,000 buildings: for benchmarks
};

struct DemoOptions
{
    quint64 seed = 1;
    DemoScale scale = DemoScale::District;
    bool withRoster = true;  // party organisations and members; off: the hierarchy alone
};

std::optional<DemoScale> scaleFromName(const QString& name);  // "small" | "district" | "large"
QString scaleName(DemoScale scale);

// Builds a realistic demo database, the same for the same seed and scale. The real
// district 重庆市江北区 (division list bundled in resources/) with synthetic grids of
// 300-500 households and their buildings. Later parts of RedGrid add their own
// DemoModule to extend it.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    // Creates `path` (which must not exist) and fills it. Progress reports a short
    // description of each step as it starts.
    using Progress = std::function<void(const QString& step)>;
    // Signed in as `administrator`, the file's first administrator.
    static Result<std::unique_ptr<storage::Connection>> create(const QString& path,
        const security::FirstAdministrator& administrator, const DemoOptions& options,
        const Progress& progress = {}, security::SecuredDatabase* secured = nullptr);

    // Whether the database was made by the demo generator (and so holds invented data).
    static bool isDemo(storage::Connection& connection);

    // The streets and communities of a demo that are not in the real division list: the large
    // demo makes up streets and communities to reach benchmark size, the others none.
    struct InventedPlaces
    {
        QStringList streets;  // names, in the tree's order
        QStringList communities;
        bool isEmpty() const { return streets.isEmpty() && communities.isEmpty(); }
    };
    static InventedPlaces inventedPlaces(storage::Connection& connection);
};

}  // namespace redgrid::demo
