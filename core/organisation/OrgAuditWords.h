#pragma once

namespace redgrid::organisation {

// Teaches the audit log (audit::AuditWording) the names of party organisations and the
// keys of their entries.
void registerAuditWords();

}  // namespace redgrid::organisation
