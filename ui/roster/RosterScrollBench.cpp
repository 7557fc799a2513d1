#include "RosterScrollBench.h"

#include "RosterModel.h"
#include "common/ProcessStats.h"
#include "security/SignIn.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "ui/security/Credentials.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

namespace redgrid::ui {

int runRosterScrollBench(const QString& file)
{
    QTextStream out(stdout);
    auto db = storage::DatabaseFile::open(file);
    if (!db) {
        QTextStream(stderr) << db.error().toString() << Qt::endl;
        return 2;
    }
    // Unattended: the account comes from the environment, as for redgrid-cli.
    const auto credentials = Credentials::fromEnvironment();
    if (!credentials) {
        QTextStream(stderr) << QCoreApplication::translate(
            "RosterScrollBench", "set REDGRID_USER and REDGRID_PASSWORD to the account to sign in as")
                            << Qt::endl;
        return 2;
    }
    if (auto signedIn = security::SignIn::withPassword(**db, credentials->username, credentials->password);
        !signedIn) {
        QTextStream(stderr) << signedIn.error().toString() << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    RosterModel model(**db);
    model.setFilter({});
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;

    // Down a screenful at a time, like paging down — or, over a big roster, in at most
    // MaxJumps equal jumps, like dragging the scroll bar: every row id is fetched on the
    // way, and members are read for every screen shown.
    constexpr int MaxJumps = 5000;
    QScrollBar* bar = view.verticalScrollBar();
    const int step = qMax(qMax(1, bar->pageStep()), bar->maximum() / MaxJumps);
    qint64 screens = 0;
    while (true) {
        QCoreApplication::processEvents();  // lets the model fetch what the view asks for
        if (bar->value() >= bar->maximum() && !model.canFetchMore({}))
            break;
        bar->setValue(bar->value() + step);
        ++screens;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out << QStringLiteral(
        "roster of %1 members: first screen %2 ms; scrolled to the bottom in %3 screens, %4 s; "
        "row ids fetched %5, pages cached %6; peak memory %7 MiB")
               .arg(model.totalCount())
               .arg(openMs, 0, 'f', 0)
               .arg(screens)
               .arg(seconds, 0, 'f', 1)
               .arg(model.rowIdsFetched())
               .arg(model.cachedPageCount())
               .arg(ProcessStats::peakResidentMiB(), 0, 'f', 1)
        << Qt::endl;
    return 0;
}

}  // namespace redgrid::ui
