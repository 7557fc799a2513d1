#pragma once

namespace redgrid::security {

// Teaches the audit log (audit::AuditWording) the names of accounts, their roles and areas.
void registerAuditWords();

}  // namespace redgrid::security
