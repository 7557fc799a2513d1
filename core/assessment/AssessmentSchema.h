#pragma once

namespace redgrid::assessment {

// The assessment's tables, created by schema migration 11 (AssessmentSchema.cpp registers it).
// Scores are whole hundredths of a point (Points), never floating point.

// Migration 11: templates, score sheets, their entries, rectifications and reopenings.
inline constexpr const char* AssessmentTablesV11 = R"sql(
-- Versioned indicator templates (AssessmentTemplate, as TemplateFile's JSON). A version that
-- a sheet uses is never changed: editing writes the next version under the same template_id,
-- which is also kept when a template is exported and imported into another database.
CREATE TABLE assessment_template (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),   -- this version's row
    template_id  BLOB NOT NULL CHECK (length(template_id) = 16),
    version      INTEGER NOT NULL CHECK (version >= 1),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    target       TEXT NOT NULL CHECK (target IN ('community', 'branch')),
    body         TEXT NOT NULL CHECK (json_valid(body)),
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    modified_at  INTEGER NOT NULL,
    UNIQUE (template_id, version)
);

-- A score sheet: one target in one quarter, scored with one template version. A community or
-- village is a hierarchy node (scored by its street); a branch is a party organisation
-- (scored by its 党委).
CREATE TABLE assessment_sheet (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    template_row  BLOB NOT NULL REFERENCES assessment_template (id),
    period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
    node_id       BLOB REFERENCES hierarchy_node (id),
    org_id        BLOB REFERENCES party_org (id),
    state         TEXT NOT NULL DEFAULT 'self'
                      CHECK (state IN ('self', 'submitted', 'reviewed', 'confirmed')),
    self_vetoes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(self_vetoes)),
    review_vetoes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(review_vetoes)),
    total         INTEGER,           -- the total as last saved (the review's once reviewed)
    revision      INTEGER NOT NULL DEFAULT 1,  -- raised by every save; an older base is refused
    modified_by   TEXT NOT NULL DEFAULT '',    -- who saved last, named when a save is refused
    created_at    INTEGER NOT NULL,
    modified_at   INTEGER NOT NULL,
    CHECK ((node_id IS NULL) <> (org_id IS NULL))
);
CREATE UNIQUE INDEX assessment_sheet_of_node ON assessment_sheet (node_id, period) WHERE node_id IS NOT NULL;
CREATE UNIQUE INDEX assessment_sheet_of_org ON assessment_sheet (org_id, period) WHERE org_id IS NOT NULL;
CREATE INDEX assessment_sheet_by_period ON assessment_sheet (period);

-- What one side gave for one indicator: the target's self-assessment, the assessor's review.
-- Computed indicators keep the count they were scored on (achieved of possible).
CREATE TABLE assessment_entry (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    sheet_id      BLOB NOT NULL REFERENCES assessment_sheet (id) ON DELETE CASCADE,
    indicator_key TEXT NOT NULL,
    side          TEXT NOT NULL CHECK (side IN ('self', 'review')),
    score         INTEGER,           -- hundredths; NULL: not scored
    findings      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(findings)),
    evidence      TEXT NOT NULL DEFAULT '',
    attachments   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
    achieved      INTEGER,
    possible      INTEGER,
    counted       TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    modified_at   INTEGER NOT NULL,
    UNIQUE (sheet_id, indicator_key, side)
);

-- 整改: a lost point followed up until closed; open items past their deadline are carried
-- into the next quarters' sheets and reports.
CREATE TABLE assessment_rectification (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    sheet_id      BLOB NOT NULL REFERENCES assessment_sheet (id),
    indicator_key TEXT NOT NULL,
    problem       TEXT NOT NULL CHECK (length(trim(problem)) > 0),
    responsible   TEXT NOT NULL CHECK (length(trim(responsible)) > 0),
    deadline      TEXT NOT NULL,     -- yyyy-MM-dd
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    closed_on     TEXT,
    outcome       TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    modified_at   INTEGER NOT NULL
);
CREATE INDEX assessment_rectification_of_sheet ON assessment_rectification (sheet_id);
CREATE INDEX assessment_rectification_open ON assessment_rectification (deadline) WHERE state = 'open';

-- Reopening a confirmed sheet needs a reason; every one is kept.
CREATE TABLE assessment_reopening (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    sheet_id      BLOB NOT NULL REFERENCES assessment_sheet (id),
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    reopened_by   TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    modified_at   INTEGER NOT NULL
);
)sql";

// Migration 12: the year-end rating (年终评定) an assessor gives a target for a year, with the
// year's bonus and penalty outside the quarters: what the annual score adds to the weighted
// mean of the quarters (AnnualScore).
inline constexpr const char* AssessmentYearEndV12 = R"sql(
CREATE TABLE assessment_year_end (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    node_id      BLOB REFERENCES hierarchy_node (id),
    org_id       BLOB REFERENCES party_org (id),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    rating       INTEGER NOT NULL DEFAULT 0 CHECK (rating >= 0),    -- hundredths
    bonus        INTEGER NOT NULL DEFAULT 0 CHECK (bonus >= 0),
    penalty      INTEGER NOT NULL DEFAULT 0 CHECK (penalty >= 0),
    note         TEXT NOT NULL DEFAULT '',
    modified_by  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    modified_at  INTEGER NOT NULL,
    CHECK ((node_id IS NULL) <> (org_id IS NULL))
);
CREATE UNIQUE INDEX assessment_year_end_of_node ON assessment_year_end (node_id, year) WHERE node_id IS NOT NULL;
CREATE UNIQUE INDEX assessment_year_end_of_org ON assessment_year_end (org_id, year) WHERE org_id IS NOT NULL;
)sql";

// Registers the assessment's migrations with the schema (storage::Schema), once at start-up.
// Migration 11 also installs the default templates (DefaultTemplates), so that every
// database has them to copy, with the same ids everywhere.
void registerMigrations();

}  // namespace redgrid::assessment
