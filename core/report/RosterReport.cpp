#include "RosterReport.h"

#include "FieldText.h"
#include "PdfDocument.h"
#include "PrintAudit.h"
#include "SelectionText.h"
#include "roster/CodeTable.h"
#include "storage/SqliteError.h"

namespace redgrid::report {

namespace {
QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// Page geometry in millimetres (A4 landscape, 297 × 210).
constexpr double left = 12;
constexpr double headerTop = 31;
constexpr double headerHeight = 10;
constexpr double rowHeight = 7.5;
constexpr double footerTop = 198;
constexpr int rows = int((footerTop - 3 - headerTop - headerHeight) / rowHeight);

struct Column
{
    const char16_t* title;
    double width;
    Qt::Alignment align;
};

// 党员基本信息汇总表 (docs/domain-rules.md §2.1), the columns that fit across A4 landscape:
// 工作岗位, 固定电话, 家庭住址 and the later ones are left to the spreadsheet export.
// Widths add up to 273 mm, the page less 12 mm margins, and give every title one line.
const Column columns[] = {
    { u"序号", 9, Qt::AlignCenter },
    { u"姓名", 19, Qt::AlignCenter },
    { u"性别", 9, Qt::AlignCenter },
    { u"民族", 13, Qt::AlignCenter },
    { u"出生日期", 20, Qt::AlignCenter },
    { u"学历", 23, Qt::AlignLeft | Qt::AlignVCenter },
    { u"人员类别", 16, Qt::AlignCenter },
    { u"所在党支部", 60, Qt::AlignLeft | Qt::AlignVCenter },
    { u"加入党组织日期", 23, Qt::AlignCenter },
    { u"转为正式党员日期", 26, Qt::AlignCenter },
    { u"公民身份证号", 33, Qt::AlignCenter },
    { u"手机号", 22, Qt::AlignCenter },
};
constexpr int columnCount = int(std::size(columns));

double tableWidth()
{
    double w = 0;
    for (const Column& c : columns)
        w += c.width;
    return w;
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

const QColor headerShade(0xe8, 0xe8, 0xe8);
const QColor footerGrey(0x55, 0x55, 0x55);
}  // namespace

RosterReport::RosterReport(storage::Connection& db)
    : m_db(db)
{
}

QStringList RosterReport::columnTitles()
{
    QStringList titles;
    for (const Column& c : columns)
        titles.append(s(c.title));
    return titles;
}

int RosterReport::rowsPerPage()
{
    return rows;
}

Status RosterReport::print(const MemberSelection& selection, PageCanvas& canvas, const PrintOptions& options)
{
    if (Status allowed = mayPrint(m_db, options); !allowed)
        return allowed;
    try {
        const Heading heading { SelectionText::scope(m_db, selection.filter),
            SelectionText::conditions(selection.filter), SelectionText::order(selection.order) };
        SelectedMembers members(m_db, selection, options.exposure);
        const int total = int(members.count());
        if (total == 0)
            return Error::plain(tr("no member of %1 matches; nothing was printed").arg(heading.scope));
        if (options.progress && !options.progress(0, total))
            return Error::plain(tr("printing was cancelled; no file was written"));
        if (Status opened
            = canvas.begin(QPageLayout::Landscape, s(u"党员基本信息汇总表 %1").arg(heading.scope));
            !opened)
            return opened;
        const int pageCount = (total + rows - 1) / rows;
        QList<roster::RosterRow> pending;
        int done = 0;
        for (int page = 1; options.pageLimit <= 0 || page <= options.pageLimit; ++page) {
            // Fill a whole page even when a chunk comes back short.
            while (pending.size() < rows) {
                const QList<roster::RosterRow> more = members.next(rows);
                if (more.isEmpty())
                    break;
                pending.append(more);
            }
            if (pending.isEmpty())
                break;
            const QList<roster::RosterRow> pageRows = pending.mid(0, rows);
            pending.remove(0, pageRows.size());
            QStringList pageBranches;
            for (const roster::RosterRow& row : pageRows)
                pageBranches.append(row.branchName);
            if (page > 1)
                canvas.newPage();
            drawPage(canvas, heading, pageRows, pageBranches, done + 1, page, qMax(page, pageCount), options);
            done += int(pageRows.size());
            // The canvas's destructor discards the temporary file or the print job.
            if (options.progress && !options.progress(done, total))
                return Error::plain(tr("printing was cancelled; no file was written"));
        }
        return commitPrint(m_db, canvas,
            { QStringLiteral("roster"), QStringLiteral("party_org"), selection.filter.orgId,
                { { QStringLiteral("members"), done } } },
            options);
    } catch (const storage::SqliteError& e) {
        Error error
            = Error::storage(tr("the database could not be read: %1; no file was written").arg(e.message()));
        if (canvas.destination().kind == PrintDestination::Kind::File)
            error.file = canvas.destination().name;
        return error;
    }
}

Status RosterReport::print(
    const MemberSelection& selection, const QString& pdfPath, const PrintOptions& options)
{
    PdfDocument pdf(pdfPath);
    return print(selection, pdf, options);
}

void RosterReport::drawPage(PageCanvas& canvas, const Heading& heading,
    const QList<roster::RosterRow>& pageRows, const QStringList& branches, int firstSerial, int page,
    int pageCount, const PrintOptions& options)
{
    QPainter& p = canvas.painter();
    const double width = tableWidth();

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

    // Header row, repeated on each page.
    p.setPen(canvas.pen(0.25));
    double x = left;
    for (const Column& c : columns) {
        const QRectF cell = canvas.mmRect(x, headerTop, c.width, headerHeight);
        p.fillRect(cell, headerShade);
        p.drawRect(cell);
        canvas.drawFitted(canvas.mmRect(x + 0.8, headerTop, c.width - 1.6, headerHeight), s(c.title),
            Qt::AlignCenter, 8.5, 7, true);
        x += c.width;
    }

    // Member rows.
    for (int r = 0; r < pageRows.size(); ++r) {
        const double y = headerTop + headerHeight + r * rowHeight;
        const QStringList values = cells(pageRows[r], branches[r], firstSerial + r);
        x = left;
        for (int c = 0; c < columnCount; ++c) {
            p.drawRect(canvas.mmRect(x, y, columns[c].width, rowHeight));
            canvas.drawFitted(canvas.mmRect(x + 1, y, columns[c].width - 2, rowHeight), values[c],
                int(columns[c].align), 9, 5.5);
            x += columns[c].width;
        }
    }
    p.setPen(canvas.pen(0.5));
    p.drawRect(canvas.mmRect(left, headerTop, width, headerHeight + pageRows.size() * rowHeight));

    // Footer.
    p.setPen(canvas.pen(0, footerGrey));
    p.setFont(canvas.font(8.5));
    if (options.exposure == roster::Exposure::Masked)
        p.drawText(canvas.mmRect(left, footerTop, 100, 6), Qt::AlignLeft | Qt::AlignVCenter,
            s(u"公民身份证号、手机号已部分隐藏"));
    p.setFont(canvas.font(9.5));
    p.drawText(canvas.mmRect(left, footerTop, width, 6), Qt::AlignCenter,
        s(u"第 %1 页 共 %2 页").arg(page).arg(pageCount));
    p.setPen(canvas.pen(0));
}

}  // namespace redgrid::report
