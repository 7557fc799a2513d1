#include "AuditLogWindow.h"

#include "security/AuditTrail.h"
#include "security/Session.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

// The viewer is built by its own part of the project; until it is there, the menu entry
// that opens it stays hidden.
#if __has_include("ui/audit/AuditViewer.h")
#include "ui/audit/AuditViewer.h"
#define REDGRID_HAS_AUDIT_VIEWER 1
#endif

namespace redgrid::ui {

bool hasAuditViewer()
{
#ifdef REDGRID_HAS_AUDIT_VIEWER
    return true;
#else
    return false;
#endif
}

QWidget* createAuditViewer(storage::Connection& connection, QWidget* parent)
{
#ifdef REDGRID_HAS_AUDIT_VIEWER
    const security::Session* session = security::Session::of(connection);
    if (!session)
        return nullptr;
    QString installationId;
    coreGuard(connection.path(), [&] {
        installationId
            = settings::SettingStore(connection).value(settings::SettingKey::InstallationId, QString());
    });
    auto* viewer
        = new AuditViewer(connection, session->keys().auditKey().toByteArray(), installationId, parent);
    if (session->allows(security::Permission::ManageAccounts))
        viewer->setAcknowledge([&connection] { return security::acknowledgeAuditBreaks(connection); });
    return viewer;
#else
    Q_UNUSED(connection)
    Q_UNUSED(parent)
    return nullptr;
#endif
}

}  // namespace redgrid::ui
