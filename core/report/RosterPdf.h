#pragma once

#include "PrintOptions.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::roster {
struct RosterRow;
}

namespace redgrid::report {

class PdfDocument;

// The members of an organisation subtree as a table on A4 landscape: the columns of the
// national 党员基本信息汇总表 that fit across the page, the header row repeated on every
// page, "第 N 页 共 M 页" at the foot, the organisation's name and the date in the title.
// ID numbers and phones are masked unless PrintOptions::exposure says otherwise.
// Uses the connection's thread; needs a QGuiApplication (fonts).
class RosterPdf
{
    Q_DECLARE_TR_FUNCTIONS(RosterPdf)

public:
    explicit RosterPdf(storage::Connection& db);

    // Every active member of the organisation and all below it, in pinyin order;
    // progress is reported after each page, counting members.
    Status print(const RecordId& orgId, const QString& pdfPath, const PrintOptions& options = {});

    static QStringList columnTitles();  // 序号, 姓名 … 手机号
    static int rowsPerPage();

private:
    static void drawPage(PdfDocument& pdf, const QString& orgName, const QList<roster::RosterRow>& rows,
        const QStringList& branches, int firstSerial, int page, int pageCount, const PrintOptions& options);

    storage::Connection& m_db;
};

}  // namespace redgrid::report
