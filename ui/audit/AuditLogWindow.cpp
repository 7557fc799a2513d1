#include "AuditLogWindow.h"

#include "AuditViewer.h"
#include "security/AuditTrail.h"
#include "security/Session.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

namespace redgrid::ui {

bool hasAuditViewer()
{
    return true;
}

QWidget* createAuditViewer(storage::Connection& connection, QWidget* parent)
{
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
}

}  // namespace redgrid::ui
