#include "ChecksFeature.h"

#include "OrgChecksView.h"

#include <QAction>
#include <QMenu>

namespace redgrid::ui {

QString ChecksFeature::title() const
{
    return tr("Organisation &Checks");
}

QList<security::Permission> ChecksFeature::permissions() const
{
    return { security::Permission::ReadOrganisations, security::Permission::ReadRoster };
}

void ChecksFeature::createMenus(FeatureMenus& menus)
{
    QMenu* menu = menus.menu(QStringLiteral("organisationsMenu"), tr("&Organisations"));
    m_show = menu->addAction(tr("Show the &Checks"), this, &Feature::showRequested);
    m_show->setEnabled(false);  // until a database is open
    menu->insertSeparator(m_show);
}

QWidget* ChecksFeature::open(storage::Connection& connection)
{
    m_view = new OrgChecksView(connection);
    m_view->setObjectName(QStringLiteral("checksView"));
    m_show->setEnabled(true);
    connect(m_view, &OrgChecksView::orgChosen, this,
        [this](const RecordId& id) { emit revealRequested(RecordKind::Organisation, id); });
    connect(m_view, &OrgChecksView::gridChosen, this,
        [this](const RecordId& id) { emit revealRequested(RecordKind::Node, id); });
    connect(m_view, &OrgChecksView::readFailed, this, &Feature::readFailed, Qt::QueuedConnection);
    return m_view;
}

void ChecksFeature::close()
{
    m_view = nullptr;
    m_show->setEnabled(false);
}

QWidget* ChecksFeature::page() const
{
    return m_view;
}

void ChecksFeature::dataChanged(DataChanges changes)
{
    Q_UNUSED(changes)  // every edit can change what the checks find
    if (m_view)
        m_view->markStale();
}

}  // namespace redgrid::ui
