#pragma once

namespace redgrid::hierarchy {

// Teaches the audit log (audit::AuditWording) the names of hierarchy nodes ("电测社区（社区）").
void registerAuditWords();

}  // namespace redgrid::hierarchy
