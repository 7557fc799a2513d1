#pragma once

#include "Member.h"
#include "MemberEncoder.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::roster {

// Whether ID numbers and phones leave the store in full. Every default view, export and
// print is Masked; Unmasked is granted only to roles with Permission::ViewUnmasked (others
// get masked values), and a single member shown unmasked is written to the audit log.
enum class Exposure { Masked, Unmasked };

// A member as the roster lists them.
struct RosterRow
{
    qint64 rowId = 0;
    Member member;
    QString orgName;  // where the member is registered (a branch, or a 党小组 within one)
    QString orgCode;
    QString branchName;  // 所在党支部: the branch itself, or the 党小组's branch (MemberStore::branchName)
    QString dualCommunityName;  // 双报到: the community's name
};

// What a write did to a member, for import summaries.
enum class WriteOutcome { Inserted, Updated, Unchanged };

// The one place that reads and writes the member table. ID numbers, phones and addresses
// are sealed here (MemberSecrets) and opened only here. Every call checks the connection's
// session: reading needs Permission::ReadRoster and writing EditRoster, and only members of
// organisations within the account's area are seen or touched.
class MemberStore
{
    Q_DECLARE_TR_FUNCTIONS(MemberStore)

public:
    explicit MemberStore(storage::Connection& connection);
    ~MemberStore();

    std::optional<Member> member(const RecordId& id, Exposure exposure = Exposure::Masked);
    std::optional<Member> findByIdNumber(const QString& idNumber, Exposure exposure = Exposure::Masked);

    // For writers inside core (the importer): the member on record with this ID number, in
    // plain, or that one exists outside the account's area (which the writer must refuse).
    struct Lookup
    {
        std::optional<Member> member;
        bool outsideScope = false;
    };
    Lookup lookupByIdNumber(const QString& idNumber);
    // The rows with these row ids, in the order given (ids that vanished are skipped).
    QList<RosterRow> rows(const std::vector<qint64>& rowIds, Exposure exposure = Exposure::Masked);
    qint64 count(std::optional<MemberStatus> status = MemberStatus::Active);
    // 所在党支部 of a member registered in this organisation, as RosterRow::branchName says it:
    // a 党小组's branch, else the organisation itself. Empty outside the account's area.
    QString branchName(const RecordId& orgId);

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
    friend class MemberBulkLoad;  // writes rows as the store encodes them
    Member fromRow(const storage::Statement& row, Exposure exposure);
    std::optional<Member> plainMember(const RecordId& id);
    static Member masked(Member m);
    Exposure allowedExposure(Exposure asked);
    // Runs MEMBER_INSERT or MEMBER_UPDATE (?1 the id, then the encoded values).
    void writeRow(const char* sql, const Member& m);
    void writeRow(const char* sql, const EncodedMember& encoded);
    void insertRow(const EncodedMember& encoded);  // MEMBER_INSERT
    MemberEncoder& encoder();

    storage::Connection& m_db;
    std::unique_ptr<MemberEncoder> m_encoder;
};

}  // namespace redgrid::roster
