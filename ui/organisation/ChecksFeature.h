#pragma once

#include "ui/common/Feature.h"

namespace redgrid::ui {

class OrgChecksView;

// The Organisation Checks tab: what the organisations lack (committees, secretaries, grids
// without an organisation). Stale after any edit; read again when it comes to the front.
class ChecksFeature : public Feature
{
    Q_OBJECT

public:
    using Feature::Feature;

    QString title() const override;
    QList<security::Permission> permissions() const override;
    void createMenus(FeatureMenus& menus) override;
    QWidget* open(storage::Connection& connection) override;
    void close() override;
    QWidget* page() const override;
    void dataChanged(DataChanges changes) override;

private:
    OrgChecksView* m_view = nullptr;
    QAction* m_show = nullptr;  // Organisations › Show the Checks
};

}  // namespace redgrid::ui
