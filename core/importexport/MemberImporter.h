#pragma once

#include "RosterColumns.h"
#include "SpreadsheetSource.h"
#include "common/RecordId.h"
#include "common/Result.h"

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

struct MemberImportOptions
{
    QString sheet;  // xlsx: the sheet to read; empty = the first
    RecordId defaultOrgId;  // for rows whose 所在党支部 is empty (CLI --org)
    std::optional<ColumnMapping> mapping;  // the user's correction; default: from the header row
    bool dryRun = false;  // check everything, write nothing
    QString rejectsPath;  // .csv or .xlsx: the rejected rows with their reasons
    QDate today = QDate::currentDate();
};

// What a file holds before anything is imported (for the preview and the mapping).
struct MemberFileLayout
{
    SpreadsheetInfo info;
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
    static constexpr int MaxReportedRejects = 1000;
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
    Result<QList<MemberPreviewRow>> preview(
        const QString& path, const MemberImportOptions& options, int maxRows);
    Result<MemberImportReport> run(
        const QString& path, const MemberImportOptions& options, const Progress& progress = {});

private:
    Status mayImport(const MemberImportOptions& options);

    storage::Connection& m_db;
};

}  // namespace redgrid::importexport
