#pragma once

namespace redgrid {

// What each domain of core registers once at start-up, before anything else runs: the
// migrations of the tables it owns (storage::Schema; without them no database opens) and the
// words the audit log shows for its records (audit::AuditWording). Called by the entry points
// (redgrid, redgrid-cli) and the tests' main; calling it again does nothing.
void registerCoreModules();

}  // namespace redgrid
