#pragma once

#include "MemberSelection.h"
#include "common/RecordId.h"
#include "common/Result.h"
#include "document/engine/PrintOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::roster {
struct Member;
}

namespace redgrid::document {

class PageCanvas;

// The 党员基本信息采集表 (2017 中组部 collection, 附件2), one member per A4 page: the 16
// numbered items in a bordered table, coded items as their labels, and the signature lines
// of the member, the collector and the branch secretary. ID numbers and phones are masked
// unless PrintOptions::exposure says otherwise (the member checks and signs the form with
// the full numbers). Printed on a PageCanvas: a PDF file, a printer or a preview; the
// QString overloads write a PDF file. Uses the connection's thread.
class MemberFormReport
{
    Q_DECLARE_TR_FUNCTIONS(MemberFormReport)

public:
    explicit MemberFormReport(storage::Connection& db);

    // One member's form. PrintOptions::progress is not called.
    Status printMember(const RecordId& memberId, PageCanvas& canvas, const PrintOptions& options = {});
    Status printMember(const RecordId& memberId, const QString& pdfPath, const PrintOptions& options = {});
    // A form for every member of the selection, in its order; progress is reported after
    // each page.
    Status printMembers(
        const MemberSelection& selection, PageCanvas& canvas, const PrintOptions& options = {});
    Status printMembers(
        const MemberSelection& selection, const QString& pdfPath, const PrintOptions& options = {});

    // The 16 items, numbered 1–16 as the national form lists them (姓名 … 是否为流动党员).
    static QStringList itemLabels();

private:
    static void drawForm(PageCanvas& canvas, const roster::Member& member, const QString& branchName,
        const PrintOptions& options, int page, int pageCount);

    storage::Connection& m_db;
};

}  // namespace redgrid::document
