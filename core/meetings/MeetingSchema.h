#pragma once

namespace redgrid::meetings {

// The tables of organisational life, created by schema migration 13 (MeetingSchema.cpp
// registers it). A meeting is recorded once; its ledgers, the compliance matrix and the due
// list are all read from these rows (issue 25).

// Migration 13: meetings and their attendance.
inline constexpr const char* MeetingTablesV13 = R"sql(
-- One meeting or activity of one organisation (MeetingType's keys). Its validity is worked
-- out when it is saved (Quorum) and kept with the figures, so a ledger prints what was
-- decided then: quorum_base 应到, quorum_attended 实到, quorum_needed more than half.
CREATE TABLE meeting (
    id               BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    org_id           BLOB NOT NULL REFERENCES party_org (id),
    type             TEXT NOT NULL CHECK (type IN ('general_meeting', 'committee_meeting',
                         'group_meeting', 'party_lecture', 'theme_day', 'life_meeting', 'appraisal',
                         'heart_talk', 'other')),
    other_name       TEXT NOT NULL DEFAULT '',   -- the branch's own name of an "other" meeting
    held_on          TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    starts_at        TEXT NOT NULL DEFAULT '',   -- HH:mm, or empty
    ends_at          TEXT NOT NULL DEFAULT '',
    place            TEXT NOT NULL DEFAULT '',
    chair            TEXT NOT NULL DEFAULT '',   -- 主持人
    recorder         TEXT NOT NULL DEFAULT '',   -- 记录人
    topic            TEXT NOT NULL DEFAULT '',   -- 主题
    summary          TEXT NOT NULL DEFAULT '',   -- 内容摘要
    resolutions      TEXT NOT NULL DEFAULT '',   -- 决议
    attachments      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),  -- file paths
    talk_first       BLOB REFERENCES member (id),  -- 谈心谈话: the two people
    talk_second      BLOB REFERENCES member (id),
    motion_in_favour INTEGER CHECK (motion_in_favour >= 0),  -- a 支部党员大会's motion, if put
    quorum_base      INTEGER NOT NULL DEFAULT 0,
    quorum_attended  INTEGER NOT NULL DEFAULT 0,
    quorum_needed    INTEGER NOT NULL DEFAULT 0,
    valid            INTEGER NOT NULL DEFAULT 1 CHECK (valid IN (0, 1)),
    created_by       TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    modified_at      INTEGER NOT NULL
);
CREATE INDEX meeting_by_org ON meeting (org_id, held_on);
-- Covers what the due list and compliance read of a year's meetings, without the rows.
CREATE INDEX meeting_by_date ON meeting (held_on, org_id, type, valid);

-- One member's attendance at one meeting (Attendance's keys). has_vote is the member's at the
-- meeting: a 预备党员 has none (党章 Art. 7), and becoming 正式 later changes no past meeting.
CREATE TABLE meeting_attendance (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    meeting_id  BLOB NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id   BLOB NOT NULL REFERENCES member (id),
    attendance  TEXT NOT NULL CHECK (attendance IN ('present', 'late', 'sick_leave', 'personal_leave',
                    'official_duty', 'mobile', 'exempt', 'absent')),
    has_vote    INTEGER NOT NULL CHECK (has_vote IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,  -- the sheet's order, as it was entered
    created_at  INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    UNIQUE (meeting_id, member_id)
);
CREATE INDEX meeting_attendance_by_member ON meeting_attendance (member_id);
)sql";

void registerMigrations();

}  // namespace redgrid::meetings
