#pragma once

#include "hierarchy/HierarchyNode.h"
#include "storage/Connection.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace redgrid::test {

// Runs the event loop until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000);

// Lets the event loop run for `ms` (debounce timers, queued signals).
void processEventsFor(int ms);

// The next modal window (dialog or message box) that opens, and that `accepts` takes if
// given, is handed to `act`, which must close it; used for the dialogs the window opens
// with exec().
void onNextModal(std::function<void(QWidget*)> act, std::function<bool(QWidget*)> accepts = {});

// The same for the next modal window of type T (a progress dialog before it is passed by).
template<class T>
void onNextModalOf(std::function<void(T*)> act)
{
    onNextModal([act = std::move(act)](QWidget* modal) { act(qobject_cast<T*>(modal)); },
        [](QWidget* modal) { return qobject_cast<T*>(modal) != nullptr; });
}

// Types `text` into the focused-or-not `widget` as key presses, then Enter if asked.
void typeText(QWidget* widget, const QString& text);
void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// The small demo database (3 real streets of 江北区) created at `path`.
void createSmallDemo(const QString& path);

// A hierarchy built through HierarchyEditor with names from the real division list:
// 江北区 > 华新街街道 (3 communities), 观音桥街道 (2 communities) > grids > buildings, and one
// grid, 大网格, with `manyBuildings` buildings to exercise batch loading.
struct BuiltHierarchy
{
    std::unique_ptr<storage::Connection> db;
    hierarchy::HierarchyNode district;
    hierarchy::HierarchyNode huaxinjie, guanyinqiao;  // streets
    hierarchy::HierarchyNode communityA, communityB, communityC;  // under 华新街
    hierarchy::HierarchyNode communityD;  // under 观音桥
    hierarchy::HierarchyNode gridA1, gridA2, bigGrid;  // bigGrid under communityD
    hierarchy::HierarchyNode lastBuilding;  // the last one in bigGrid
};
BuiltHierarchy buildHierarchy(const QString& path, int manyBuildings = 620);

// With REDGRID_TEST_SCREENSHOTS set to a folder, saves a picture of `widget` there.
void screenshot(QWidget* widget, const QString& name);
// The same for the whole screen, with popups and dialogs.
void screenshotScreen(const QString& name);

}  // namespace redgrid::test
