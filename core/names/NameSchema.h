#pragma once

namespace redgrid::names {

// The readings the user adds (UserReadings), created by schema migration 2.
inline constexpr const char* NameReadingTableV2 = R"sql(
-- Readings of surnames and place names added by the user (the shipped ones are in the program).
CREATE TABLE name_reading (
    text        TEXT PRIMARY KEY NOT NULL CHECK (length(text) > 0),
    reading     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'place')),
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);
)sql";

// Registers the names' migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::names
