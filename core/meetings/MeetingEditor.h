#pragma once

#include "Meeting.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::meetings {

// Records meetings, with their rules; each call is one transaction, written to the audit log.
// The meeting's validity is worked out here from its attendance (Quorum: a 支部党员大会 needs
// more than half of its voting members, a 支委会 more than half of its members) and kept with
// it: a meeting that fails its quorum is saved, marked invalid, with the figures (issue 25 §1).
class MeetingEditor
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEditor)

public:
    explicit MeetingEditor(storage::Connection& connection, const QuorumSettings& settings = {});

    // Whether the account may record meetings at all (a refusal for lack of permission).
    Status allowed() const;

    // A new meeting of `meeting.orgId`; its id, quorum and validity are filled in.
    Result<Meeting> add(const Meeting& meeting);
    // Replaces everything of the meeting `meeting.id` but its organisation.
    Result<Meeting> update(const Meeting& meeting);
    Status remove(const RecordId& id);

    // The quorum from the sheet (支部工作条例 Arts. 11-12), and the validity that follows; a
    // meeting of another type has none to reach.
    static void workOutQuorum(Meeting& meeting, const QuorumSettings& settings);

    // What add and update refuse, in words; nothing when the meeting may be saved.
    std::optional<QString> problemWith(const Meeting& meeting);

private:
    // The same, given the organisation's members (id → 预备党员?), read once per call.
    std::optional<QString> problemWith(const Meeting& meeting, const QHash<RecordId, bool>& members);
    Status write(Meeting& meeting, bool isNew);
    storage::Connection& m_db;
    QuorumSettings m_settings;
};

}  // namespace redgrid::meetings
