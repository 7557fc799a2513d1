#pragma once

namespace redgrid::audit {

// The audit log's tables, created by schema migration 3 (AuditSchema.cpp registers it).
//
// audit_entry is the hash chain: entry n carries a MAC over its own columns and the MAC
// of entry n-1 (AuditMac). Rows are append-only: the triggers refuse every change but
// sealing an unsealed entry, and refuse deleting entries younger than 6 months. Someone
// with the sqlite3 shell can drop the triggers; the MACs are what catches them then.
//
// audit_chain_start keeps a copy of the newest entry ever deleted (deleting is allowed
// for entries older than 6 months, from the start of the log) and the MAC before it.
// With it the first remaining entry can still be checked, and its own MAC proves the
// removed entry was old enough: the start of the log cannot be cut off unnoticed.
// It is one row, not a record: audit chains belong to one installation, never merged.
//
// "6 months" is SQLite's date('now', '-6 months'); AuditLog and AuditChain use the
// same expression, SixMonthsAgoSql, so they agree with the trigger to the millisecond.
inline constexpr const char* SixMonthsAgoSql = "CAST(strftime('%s', 'now', '-6 months') AS INTEGER) * 1000";

inline constexpr const char* AuditSchemaSql = R"sql(
CREATE TABLE audit_entry (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    seq          INTEGER NOT NULL UNIQUE CHECK (seq > 0),         -- chain order: 1, 2, 3 ...
    at           INTEGER NOT NULL,                                -- ms since the epoch, UTC
    account_id   BLOB CHECK (account_id IS NULL OR length(account_id) = 16),  -- NULL: unknown user
    username     TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (length(action) > 0),        -- audit/AuditAction keys
    target_table TEXT NOT NULL DEFAULT '',
    target_id    BLOB,
    details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    succeeded    INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
    mac          BLOB CHECK (mac IS NULL OR length(mac) = 32),     -- NULL: not sealed yet
    created_at   INTEGER NOT NULL,
    modified_at  INTEGER NOT NULL
);
-- The viewer lists newest first (by seq) and filters by time, user and action.
CREATE INDEX audit_entry_by_time ON audit_entry (at);
CREATE INDEX audit_entry_by_user ON audit_entry (username, seq);
CREATE INDEX audit_entry_by_action ON audit_entry (action, seq);
-- Every append looks for entries still to seal; they are few, the log is long.
CREATE INDEX audit_entry_unsealed ON audit_entry (seq) WHERE mac IS NULL;

CREATE TABLE audit_chain_start (
    singleton    INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    seq          INTEGER NOT NULL,
    id           BLOB NOT NULL,
    at           INTEGER NOT NULL,
    account_id   BLOB,
    username     TEXT NOT NULL,
    action       TEXT NOT NULL,
    target_table TEXT NOT NULL,
    target_id    BLOB,
    details      TEXT NOT NULL,
    succeeded    INTEGER NOT NULL,
    mac          BLOB,
    prev_mac     BLOB,                                            -- the MAC of entry seq - 1
    created_at   INTEGER NOT NULL,
    modified_at  INTEGER NOT NULL
);

CREATE TRIGGER audit_entry_keep_young BEFORE DELETE ON audit_entry
WHEN OLD.at > CAST(strftime('%s', 'now', '-6 months') AS INTEGER) * 1000
BEGIN
    SELECT RAISE(ABORT, 'audit_entry: entries younger than 6 months cannot be deleted');
END;

CREATE TRIGGER audit_entry_sealed BEFORE UPDATE ON audit_entry
WHEN OLD.mac IS NOT NULL
     OR NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
     OR NEW.account_id IS NOT OLD.account_id OR NEW.username IS NOT OLD.username
     OR NEW.action IS NOT OLD.action OR NEW.target_table IS NOT OLD.target_table
     OR NEW.target_id IS NOT OLD.target_id OR NEW.details IS NOT OLD.details
     OR NEW.succeeded IS NOT OLD.succeeded OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'audit_entry: entries cannot be changed, only sealed once');
END;

CREATE TRIGGER audit_entry_removed AFTER DELETE ON audit_entry
WHEN OLD.seq > coalesce((SELECT seq FROM audit_chain_start), 0)
BEGIN
    INSERT OR REPLACE INTO audit_chain_start (singleton, seq, id, at, account_id, username, action,
        target_table, target_id, details, succeeded, mac, prev_mac, created_at, modified_at)
    VALUES (1, OLD.seq, OLD.id, OLD.at, OLD.account_id, OLD.username, OLD.action, OLD.target_table,
        OLD.target_id, OLD.details, OLD.succeeded, OLD.mac,
        coalesce((SELECT mac FROM audit_entry WHERE seq = OLD.seq - 1),
                 (SELECT mac FROM audit_chain_start WHERE seq = OLD.seq - 1)),
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
)sql";

// Registers the audit log's migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::audit
