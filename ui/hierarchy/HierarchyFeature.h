#pragma once

#include "ui/common/Feature.h"

#include <QPointer>

namespace redgrid::ui {

class HierarchySearchBox;
class HierarchyWidget;

// The hierarchy tab: the tree of the district, its Hierarchy menu with Find, the search box
// at the end of the toolbar, and the count of streets and communities in the status bar.
class HierarchyFeature : public Feature
{
    Q_OBJECT

public:
    explicit HierarchyFeature(QObject* parent = nullptr);
    ~HierarchyFeature() override;

    QString title() const override;
    QList<security::Permission> permissions() const override;
    void createMenus(FeatureMenus& menus) override;
    QWidget* open(storage::Connection& connection) override;
    void close() override;
    QWidget* page() const override;
    QList<QAction*> toolBarActions() const override;
    QWidget* toolBarWidget() const override;
    QString statusText() override;
    void focusPage() override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    bool confirmClose() override;
    bool reveal(RecordKind kind, const RecordId& id) override;

private:
    HierarchyWidget* m_widget = nullptr;
    QPointer<HierarchySearchBox> m_search;  // in the window's toolbar, which deletes it
    QMenu* m_menu = nullptr;
};

}  // namespace redgrid::ui
