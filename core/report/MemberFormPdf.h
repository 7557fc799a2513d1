#pragma once

#include "PrintOptions.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::roster {
struct Member;
}

namespace redgrid::report {

class PdfDocument;

// The 党员基本信息采集表 (2017 中组部 collection, 附件2) as a PDF, one member per A4 page:
// the 16 numbered items in a bordered table, coded items as their labels, and the
// signature lines of the member, the collector and the branch secretary. ID numbers and
// phones are masked unless PrintOptions::exposure says otherwise.
// Uses the connection's thread; needs a QGuiApplication (fonts).
class MemberFormPdf
{
    Q_DECLARE_TR_FUNCTIONS(MemberFormPdf)

public:
    explicit MemberFormPdf(storage::Connection& db);

    // One member's form. PrintOptions::progress is not called.
    Status printMember(const RecordId& memberId, const QString& pdfPath, const PrintOptions& options = {});
    // A form for every active member of the organisation and of all organisations below
    // it, in pinyin order; progress is reported after each page.
    Status printOrganisation(const RecordId& orgId, const QString& pdfPath, const PrintOptions& options = {});

    // The 16 items, numbered 1–16 as the national form lists them (姓名 … 是否为流动党员).
    static QStringList itemLabels();

private:
    static void drawForm(PdfDocument& pdf, const roster::Member& member, const QString& branchName,
        const PrintOptions& options, int page, int pageCount);

    storage::Connection& m_db;
};

}  // namespace redgrid::report
