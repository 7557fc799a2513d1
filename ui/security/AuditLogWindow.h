#pragma once

class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The audit log viewer (ui/audit) over the signed-in session's audit key, or null when
// this build has no viewer or nobody is signed in.
QWidget* createAuditViewer(storage::Connection& connection, QWidget* parent = nullptr);
bool hasAuditViewer();

}  // namespace redgrid::ui
