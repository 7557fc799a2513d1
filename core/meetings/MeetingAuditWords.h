#pragma once

namespace redgrid::meetings {

// How the audit log names a meeting and the details its entries carry.
void registerAuditWords();

}  // namespace redgrid::meetings
