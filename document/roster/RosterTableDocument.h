#pragma once

#include "MemberSelection.h"
#include "document/engine/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace redgrid::document {

class Table;

// The members of a selection as a table on A4 landscape: the columns of the national
// 党员基本信息汇总表 that fit across the page, the header row repeated on every page,
// "第 N 页 共 M 页" at the foot; the scope, the conditions and the order of the list and
// the date in the title. ID numbers and phones are masked unless PrintOptions::exposure
// says otherwise. The members are read a page at a time (a district's roster is tens of
// thousands of rows); progress is reported after each page, counting members.
class RosterTableDocument : public Document
{
    Q_DECLARE_TR_FUNCTIONS(RosterTableDocument)

public:
    explicit RosterTableDocument(const MemberSelection& selection);

    Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const override;
    bool showsPersonalNumbers() const override { return true; }

    static QStringList columnTitles();  // 序号, 姓名 … 手机号
    static int rowsPerPage();

private:
    struct Heading
    {
        QString scope;
        QString conditions;
        QString order;
    };
    Status printOn(storage::Connection& db, PageCanvas& canvas, const PrintOptions& options) const;
    static void drawPage(PageCanvas& canvas, const Heading& heading, const QList<QStringList>& rows, int page,
        int pageCount, const PrintOptions& options);

    MemberSelection m_selection;
};

}  // namespace redgrid::document
