#pragma once

#include "Member.h"
#include "MemberEncoder.h"
#include "MemberStore.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::roster {

// What a write did to a member, for import summaries.
enum class WriteOutcome { Inserted, Updated, Unchanged };

// Every write to the member table, with its rules. ID numbers, phones and addresses are
// sealed here (MemberEncoder, MemberSecrets) as MemberStore opens them. Every call checks the
// connection's session for Permission::EditRoster, and only members of organisations within
// the account's area are touched; each call is one transaction, audited.
class MemberEditor
{
    Q_DECLARE_TR_FUNCTIONS(MemberEditor)

public:
    explicit MemberEditor(storage::Connection& connection);
    ~MemberEditor();

    // Adds a new member (no ID number may repeat); records a 'created' event.
    Result<Member> add(const Member& member);
    // Replaces the fields of an existing member, matched by id; records the changed fields.
    // A masked ID number or phone (with '*') in `member` means "unchanged".
    Result<WriteOutcome> update(const Member& member, const QString& source = {});
    // Inserts, updates or leaves alone the member with this ID number (the importer's
    // idempotent write). Call inside the caller's transaction for batches.
    WriteOutcome upsertByIdNumber(const Member& member, const QString& source);
    // The same, when the caller has already looked up `existing` (unmasked) by ID number.
    // (An import inserts through MemberBulkLoad::insert.)
    WriteOutcome write(const Member& member, const std::optional<Member>& existing, const QString& source);

    // Bulk move to another organisation, one 'moved' event each; all or nothing.
    Status moveTo(const QList<RecordId>& memberIds, const RecordId& orgId);

    // Recomputes the name keys of every member (after the user adds a reading).
    qint64 refreshNameKeys();

private:
    friend class MemberBulkLoad;  // writes rows as the editor encodes them
    // Runs MEMBER_INSERT or MEMBER_UPDATE (?1 the id, then the encoded values).
    void writeRow(const char* sql, const Member& m);
    void writeRow(const char* sql, const EncodedMember& encoded);
    void insertRow(const EncodedMember& encoded);  // MEMBER_INSERT
    MemberEncoder& encoder();

    storage::Connection& m_db;
    MemberStore m_store;  // the reads a write checks against
    std::unique_ptr<MemberEncoder> m_encoder;
};

}  // namespace redgrid::roster
