// redgrid_kill_child: the one write of the kill tests that redgrid-cli has no command for,
// confirming a street's score sheets, run by KillTests and killed with SIGKILL at random.
//
//   redgrid_kill_child confirm DB STREET_CODE PERIOD [STEPS]
//
// Signs in as $REDGRID_USER with $REDGRID_PASSWORD and takes every sheet of the street's
// communities for the quarter PERIOD (e.g. 2026Q3) up to Confirmed through SheetEditor, as
// the street's administrator does in the window: a submitted sheet gets the assessor's
// scores (the self-assessment's), its review finished, then confirmed; a reviewed one is
// confirmed. Each of these is one transaction. STEPS stops after that many writes, which
// is how the tests learn every state a kill may leave.
#include "CoreModules.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "hierarchy/HierarchyStore.h"
#include "security/SignIn.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>

#include <cstdio>
#include <limits>

using namespace redgrid;
using namespace redgrid::assessment;

namespace {

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    std::exit(1);
}

// The writes that take `sheet` to Confirmed, in order; none when it is not on its way.
QList<SheetAction> stepsToConfirm(const Sheet& sheet)
{
    switch (sheet.state) {
    case SheetState::Submitted:
        return { SheetAction::SaveReview, SheetAction::FinishReview, SheetAction::Confirm };
    case SheetState::Reviewed:
        return { SheetAction::Confirm };
    case SheetState::SelfAssessment:
    case SheetState::Confirmed:
        break;
    }
    return {};
}

Sheet apply(SheetEditor& editor, const Sheet& sheet, SheetAction action)
{
    auto changed = action == SheetAction::SaveReview ? editor.save(sheet, SheetSide::Review, sheet.self)
                                                     : editor.act(sheet, action);
    if (!changed)
        fail(changed.error().toString());
    return *changed;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    // redgrid-cli's data folder: one memory of the audit chain for both.
    QCoreApplication::setOrganizationName(QStringLiteral("RedGrid"));
    QCoreApplication::setApplicationName(QStringLiteral("RedGrid"));
    registerCoreModules();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5 || arguments.at(1) != QLatin1String("confirm"))
        fail(QStringLiteral("usage: redgrid_kill_child confirm DB STREET_CODE PERIOD [STEPS]"));
    const auto quarter = Period::parse(arguments.at(4));
    if (!quarter)
        fail(QStringLiteral("not a quarter: %1").arg(arguments.at(4)));
    const qint64 steps
        = arguments.size() > 5 ? arguments.at(5).toLongLong() : std::numeric_limits<qint64>::max();

    auto db = storage::DatabaseFile::open(arguments.at(2));
    if (!db)
        fail(db.error().toString());
    const auto session = security::SignIn::withPassword(
        **db, qEnvironmentVariable("REDGRID_USER"), qEnvironmentVariable("REDGRID_PASSWORD"));
    if (!session)
        fail(session.error().toString());
    const auto street = hierarchy::HierarchyStore(**db).nodeByCode(arguments.at(3));
    if (!street)
        fail(QStringLiteral("no street %1").arg(arguments.at(3)));

    SheetStore store(**db);
    SheetEditor editor(**db);
    qint64 written = 0;
    for (const SheetOverview& line : store.overview(*quarter, street->id)) {
        if (line.sheetId.isNull())
            continue;
        auto sheet = store.stored(line.sheetId);
        if (!sheet)
            fail(QStringLiteral("sheet of %1 not found").arg(line.target.name));
        for (SheetAction action : stepsToConfirm(*sheet)) {
            if (written == steps)
                return 0;
            *sheet = apply(editor, *sheet, action);
            ++written;
        }
    }
    std::printf("%lld\n", static_cast<long long>(written));
    return 0;
}
