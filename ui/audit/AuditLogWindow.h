#pragma once

class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The audit log viewer over the signed-in session's audit key, or null when nobody is
// signed in: the auditor's tab (AuditFeature), and the window of Account › Audit Log.
QWidget* createAuditViewer(storage::Connection& connection, QWidget* parent = nullptr);
// Whether this build has the viewer (it once came in its own part of the project; it is
// always there now).
bool hasAuditViewer();

}  // namespace redgrid::ui
