#pragma once

#include "common/RecordId.h"
#include "security/Role.h"

#include <QFlags>
#include <QList>
#include <QObject>

#include <utility>

class QAction;
class QMenu;
class QMenuBar;
class QSettings;
class QWidget;

namespace redgrid::storage {
class Connection;
}
namespace redgrid::security {
class Session;
}

namespace redgrid::ui {

// What an edit changed, so that the features that show it mark themselves stale.
enum class DataChange { Hierarchy = 0x1, Organisations = 0x2, Members = 0x4 };
Q_DECLARE_FLAGS(DataChanges, DataChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataChanges)

// What one feature asks another to bring to the front.
enum class RecordKind { Node, Organisation };

// The menus of the menu bar that features fill, found by a key so that two features can
// share one (the checks add their entry to the organisations' menu). They sit between the
// window's File and Account menus, in the order they are first asked for.
class FeatureMenus
{
public:
    FeatureMenus(QMenuBar* bar, QAction* before);
    QMenu* menu(const QString& key, const QString& title);
    // The menus asked for since the last call: those of one feature.
    QList<QMenu*> takeAskedFor() { return std::exchange(m_askedFor, {}); }

private:
    QMenuBar* m_bar;
    QAction* m_before;
    QList<QMenu*> m_menus;
    QList<QMenu*> m_askedFor;
};

// One part of the main window (in the spirit of Mixxx's LibraryFeature): a tab shown to the
// roles with its permissions, its menus and toolbar actions, its layout, and the data it
// changes. A feature lives as long as the window; its page lives while a database is open.
// MainWindow knows features only through this interface; ui/UiModules.cpp registers them.
class Feature : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString title() const = 0;  // the tab's title, with its mnemonic
    // The permissions the signed-in account needs to see the feature (all of them).
    virtual QList<security::Permission> permissions() const = 0;
    virtual bool isShownTo(const security::Session& session) const;

    // Once, when the window is built: the menus the feature fills while its page is open.
    virtual void createMenus(FeatureMenus& menus) { Q_UNUSED(menus) }
    // The page over the open database (the window's tabs own it); its actions join the menus.
    virtual QWidget* open(storage::Connection& connection) = 0;
    // The database closes: the page goes (with the actions it brought); forget it.
    virtual void close() = 0;
    virtual QWidget* page() const = 0;

    virtual QList<QAction*> toolBarActions() const { return {}; }  // while the page is in front
    virtual QWidget* toolBarWidget() const { return nullptr; }  // at the toolbar's end, always
    virtual QString statusText() { return {}; }  // for the status bar
    virtual void focusPage();
    virtual void saveLayout(QSettings& settings) const { Q_UNUSED(settings) }
    virtual void restoreLayout(const QSettings& settings) { Q_UNUSED(settings) }
    virtual bool confirmClose() { return true; }  // false: unsaved edits are kept
    // Shows the record if the page has it (the window brings the page to the front first).
    virtual bool reveal(RecordKind kind, const RecordId& id)
    {
        Q_UNUSED(kind)
        Q_UNUSED(id)
        return false;
    }
    // Another feature changed `changes`: reload or mark stale what shows them.
    virtual void dataChanged(DataChanges changes) { Q_UNUSED(changes) }

signals:
    void changed(redgrid::ui::DataChanges changes);  // this feature's edits changed data
    void showRequested();  // bring this feature's page to the front
    void revealRequested(redgrid::ui::RecordKind kind, const redgrid::RecordId& id);
    void readFailed(const QString& message);  // the file could not be read
};

}  // namespace redgrid::ui
