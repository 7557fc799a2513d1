#pragma once

#include "MemberSelection.h"
#include "common/Result.h"
#include "document/engine/PrintOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::document {

class PageCanvas;

// The members of a selection as a table on A4 landscape: the columns of the national
// 党员基本信息汇总表 that fit across the page, the header row repeated on every page,
// "第 N 页 共 M 页" at the foot; the scope, the conditions and the order of the list and
// the date in the title. ID numbers and phones are masked unless PrintOptions::exposure
// says otherwise. Printed on a PageCanvas: a PDF file, a printer or a preview; the QString
// overload writes a PDF file. Uses the connection's thread.
class RosterReport
{
    Q_DECLARE_TR_FUNCTIONS(RosterReport)

public:
    explicit RosterReport(storage::Connection& db);

    // The members of the selection in its order; progress is reported after each page,
    // counting members.
    Status print(const MemberSelection& selection, PageCanvas& canvas, const PrintOptions& options = {});
    Status print(const MemberSelection& selection, const QString& pdfPath, const PrintOptions& options = {});

    static QStringList columnTitles();  // 序号, 姓名 … 手机号
    static int rowsPerPage();

private:
    struct Heading
    {
        QString scope;
        QString conditions;
        QString order;
    };
    static void drawPage(PageCanvas& canvas, const Heading& heading, const QList<roster::RosterRow>& rows,
        const QStringList& branches, int firstSerial, int page, int pageCount, const PrintOptions& options);

    storage::Connection& m_db;
};

}  // namespace redgrid::document
