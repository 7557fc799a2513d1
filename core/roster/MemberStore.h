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
    // (An import inserts through BulkLoad::insert.)
    WriteOutcome write(const Member& member, const std::optional<Member>& existing, const QString& source);

    // While a first import fills an empty roster, the secondary indexes are dropped and
    // built once at the end (much faster than a million index updates), and the table's
    // CHECK constraints are not evaluated: the importer has validated every value
    // (MemberValidator), and they cost a tenth of the writing. If foreign keys are off
    // (storage::ForeignKeysOff, before the transaction), finish() proves every reference
    // instead, at a fraction of what checking each row costs. Use inside the caller's
    // transaction: if it rolls back, so does the drop. If the roster already has members,
    // it only proves the references (when foreign keys are off).
    // New members are written in statements of several rows (BulkLoad::insert): one
    // statement per member spends a quarter of SQLite's time starting and ending statements.
    class BulkLoad
    {
    public:
        explicit BulkLoad(MemberStore& store);
        BulkLoad(BulkLoad&& other) noexcept;
        BulkLoad& operator=(BulkLoad&&) = delete;
        ~BulkLoad();  // checks again, also when finish() was not reached
        // Inserts a member who is not on record, with a new id, as write() does. The row
        // is written together with the next ones, at the latest by finish(). `encoded`, if
        // it was made for member.id, is taken (the caller gets a spent one back, to free or
        // reuse on the thread that made it).
        void insert(const Member& member, EncodedMember* encoded);
        // Writes what insert() holds and rebuilds the indexes; throws SqliteError (a foreign
        // key error) if a row refers to an organisation or hierarchy node that does not exist.
        void finish();

    private:
        void writeHeldRows();
        void checkConstraintsAgain();
        void rebuildIndexes();
        void proveReferences();  // throws SqliteError if a reference is broken
        MemberStore* m_store;
        storage::Connection* m_db;
        QStringList m_indexSql;
        std::vector<EncodedMember> m_held;  // the first m_heldCount are rows to write
        std::size_t m_heldCount = 0;
        bool m_ignoringChecks = false;
        bool m_proveReferences = false;
        bool m_onlyInsertedRows = false;  // the roster was empty: every row comes through insert()
        bool m_rowsReferToPlaces = false;  // an inserted row names a residence or community
    };
    BulkLoad beginBulkLoad() { return BulkLoad(*this); }
    // Bulk move to another organisation, one 'moved' event each; all or nothing.
    Status moveTo(const QList<RecordId>& memberIds, const RecordId& orgId);

    // Recomputes the name keys of every member (after the user adds a reading).
    qint64 refreshNameKeys();

private:
    Member fromRow(const storage::Statement& row, Exposure exposure);
    std::optional<Member> plainMember(const RecordId& id);
    static Member masked(Member m);
    Exposure allowedExposure(Exposure asked);
    // Runs MEMBER_INSERT or MEMBER_UPDATE (?1 the id, then the encoded values).
    void writeRow(const char* sql, const Member& m);
    void writeRow(const char* sql, const EncodedMember& encoded);
    MemberEncoder& encoder();

    storage::Connection& m_db;
    std::unique_ptr<MemberEncoder> m_encoder;
};

}  // namespace redgrid::roster
