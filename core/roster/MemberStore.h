#pragma once

#include "Member.h"

#include <QList>
#include <QStringList>

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

// The one place that reads the member table (MemberEditor writes it). ID numbers, phones
// and addresses are opened here (MemberSecrets). Every call checks the connection's session
// for Permission::ReadRoster, and only members of organisations within the account's area
// are seen.
class MemberStore
{
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
    // The name keys the roster's search matches (RosterQuery), as stored for the member on
    // this row: the full pinyin and the initials of the name's first reading. Nothing for a
    // row that does not exist or lies outside the account's area.
    struct SearchKeys
    {
        QString spell;
        QString initials;
    };
    std::optional<SearchKeys> searchKeys(qint64 rowId);
    // 所在党支部 of a member registered in this organisation, as RosterRow::branchName says it:
    // a 党小组's branch, else the organisation itself. Empty outside the account's area.
    QString branchName(const RecordId& orgId);

private:
    friend class MemberEditor;  // checks a write against the member on record
    Member fromRow(const storage::Statement& row, Exposure exposure);
    std::optional<Member> plainMember(const RecordId& id);
    static Member masked(Member m);
    Exposure allowedExposure(Exposure asked);
    storage::Connection& m_db;
};

}  // namespace redgrid::roster
