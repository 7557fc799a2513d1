#pragma once

namespace redgrid::assessment {

// Teaches the audit log (audit::AuditWording) the names of templates, score sheets and
// rectifications, and the keys of their entries.
void registerAuditWords();

}  // namespace redgrid::assessment
