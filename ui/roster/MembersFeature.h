#pragma once

#include "ui/common/Feature.h"

class QSplitter;

namespace redgrid::ui {

class OrganisationWidget;
class RosterFileActions;
class RosterWidget;

// The Party Members tab: the organisations beside the roster (choosing one lists its
// members), with the Organisations and Members menus and the roster's files.
class MembersFeature : public Feature
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
    QList<QAction*> toolBarActions() const override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    bool reveal(RecordKind kind, const RecordId& id) override;

private:
    void connectWidgets();

    QSplitter* m_page = nullptr;
    OrganisationWidget* m_organisations = nullptr;
    RosterWidget* m_roster = nullptr;
    RosterFileActions* m_files = nullptr;
    QMenu* m_orgMenu = nullptr;
    QMenu* m_memberMenu = nullptr;
    QAction* m_memberMenuSeparator = nullptr;  // the roster's actions go before it
};

}  // namespace redgrid::ui
