#pragma once

#include "RosterColumns.h"
#include "ValueMapping.h"
#include "common/RecordId.h"
#include "common/Result.h"
#include "format/SpreadsheetSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::importexport {

class MemberRowReader;

struct MemberImportOptions
{
    QString sheet;  // xlsx: the sheet to read; empty = the first
    RecordId defaultOrgId;  // for rows whose 所在党支部 is empty (CLI --org)
    std::optional<ColumnMapping> mapping;  // the user's correction; default: from the header row
    // Codes chosen for values no code table knows, over those remembered in the database;
    // a real import (not a dry run) remembers them.
    ValueMapping valueMapping;
    // Set: organisations that 所在党支部 names and that do not exist are created below this
    // one (null: at the top), as a first import into an empty database needs.
    std::optional<RecordId> createOrgsUnder;
    bool dryRun = false;  // check everything, write nothing
    QString rejectsPath;  // .csv or .xlsx: the rejected rows with their reasons
    QDate today = QDate::currentDate();
};

// What a file holds before anything is imported (for the preview and the mapping).
struct MemberFileLayout
{
    format::SpreadsheetInfo info;
    QString sheet;
    qint64 headerRow = 0;  // spreadsheet row number of the header
    QStringList headers;
    ColumnMapping mapping;
    QStringList missingRequired;  // official labels of required items no column holds
};

struct MemberPreviewRow
{
    qint64 row = 0;
    QStringList cells;
    QStringList errors;
    QStringList warnings;
    bool updatesExisting = false;
};

struct RejectedMemberRow
{
    qint64 row = 0;
    QStringList cells;
    QString reasons;
};

struct MemberRowWarning
{
    qint64 row = 0;
    QString warning;
};

// A value no code table knows, and how many rows have it.
struct UnknownValueCount
{
    RosterField field;
    QString text;
    qint64 rows = 0;
    qint64 firstRow = 0;
    std::optional<QString> chosenCode;  // what the user chose (empty: leave out); nothing: not chosen
};

// An organisation that 所在党支部 names and that does not exist.
struct MissingOrgCount
{
    QString name;
    qint64 rows = 0;
    qint64 firstRow = 0;
};

struct MemberImportReport
{
    QString file;
    QString sheet;
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    bool dryRun = false;
    QString rejectsFile;  // written when asked and there were rejected rows
    QList<RejectedMemberRow> firstRejected;  // at most MaxReportedRejects, for messages
    QList<MemberRowWarning> firstWarnings;  // of the imported rows, at most MaxReportedRejects
    // In the order first met, at most MaxListedValues of each (a column mapped to the wrong
    // item could hold a different value on every row).
    QList<UnknownValueCount> unknownValues;
    QList<MissingOrgCount> missingOrgs;
    QStringList createdOrgs;  // set up by this import (MemberImportOptions::createOrgsUnder)
    static constexpr int MaxReportedRejects = 1000;
    static constexpr int MaxListedValues = 500;
};

// Imports a party-member roster (CSV or XLSX, the national 汇总表 layout or similar):
// every row is checked, the valid ones are written in one transaction (all or nothing),
// members are matched by ID number, so importing the same file again changes nothing.
// read = inserted + updated + unchanged + rejected, always.
class MemberImporter
{
    Q_DECLARE_TR_FUNCTIONS(MemberImporter)

public:
    // Called now and then with the share done; return false to cancel (nothing is written).
    using Progress = std::function<bool(double fraction)>;

    explicit MemberImporter(storage::Connection& db);

    Result<MemberFileLayout> layout(const QString& path, const QString& sheet = {});
    // Writes nothing: organisations that MemberImportOptions::createOrgsUnder would create
    // are created in a transaction that is rolled back.
    Result<QList<MemberPreviewRow>> preview(
        const QString& path, const MemberImportOptions& options, int maxRows);
    Result<MemberImportReport> run(
        const QString& path, const MemberImportOptions& options, const Progress& progress = {});

private:
    Status mayImport(const MemberImportOptions& options);
    ValueMapping prepare(MemberRowReader& reader, const MemberImportOptions& options);

    storage::Connection& m_db;
};

}  // namespace redgrid::importexport
