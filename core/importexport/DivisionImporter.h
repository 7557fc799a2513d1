#pragma once

#include "common/NodeKind.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::importexport {

struct RejectedRow
{
    qint64 row = 0;  // spreadsheet row: the header is row 1
    QString code;
    QString name;  // as in the file
    QString reason;
};

struct DivisionImportReport
{
    QString file;  // as given, native separators
    qint64 read = 0;  // data rows read (not counting the header)
    qint64 inserted = 0, updated = 0, unchanged = 0, rejected = 0;
    QList<RejectedRow> rejectedRows;  // ordered by row
    qint64 imported() const
    {
        return inserted + updated + unchanged;
    }  // read == imported() + rejected, always
};

// Imports a list of administrative divisions in the National Bureau of Statistics'
// form (统计用区划代码), `code,name,parent_code,level`, into the hierarchy below the
// database's district: file level 4 (街道/镇/乡) becomes a street, town or township,
// level 5 (社区/村) a community or village. Rows that break a rule are rejected, each
// with its row and reason; the other rows are imported. Every write goes through
// HierarchyEditor, so the hierarchy's rules apply as in the GUI.
//
// Rows of the district's own province and prefecture (levels 1-2) and of the district
// itself (level 3) are accepted and change nothing, except that a different name of the
// district renames it. Existing nodes with the same code and parent are renamed when
// the name differs: importing the same file twice changes nothing the second time.
// Rows are processed level by level, so parents may follow their children in the file.
class DivisionImporter
{
    Q_DECLARE_TR_FUNCTIONS(DivisionImporter)

public:
    explicit DivisionImporter(storage::Connection& connection);

    // Called now and then with rows processed and rows in all; return false to cancel,
    // which rolls the import back and returns an Error.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Imports the valid rows of a CSV file of `code,name,parent_code,level` in ONE transaction.
    // An Error (with file and reason; nothing written) when the file cannot be read at all.
    Result<DivisionImportReport> importFile(
        const QString& path, bool dryRun = false, const Progress& progress = {});
    Result<DivisionImportReport> importBytes(const QByteArray& bytes, const QString& sourceName,
        bool dryRun = false, const Progress& progress = {});

    // The name people use, without the committee suffix of the statistical list:
    // 桥北社区居民委员会 → 桥北社区, 石子村村民委员会 → 石子村, 真武村民委员会 → 真武村,
    // 化龙桥社区工作站 → 化龙桥社区, 观音桥街道办事处 → 观音桥街道. Trimmed.
    static QString everydayName(int fileLevel, const QString& name);
    // The kind of a level-4 or level-5 row, from its name as written in the file.
    static hierarchy::NodeKind kindOf(int fileLevel, const QString& name);

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;  // a whole province's list is under 1 MB

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::importexport
