#pragma once

namespace redgrid::security {

// Version 3 of the schema seals ID numbers and phones under a master key that only accounts
// unlock: a database reaching it needs its first administrator (SecuredFile).
inline constexpr int FirstSecuredVersion = 3;

// Accounts and the master key wrapped for each (AccountStore, KeySlots), created by schema
// migration 3, whose step then makes the first administrator (SecuritySetup::secure).
inline constexpr const char* AccountTablesV3 = R"sql(
-- People who sign in. scope_node_id NULL: the whole database (the first administrator).
CREATE TABLE account (
    id                  BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    username            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    display_name        TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL CHECK (role IN ('district_admin', 'street_admin',
                            'community_secretary', 'grid_worker', 'auditor')),
    scope_node_id       BLOB REFERENCES hierarchy_node (id),
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER NOT NULL DEFAULT 0,      -- ms; after too many wrong passwords
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),  -- locked by an administrator
    password_changed_at INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL
);

-- The master key wrapped under each account's password (Argon2id) and under the recovery key.
CREATE TABLE key_slot (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    account_id  BLOB UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('password', 'recovery')),
    salt        BLOB NOT NULL,
    ops_limit   INTEGER NOT NULL,
    mem_limit   INTEGER NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    CHECK ((kind = 'recovery') = (account_id IS NULL))
);
CREATE UNIQUE INDEX key_slot_one_recovery ON key_slot (kind) WHERE kind = 'recovery';
)sql";

// Registers security's migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::security
