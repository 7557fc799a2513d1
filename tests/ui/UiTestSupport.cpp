#include "UiTestSupport.h"

#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyEditor.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QKeyEvent>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

namespace {

// Each test process keeps window and recent-file settings (QSettings) to itself, since
// CTest runs the test cases side by side.
const bool privateSettings = [] {
    static QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    return true;
}();

}  // namespace

namespace redgrid::test {

using hierarchy::HierarchyEditor;
using hierarchy::HierarchyNode;
using hierarchy::NodeKind;

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

void processEventsFor(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

void onNextModal(std::function<void(QWidget*)> act, std::function<bool(QWidget*)> accepts)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(
        timer, &QTimer::timeout, timer, [timer, act = std::move(act), accepts = std::move(accepts)] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || (accepts && !accepts(modal)))
                return;
            timer->stop();
            timer->deleteLater();
            // A failed REQUIRE has been recorded by the time it throws; the exception must not
            // cross Qt's event loop, and a dialog left open would hang the test.
            try {
                act(modal);
            } catch (...) {
            }
            if (modal->isVisible()) {
                FAIL_CHECK("the modal window was left open");
                if (auto* dialog = qobject_cast<QDialog*>(modal))
                    dialog->reject();
                else
                    modal->close();
            }
        });
    timer->start();
}

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(widget, &release);
}

void createSmallDemo(const QString& path)
{
    demo::DemoOptions options;
    options.scale = demo::DemoScale::Small;
    auto created = demo::DemoBuilder::create(path, options);
    if (!created)
        FAIL(created.error().toString().toStdString());
}

namespace {

HierarchyNode add(HierarchyEditor& editor, const HierarchyNode& parent, NodeKind kind, const QString& name,
    const QString& code = {}, std::optional<int> households = std::nullopt)
{
    auto added = editor.add(parent.id, { kind, name, code, 0, households, {} });
    if (!added)
        FAIL(added.error().toString().toStdString());
    return added.value();
}

}  // namespace

BuiltHierarchy buildHierarchy(const QString& path, int manyBuildings)
{
    BuiltHierarchy h;
    h.db = createJiangbeiDatabase(path);
    HierarchyEditor editor(*h.db);
    storage::Transaction transaction(*h.db);
    h.district = *hierarchy::HierarchyStore(*h.db).root();
    h.huaxinjie = add(
        editor, h.district, NodeKind::Street, QStringLiteral("华新街街道"), QStringLiteral("500105001000"));
    h.guanyinqiao = add(
        editor, h.district, NodeKind::Street, QStringLiteral("观音桥街道"), QStringLiteral("500105006000"));
    h.communityA = add(editor, h.huaxinjie, NodeKind::Community, QStringLiteral("嘉陵一村社区"));
    h.communityB = add(editor, h.huaxinjie, NodeKind::Community, QStringLiteral("红土地社区"));
    h.communityC = add(editor, h.huaxinjie, NodeKind::Community, QStringLiteral("桥北村社区"));
    h.communityD = add(editor, h.guanyinqiao, NodeKind::Community, QStringLiteral("建新北路社区"));
    add(editor, h.guanyinqiao, NodeKind::Community, QStringLiteral("洋河花园社区"));
    h.gridA1 = add(editor, h.communityA, NodeKind::Grid, QStringLiteral("第一网格"));
    h.gridA2 = add(editor, h.communityA, NodeKind::Grid, QStringLiteral("第二网格"));
    for (int i = 1; i <= 3; ++i) {
        add(editor, h.gridA1, NodeKind::Building, QStringLiteral("%1栋").arg(i), {}, 40 + i);
        add(editor, h.gridA2, NodeKind::Building, QStringLiteral("%1栋").arg(i), {}, 60 + i);
    }
    add(editor, h.communityB, NodeKind::Grid, QStringLiteral("第一网格"));
    h.bigGrid = add(editor, h.communityD, NodeKind::Grid, QStringLiteral("大网格"));
    for (int i = 1; i <= manyBuildings; ++i)
        h.lastBuilding = add(editor, h.bigGrid, NodeKind::Building, QStringLiteral("%1栋").arg(i), {}, 1);
    transaction.commit();
    return h;
}

void screenshotScreen(const QString& name)
{
    const QString folder = qEnvironmentVariable("REDGRID_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QGuiApplication::primaryScreen()->grabWindow(0).save(
        QDir(folder).filePath(name + QStringLiteral(".png")));
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("REDGRID_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    processEventsFor(50);  // pending layouts, as a user would see them
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

}  // namespace redgrid::test
