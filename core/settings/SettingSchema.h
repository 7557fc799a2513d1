#pragma once

namespace redgrid::settings {

// The setting table (SettingStore), created by schema migration 1.
inline constexpr const char* SettingTablesV1 = R"sql(
CREATE TABLE setting (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);
)sql";

// Registers the settings' migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::settings
