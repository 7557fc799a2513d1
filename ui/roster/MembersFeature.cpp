#include "MembersFeature.h"

#include "RosterFileActions.h"
#include "RosterWidget.h"
#include "ui/organisation/OrgTreeModel.h"
#include "ui/organisation/OrganisationWidget.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSplitter>

namespace redgrid::ui {
namespace {

const QString SplitterKey = QStringLiteral("mainWindow/membersSplitter");

}  // namespace

QString MembersFeature::title() const
{
    return tr("Party &Members");
}

QList<security::Permission> MembersFeature::permissions() const
{
    return { security::Permission::ReadOrganisations, security::Permission::ReadRoster };
}

void MembersFeature::createMenus(FeatureMenus& menus)
{
    m_orgMenu = menus.menu(QStringLiteral("organisationsMenu"), tr("&Organisations"));
    m_memberMenu = menus.menu(QStringLiteral("membersMenu"), tr("&Members"));
    m_memberMenuSeparator = m_memberMenu->addSeparator();
}

QWidget* MembersFeature::open(storage::Connection& connection)
{
    m_organisations = new OrganisationWidget(connection);
    m_organisations->setObjectName(QStringLiteral("organisationWidget"));
    m_organisations->addAction()->setObjectName(QStringLiteral("addOrganisation"));
    m_roster = new RosterWidget(connection);
    m_roster->setObjectName(QStringLiteral("rosterWidget"));
    m_page = new QSplitter(Qt::Horizontal);
    m_page->setObjectName(QStringLiteral("membersPage"));
    m_page->addWidget(m_organisations);
    m_page->addWidget(m_roster);
    m_page->setStretchFactor(0, 1);
    m_page->setStretchFactor(1, 3);
    m_page->setChildrenCollapsible(false);

    // The widgets' own actions leave the menus when the widgets go.
    m_orgMenu->insertActions(m_orgMenu->actions().value(0), m_organisations->editActions());
    m_memberMenu->insertActions(m_memberMenuSeparator, m_roster->memberActions());
    m_memberMenu->addAction(m_roster->strokeOrderAction());
    m_memberMenu->addMenu(m_roster->columnMenu());
    m_files = new RosterFileActions(connection, m_roster);  // leaves the menu with the roster
    m_files->importAction()->setObjectName(QStringLiteral("importMembers"));
    m_memberMenu->addActions(m_files->actions());
    connectWidgets();
    return m_page;
}

void MembersFeature::connectWidgets()
{
    connect(m_organisations, &OrganisationWidget::currentOrgChanged, m_roster, [this](const RecordId& id) {
        const organisation::PartyOrg* org = m_organisations->model()->org(id);
        m_roster->setOrganisation(id, org ? org->name : QString());
    });
    connect(m_organisations, &OrganisationWidget::organisationsChanged, this, [this] {
        m_roster->reload();  // names and codes of organisations show in the rows
        emit changed(DataChange::Organisations);
    });
    connect(m_roster, &RosterWidget::membersChanged, this, [this] {
        m_organisations->reload();  // member counts
        emit changed(DataChange::Members);
    });
    connect(m_files, &RosterFileActions::membersImported, this, [this] {
        m_organisations->reload();
        // The members just imported may lie outside the organisation shown, or fail its
        // search and filters: show everyone, so that they can be found.
        m_roster->showAllMembers();
        emit changed(DataChange::Members);
    });
    connect(m_roster, &RosterWidget::allOrganisationsRequested, m_organisations,
        &OrganisationWidget::clearSelection);
    connect(m_roster, &RosterWidget::organisationRequested, m_organisations, &OrganisationWidget::selectOrg);
    connect(
        m_organisations, &OrganisationWidget::readFailed, this, &Feature::readFailed, Qt::QueuedConnection);
    connect(m_roster, &RosterWidget::readFailed, this, &Feature::readFailed, Qt::QueuedConnection);
}

void MembersFeature::close()
{
    m_page = nullptr;
    m_organisations = nullptr;
    m_roster = nullptr;
    m_files = nullptr;
}

QWidget* MembersFeature::page() const
{
    return m_page;
}

QList<QAction*> MembersFeature::toolBarActions() const
{
    if (!m_page)
        return {};
    return m_organisations->editActions().mid(0, 1) + m_roster->memberActions();
}

void MembersFeature::saveLayout(QSettings& settings) const
{
    if (m_page)
        settings.setValue(SplitterKey, m_page->saveState());
}

void MembersFeature::restoreLayout(const QSettings& settings)
{
    const QByteArray splitter = settings.value(SplitterKey).toByteArray();
    if (splitter.isEmpty() || !m_page->restoreState(splitter))
        m_page->setSizes({ 460, 940 });
}

bool MembersFeature::reveal(RecordKind kind, const RecordId& id)
{
    return kind == RecordKind::Organisation && m_organisations && m_organisations->selectOrg(id);
}

}  // namespace redgrid::ui
