// The member dialog on the commonest office laptop: 1366×768, less the taskbar and the
// window's title bar.
#include "UiTestSupport.h"
#include "support/TestSupport.h"
#include "ui/common/Translations.h"
#include "ui/roster/MemberDialog.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// 1366×768 less a taskbar of 40 pixels (Windows 10, UOS, Kylin): the screen's available area.
constexpr QSize LaptopAvailable(1366, 768 - 40);
// ... less the title bar and frame a window manager adds around the dialog.
constexpr QSize LaptopDialog(1366, 768 - 40 - 32);

bool fits(const QSize& size, const QSize& room)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

QString text(const QSize& size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

}  // namespace

// Run by the tests below on an offscreen screen of the size they choose.
TEST_CASE("(child) The member dialog on this screen", "[.][screen-child]")
{
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    const bool laptop = available == LaptopAvailable;
    const bool chinese = GENERATE(false, true);
    if (chinese)
        REQUIRE(ui::installInterfaceLanguage(
            *QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    test::TempDir dir;
    auto data = test::buildRoster(dir.path(QStringLiteral("roster.redgrid")), 0);
    {
        ui::MemberDialog dialog(*data.h.db, data.named.value(QStringLiteral("张三")).id, {});
        INFO((chinese ? "zh_CN" : "en") << " on " << text(available).toStdString() << ": size hint "
                                        << text(dialog.sizeHint()).toStdString() << ", minimum "
                                        << text(dialog.minimumSizeHint()).toStdString() << ", opens at "
                                        << text(dialog.size()).toStdString());
        const QSize room = laptop ? LaptopDialog : available - QSize(0, 32);
        CHECK(fits(dialog.sizeHint(), room));
        CHECK(fits(dialog.minimumSizeHint(), room));
        CHECK(fits(dialog.size(), room));
        CHECK(dialog.width() >= 1000);  // as wide as the fields read well
        dialog.show();
        test::processEventsFor(50);
        // Where the screen has room, the whole form shows; on the laptop it scrolls.
        auto* scroll = dialog.findChild<QScrollArea*>();
        REQUIRE(scroll);
        CHECK(scroll->verticalScrollBar()->isVisible() == laptop);
        test::screenshot(&dialog,
            QStringLiteral("member-dialog-%1-%2")
                .arg(laptop ? QStringLiteral("laptop") : QStringLiteral("large"),
                    chinese ? QStringLiteral("zh") : QStringLiteral("en")));
    }
    if (chinese) {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}

namespace {

// Runs the test above on an offscreen screen whose available area is `available`.
void checkOnScreen(const QSize& available)
{
    test::TempDir dir;
    const QString config = dir.path(QStringLiteral("screen.json"));
    test::writeText(config,
        QStringLiteral(R"({ "screens": [ { "name": "screen", "x": 0, "y": 0, "width": %1, "height": %2,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })")
            .arg(available.width())
            .arg(available.height()));
    const test::ChildRun run
        = test::runTestInChild(QStringLiteral("(child) The member dialog on this screen"),
            { { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config } });
    INFO(run.output.toStdString());
    CHECK(run.passed);
}

}  // namespace

TEST_CASE("The member dialog fits a 1366×768 screen, in English and in Chinese", "[ui][roster][form]")
{
    checkOnScreen(LaptopAvailable);
}

TEST_CASE("On a 1920×1080 screen the member dialog shows the whole form", "[ui][roster][form]")
{
    checkOnScreen(QSize(1920, 1080 - 40));
}
