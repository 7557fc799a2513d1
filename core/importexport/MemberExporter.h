#pragma once

#include "RosterColumns.h"
#include "common/Result.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"

#include <QCoreApplication>

#include <functional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::importexport {

enum class ExportLayout {
    National,  // the 21 columns of the 汇总表, in its order
    Full,  // every column RedGrid keeps
};

struct MemberExportOptions
{
    ExportLayout layout = ExportLayout::National;
    roster::RosterFilter filter;  // which members (default: the active roster)
    roster::RosterOrder order;  // default: pinyin
    roster::Exposure exposure = roster::Exposure::Masked;  // --unmasked asks for Unmasked
};

struct MemberExportReport
{
    QString file;
    qint64 rows = 0;
};

// Writes members to .xlsx or .csv (by the file's suffix). ID numbers and phones are text
// cells and masked unless asked otherwise; formulas are neutralised (TableWriter).
class MemberExporter
{
    Q_DECLARE_TR_FUNCTIONS(MemberExporter)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit MemberExporter(storage::Connection& db);

    Result<MemberExportReport> run(
        const QString& path, const MemberExportOptions& options, const Progress& progress = {});

    static QList<RosterField> columns(ExportLayout layout);
    // One member as the cells of `fields`: labels for codes, dates as yyyy-MM-dd, 是/否.
    static QStringList cells(const roster::RosterRow& row, const QList<RosterField>& fields, qint64 serial,
        const QDate& today = QDate::currentDate());
    static QString cell(const roster::RosterRow& row, RosterField field, qint64 serial, const QDate& today);

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::importexport
