#pragma once

namespace redgrid::organisation {

// The party organisations and the hierarchy nodes they cover (OrgStore, OrgEditor), created
// by schema migration 2. An organisation's secretary and contact refer to the roster's members.
inline constexpr const char* OrgTablesV2 = R"sql(
-- 党委 / 党工委 / 党总支 / 党支部 / 联合党支部 / 功能型党支部 / 临时党支部 / 党小组
CREATE TABLE party_org (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    parent_id       BLOB REFERENCES party_org (id),
    kind            TEXT NOT NULL CHECK (kind IN ('committee', 'working_committee', 'general_branch',
                        'branch', 'joint_branch', 'functional_branch', 'temporary_branch', 'group')),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),  -- full name, as on the seal
    short_name      TEXT NOT NULL DEFAULT '',
    code            TEXT NOT NULL UNIQUE,                          -- for the CLI and exchange
    category        TEXT NOT NULL DEFAULT '',                      -- 组织类别 ①-⑨ (CodeTable::orgCategory)
    unit_situation  TEXT NOT NULL DEFAULT '',                      -- 所在单位情况 (CodeTable::unitSituation)
    founded_on      TEXT,                                          -- yyyy-MM-dd
    secretary_id    BLOB REFERENCES member (id),
    contact_id      BLOB REFERENCES member (id),
    phone           TEXT NOT NULL DEFAULT '',
    term_start      TEXT,
    term_end        TEXT,
    has_committee   INTEGER NOT NULL DEFAULT 0 CHECK (has_committee IN (0, 1)),  -- 支部委员会
    sort_order      INTEGER NOT NULL DEFAULT 0,
    spell           TEXT NOT NULL DEFAULT '',
    remarks         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    modified_at     INTEGER NOT NULL,
    CHECK (kind <> 'group' OR parent_id IS NOT NULL)
);
CREATE INDEX party_org_children ON party_org (parent_id, sort_order, code);

-- The hierarchy nodes an organisation covers (双网融合): a 社区党委 its community, a
-- 网格党支部 its grid, a 楼栋党小组 its buildings.
CREATE TABLE party_org_node (
    org_id      BLOB NOT NULL REFERENCES party_org (id) ON DELETE CASCADE,
    node_id     BLOB NOT NULL REFERENCES hierarchy_node (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    PRIMARY KEY (org_id, node_id)
) WITHOUT ROWID;
CREATE INDEX party_org_node_by_node ON party_org_node (node_id);
)sql";

// Registers the organisations' migrations with the schema (storage::Schema), once at start-up.
void registerMigrations();

}  // namespace redgrid::organisation
