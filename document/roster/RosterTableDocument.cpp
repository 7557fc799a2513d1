#include "RosterTableDocument.h"

#include "FieldText.h"
#include "SelectionText.h"
#include "common/Utf16.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/PageFrame.h"
#include "document/engine/PrintAudit.h"
#include "document/engine/Table.h"
#include "roster/CodeTable.h"
#include "storage/SqliteError.h"

namespace redgrid::document {

namespace {
// Page geometry in millimetres (A4 landscape, 297 × 210).
constexpr double left = 12;
constexpr double headerTop = 31;
constexpr double footerTop = 198;

// 党员基本信息汇总表 (docs/domain-rules.md §2.1), the columns that fit across A4 landscape:
// 工作岗位, 固定电话, 家庭住址 and the later ones are left to the spreadsheet export.
// Widths add up to 273 mm, the page less 12 mm margins, and give every title one line.
const Table& table()
{
    static const Table roster({
        { s(u"序号"), 9, Qt::AlignCenter },
        { s(u"姓名"), 19, Qt::AlignCenter },
        { s(u"性别"), 9, Qt::AlignCenter },
        { s(u"民族"), 13, Qt::AlignCenter },
        { s(u"出生日期"), 20, Qt::AlignCenter },
        { s(u"学历"), 23, Qt::AlignLeft | Qt::AlignVCenter },
        { s(u"人员类别"), 16, Qt::AlignCenter },
        { s(u"所在党支部"), 60, Qt::AlignLeft | Qt::AlignVCenter },
        { s(u"加入党组织日期"), 23, Qt::AlignCenter },
        { s(u"转为正式党员日期"), 26, Qt::AlignCenter },
        { s(u"公民身份证号"), 33, Qt::AlignCenter },
        { s(u"手机号"), 22, Qt::AlignCenter },
    });
    return roster;
}

// The rows that fit between the header row and the footer, with 3 mm to spare.
int rows()
{
    return table().rowsFitting(footerTop - 3 - headerTop);
}

QStringList cells(const roster::RosterRow& row, const QString& branch, int serial)
{
    using roster::CodeTable;
    const roster::Member& m = row.member;
    return { QString::number(serial), m.name, codeLabel(CodeTable::sex(), m.sex),
        codeLabel(CodeTable::ethnicity(), m.ethnicity), compactDayText(m.birthDate),
        codeLabel(CodeTable::education(), m.education), codeLabel(CodeTable::memberCategory(), m.category),
        branch, compactDayText(m.joinedOn), compactDayText(m.convertedOn), m.idNumber, m.mobile };
}
}  // namespace

RosterTableDocument::RosterTableDocument(const MemberSelection& selection)
    : m_selection(selection)
{
}

QStringList RosterTableDocument::columnTitles()
{
    return table().titles();
}

int RosterTableDocument::rowsPerPage()
{
    return rows();
}

Status RosterTableDocument::print(
    PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const
{
    if (!db)
        return needsDatabase();
    if (Status allowed = mayPrint(*db, options); !allowed)
        return allowed;
    try {
        return printOn(*db, canvas, options);
    } catch (const storage::SqliteError& e) {
        Error error
            = Error::storage(tr("the database could not be read: %1; no file was written").arg(e.message()));
        if (canvas.destination().kind == PrintDestination::Kind::File)
            error.file = canvas.destination().name;
        return error;
    }
}

Status RosterTableDocument::printOn(
    storage::Connection& db, PageCanvas& canvas, const PrintOptions& options) const
{
    const Heading heading { SelectionText::scope(db, m_selection.filter),
        SelectionText::conditions(m_selection.filter), SelectionText::order(m_selection.order) };
    SelectedMembers members(db, m_selection, options.exposure);
    const int total = int(members.count());
    if (total == 0)
        return Error::plain(tr("no member of %1 matches; nothing was printed").arg(heading.scope));
    if (options.progress && !options.progress(0, total))
        return Error::plain(tr("printing was cancelled; no file was written"));
    if (Status opened = canvas.begin(QPageLayout::Landscape, s(u"党员基本信息汇总表 %1").arg(heading.scope));
        !opened)
        return opened;
    const int perPage = rows();
    const int pageCount = (total + perPage - 1) / perPage;
    QList<roster::RosterRow> pending;
    int done = 0;
    for (int page = 1; options.pageLimit <= 0 || page <= options.pageLimit; ++page) {
        // Fill a whole page even when a chunk comes back short.
        while (pending.size() < perPage) {
            const QList<roster::RosterRow> more = members.next(perPage);
            if (more.isEmpty())
                break;
            pending.append(more);
        }
        if (pending.isEmpty())
            break;
        const QList<roster::RosterRow> pageRows = pending.mid(0, perPage);
        pending.remove(0, pageRows.size());
        QList<QStringList> pageCells;
        for (const roster::RosterRow& row : pageRows)
            pageCells.append(cells(row, row.branchName, done + 1 + int(pageCells.size())));
        if (page > 1)
            canvas.newPage();
        drawPage(canvas, heading, pageCells, page, qMax(page, pageCount), options);
        done += int(pageRows.size());
        // The canvas's destructor discards the temporary file or the print job.
        if (options.progress && !options.progress(done, total))
            return Error::plain(tr("printing was cancelled; no file was written"));
    }
    return commitPrint(db, canvas,
        { QStringLiteral("roster"), QStringLiteral("party_org"), m_selection.filter.orgId,
            { { QStringLiteral("members"), done } } },
        options);
}

void RosterTableDocument::drawPage(PageCanvas& canvas, const Heading& heading, const QList<QStringList>& rows,
    int page, int pageCount, const PrintOptions& options)
{
    QPainter& p = canvas.painter();
    const double width = table().width();

    // Title on every page, so a loose sheet still says whose roster it is.
    p.setPen(canvas.pen(0));
    p.setFont(canvas.font(16, true));
    p.drawText(canvas.mmRect(left, 8, width, 10), Qt::AlignCenter, s(u"党员基本信息汇总表"));
    p.setFont(canvas.font(10));
    canvas.drawFitted(canvas.mmRect(left, 19.5, width - 60, 5.5), s(u"党组织：%1").arg(heading.scope),
        Qt::AlignLeft | Qt::AlignVCenter, 10, 7);
    p.drawText(canvas.mmRect(left + width - 60, 19.5, 60, 5.5), Qt::AlignRight | Qt::AlignVCenter,
        s(u"日期：%1").arg(dayText(options.printedOn)));
    // What the list is: a filtered list must not pass for the whole roster.
    QString listed = s(u"排序：%1").arg(heading.order);
    if (!heading.conditions.isEmpty())
        listed = s(u"条件：%1　　").arg(heading.conditions) + listed;
    canvas.drawFitted(canvas.mmRect(left, 25, width, 5), listed, Qt::AlignLeft | Qt::AlignVCenter, 9, 6.5);

    // The header row, repeated on each page, and the members.
    table().drawSlice(canvas, left, headerTop, rows);

    PageFrame frame;
    frame.left = left;
    frame.width = width;
    frame.footerTop = footerTop;
    if (options.exposure == roster::Exposure::Masked)
        frame.footerNote = s(u"公民身份证号、手机号已部分隐藏");
    frame.pageNumbers = PageFrame::PageNumbers::Centre;
    frame.pageNumberPointSize = 9.5;
    frame.draw(canvas, page, pageCount);
}

}  // namespace redgrid::document
