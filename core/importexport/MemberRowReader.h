#pragma once

#include "RosterColumns.h"
#include "SpreadsheetSource.h"
#include "common/StringHash.h"
#include "roster/Member.h"
#include "roster/MemberEncoder.h"

#include <QCoreApplication>
#include <QHash>

#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::importexport {

// One spreadsheet row turned into a member, with everything wrong with it.
struct MemberRowResult
{
    roster::Member member;  // the existing record overlaid with the row's columns
    std::optional<roster::Member> existing;  // the member with this ID number, if on record
    // A new member's sealed items and name keys, when the reading thread computed them
    // (MemberRowPipeline with an encoder; member.id is then set).
    std::optional<roster::EncodedMember> encoded;
    QStringList errors;  // the row is rejected if any
    QStringList warnings;
    bool ok() const { return errors.isEmpty(); }
};

// Reads members out of roster rows: labels to codes, dates in the forms rosters use, the
// organisation by name, and the rules of MemberValidator. Columns the file does not have
// keep the values already on record, so re-importing a narrower file loses nothing.
class MemberRowReader
{
    Q_DECLARE_TR_FUNCTIONS(MemberRowReader)

public:
    MemberRowReader(
        storage::Connection& db, ColumnMapping mapping, const RecordId& defaultOrgId, const QDate& today);

    MemberRowResult read(const SheetRow& row);

    // Whether read() looks members up by ID number: not while the roster was empty when
    // the reader was made (a first import meets no one on record).
    bool looksUpMembers() const { return !m_rosterWasEmpty; }
    // When another thread uses the connection too, read() uses it only while holding `lock`
    // (null: this thread alone uses it).
    void shareConnection(std::mutex* lock) { m_connectionLock = lock; }

private:
    std::unique_lock<std::mutex> useConnection() const;
    int columnOf(RosterField field) const;
    bool has(RosterField field) const { return columnOf(field) >= 0; }
    QString cell(const SheetRow& row, RosterField field) const;
    bool isNumberCell(const SheetRow& row, RosterField field) const;
    RecordId orgFor(const QString& text, QStringList& errors);
    RecordId communityFor(const QString& text, QStringList& errors);
    std::optional<bool> yesNo(const QString& text) const;

    storage::Connection& m_db;
    // The column of each item, by RosterField (-1: none), looked up some 40 times a row.
    std::vector<int> m_columns;
    RecordId m_defaultOrg;
    QDate m_today;
    bool m_rosterWasEmpty;
    // Organisation names and codes seen so far, looked up on every row (StringHash: it holds
    // only organisations found in the database, so no file can grow it without limit).
    std::unordered_map<QString, RecordId, StringHash> m_orgs;
    QHash<QString, RecordId> m_communities;
    std::mutex* m_connectionLock = nullptr;
};

}  // namespace redgrid::importexport
