#include "HierarchyFeature.h"

#include "HierarchySearchBox.h"
#include "HierarchyWidget.h"
#include "LevelCountText.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

namespace redgrid::ui {
namespace {

const QString SplitterKey = QStringLiteral("mainWindow/splitter");

}  // namespace

HierarchyFeature::HierarchyFeature(QObject* parent)
    : Feature(parent)
    , m_search(new HierarchySearchBox)
{
    m_search->setObjectName(QStringLiteral("hierarchySearch"));
    m_search->setStore(nullptr, {});
    connect(m_search.data(), &HierarchySearchBox::nodeChosen, this, [this](const RecordId& id) {
        emit revealRequested(RecordKind::Node, id);
        if (m_widget)
            m_widget->treeView()->setFocus(Qt::OtherFocusReason);
    });
    connect(
        m_search.data(), &HierarchySearchBox::readFailed, this, &Feature::readFailed, Qt::QueuedConnection);
}

HierarchyFeature::~HierarchyFeature()
{
    if (m_search && !m_search->parent())
        delete m_search.data();  // never placed in a toolbar
}

QString HierarchyFeature::title() const
{
    return tr("&Hierarchy");
}

QList<security::Permission> HierarchyFeature::permissions() const
{
    return { security::Permission::ReadHierarchy };
}

void HierarchyFeature::createMenus(FeatureMenus& menus)
{
    m_menu = menus.menu(QStringLiteral("hierarchyMenu"), tr("&Hierarchy"));
    QAction* find = m_menu->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_menu->insertSeparator(find);
}

QWidget* HierarchyFeature::open(storage::Connection& connection)
{
    m_widget = new HierarchyWidget(connection);
    m_widget->setObjectName(QStringLiteral("hierarchyWidget"));
    m_widget->importDivisionsAction()->setObjectName(QStringLiteral("importDivisions"));
    m_menu->insertActions(m_menu->actions().constFirst(), m_widget->editActions());
    // After the separator, beside Find (the last entry): the menu's own entries.
    m_menu->insertAction(m_menu->actions().constLast(), m_widget->importDivisionsAction());
    m_search->setStore(&m_widget->store(), connection.path());
    connect(
        m_widget, &HierarchyWidget::hierarchyChanged, this, [this] { emit changed(DataChange::Hierarchy); });
    connect(m_widget, &HierarchyWidget::readFailed, this, &Feature::readFailed);
    return m_widget;
}

void HierarchyFeature::close()
{
    if (m_search)
        m_search->setStore(nullptr, {});  // the store goes with the widget
    m_widget = nullptr;
}

QWidget* HierarchyFeature::page() const
{
    return m_widget;
}

QList<QAction*> HierarchyFeature::toolBarActions() const
{
    return m_widget ? m_widget->editActions() : QList<QAction*>();
}

QWidget* HierarchyFeature::toolBarWidget() const
{
    return m_search;
}

QString HierarchyFeature::statusText()
{
    if (!m_widget)
        return {};
    hierarchy::LevelCounts counts;
    if (auto failure
        = coreGuard(m_widget->databasePath(), [&] { counts = m_widget->store().countByLevel(); }))
        emit readFailed(failure->toString());
    counts[hierarchy::NodeLevel::District] = 0;  // always the one at the root
    return LevelCountText::describe(counts, tr("no streets or towns yet"));
}

void HierarchyFeature::focusPage()
{
    if (m_widget)
        m_widget->treeView()->setFocus(Qt::OtherFocusReason);
}

void HierarchyFeature::saveLayout(QSettings& settings) const
{
    if (m_widget)
        settings.setValue(SplitterKey, m_widget->splitter()->saveState());
}

void HierarchyFeature::restoreLayout(const QSettings& settings)
{
    const QByteArray splitter = settings.value(SplitterKey).toByteArray();
    if (splitter.isEmpty() || !m_widget->splitter()->restoreState(splitter))
        m_widget->splitter()->setSizes({ 700, 500 });
}

bool HierarchyFeature::confirmClose()
{
    return !m_widget || m_widget->confirmDiscardEdits();
}

bool HierarchyFeature::reveal(RecordKind kind, const RecordId& id)
{
    return kind == RecordKind::Node && m_widget && m_widget->revealNode(id);
}

}  // namespace redgrid::ui
