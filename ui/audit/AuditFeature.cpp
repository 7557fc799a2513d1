#include "AuditFeature.h"

#include "AuditLogWindow.h"
#include "security/Session.h"

#include <QLabel>

namespace redgrid::ui {

QString AuditFeature::title() const
{
    return tr("&Audit Log");
}

QList<security::Permission> AuditFeature::permissions() const
{
    return { security::Permission::ReadAudit };
}

bool AuditFeature::isShownTo(const security::Session& session) const
{
    return Feature::isShownTo(session) && !session.allows(security::Permission::ReadHierarchy);
}

QWidget* AuditFeature::open(storage::Connection& connection)
{
    m_viewer = createAuditViewer(connection);
    if (!m_viewer)
        m_viewer = new QLabel;  // nobody signed in: nothing to show
    m_viewer->setObjectName(QStringLiteral("auditPage"));
    return m_viewer;
}

void AuditFeature::close()
{
    m_viewer = nullptr;
}

QWidget* AuditFeature::page() const
{
    return m_viewer;
}

}  // namespace redgrid::ui
