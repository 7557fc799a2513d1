#pragma once

#include "RosterColumns.h"
#include "ValueMapping.h"
#include "common/StringHash.h"
#include "format/SpreadsheetSource.h"
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
    // Values that their code table does not know, each with a warning unless the user chose a
    // code for it (MemberRowReader::setValueMapping); the row is imported without them.
    struct UnknownValue
    {
        RosterField field;
        QString text;
    };
    QList<UnknownValue> unknownValues;
    QString missingOrg;  // 所在党支部 names an organisation that does not exist
    QString createdOrg;  // … which reading this row created (createMissingOrgsUnder)
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

    MemberRowResult read(const format::SheetRow& row);

    // The codes the user chose for values no code table knows.
    void setValueMapping(ValueMapping mapping) { m_valueMapping = std::move(mapping); }
    // An organisation that 所在党支部 names and that does not exist yet is created below
    // `parentId` (null: at the top) through OrgEditor, with its rules and permissions, when
    // the first row naming it is read; in the caller's transaction, if any.
    void createMissingOrgsUnder(const RecordId& parentId) { m_createOrgsUnder = parentId; }

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
    QString cell(const format::SheetRow& row, RosterField field) const;
    bool isNumberCell(const format::SheetRow& row, RosterField field) const;
    RecordId orgFor(const QString& text, MemberRowResult& result);
    RecordId createOrg(const QString& name, MemberRowResult& result);
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
    ValueMapping m_valueMapping;
    std::optional<RecordId> m_createOrgsUnder;
    QHash<QString, QString> m_orgsNotCreated;  // name → why not, asked once per name
    std::mutex* m_connectionLock = nullptr;
};

}  // namespace redgrid::importexport
