#include "MemberFormDocument.h"

#include "FieldText.h"
#include "SelectionText.h"
#include "common/Utf16.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/PageFrame.h"
#include "document/engine/PrintAudit.h"
#include "document/engine/SignatureBlock.h"
#include "roster/CodeTable.h"
#include "roster/MemberStore.h"
#include "storage/SqliteError.h"

namespace redgrid::document {

namespace {
// Page geometry in millimetres (A4 portrait, 210 × 297).
constexpr double left = 20;
constexpr double width = 170;
constexpr double labelWidth = 58;
constexpr double tableTop = 40;
constexpr double rowHeight = 11.5;
constexpr double signatureTop = tableTop + 16 * rowHeight + 12;
constexpr double footerTop = 280;
constexpr int chunk = 64;  // members read per query while printing many forms

const QColor labelShade(0xf0, 0xf0, 0xf0);

// The values of the 16 items, in the form's order (parallel to itemLabels()).
QStringList itemValues(const roster::Member& m, const QString& branchName)
{
    using roster::CodeTable;
    return {
        m.name,
        codeLabel(CodeTable::sex(), m.sex),
        codeLabel(CodeTable::ethnicity(), m.ethnicity),
        m.idNumber,
        dayText(m.birthDate),
        codeLabel(CodeTable::education(), m.education),
        codeLabel(CodeTable::memberCategory(), m.category),
        branchName,
        dayText(m.joinedOn),
        dayText(m.convertedOn),
        codeLabel(CodeTable::jobPost(), m.jobPost),
        phoneText(m),
        m.address,
        codeLabel(CodeTable::partyStanding(), m.standing),
        lostContactText(m),
        mobileMemberText(m),
    };
}

// 附件2: 党员本人签字; 信息采集员 and 党支部书记, each with a date.
const SignatureBlock& signatures()
{
    static const SignatureBlock block({ { s(u"党员本人签字："), false }, { s(u"信息采集员签字："), true },
        { s(u"党支部书记签字："), true } });
    return block;
}

Error storageError(const PageCanvas& canvas, const storage::SqliteError& e)
{
    Error error = Error::storage(
        MemberFormDocument::tr("the database could not be read: %1; no file was written").arg(e.message()));
    if (canvas.destination().kind == PrintDestination::Kind::File)
        error.file = canvas.destination().name;
    return error;
}
}  // namespace

MemberFormDocument::MemberFormDocument(const RecordId& memberId)
    : m_memberId(memberId)
{
}

MemberFormDocument::MemberFormDocument(const MemberSelection& selection)
    : m_selection(selection)
{
}

QStringList MemberFormDocument::itemLabels()
{
    // 2017 中组部 党员信息采集 附件2, items 1–16 (docs/domain-rules.md §2.1).
    return { s(u"姓名"), s(u"性别"), s(u"民族"), s(u"公民身份号码"), s(u"出生日期"), s(u"学历"),
        s(u"人员类别"), s(u"所在党支部"), s(u"加入党组织日期"), s(u"转为正式党员日期"), s(u"工作岗位"),
        s(u"联系电话"), s(u"家庭住址"), s(u"党籍状态"), s(u"是否为失联党员"), s(u"是否为流动党员") };
}

Status MemberFormDocument::print(
    PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const
{
    if (!db)
        return needsDatabase();
    if (Status allowed = mayPrint(*db, options); !allowed)
        return allowed;
    try {
        return m_selection ? printSelection(*db, canvas, options) : printMember(*db, canvas, options);
    } catch (const storage::SqliteError& e) {
        return storageError(canvas, e);
    }
}

Status MemberFormDocument::printMember(
    storage::Connection& db, PageCanvas& canvas, const PrintOptions& options) const
{
    roster::MemberStore members(db);
    const auto member = members.member(m_memberId, options.exposure);
    if (!member)
        return Error::plain(tr("the member no longer exists; nothing was printed"));
    const QString branch = members.branchName(member->orgId);
    if (Status opened = canvas.begin(QPageLayout::Portrait, s(u"党员基本信息采集表 %1").arg(member->name));
        !opened)
        return opened;
    drawForm(canvas, *member, branch, options, 1, 1);
    return commitPrint(db, canvas,
        { QStringLiteral("member_form"), QStringLiteral("member"), m_memberId,
            { { QStringLiteral("name"), member->name } } },
        options);
}

Status MemberFormDocument::printSelection(
    storage::Connection& db, PageCanvas& canvas, const PrintOptions& options) const
{
    const MemberSelection& selection = *m_selection;
    const QString scope = SelectionText::scope(db, selection.filter);
    SelectedMembers members(db, selection, options.exposure);
    const int total = int(members.count());
    if (total == 0)
        return Error::plain(tr("no member of %1 matches; nothing was printed").arg(scope));
    if (options.progress && !options.progress(0, total))
        return Error::plain(tr("printing was cancelled; no file was written"));
    if (Status opened = canvas.begin(QPageLayout::Portrait, s(u"党员基本信息采集表 %1").arg(scope)); !opened)
        return opened;
    const int pages = options.pageLimit > 0 ? qMin(total, options.pageLimit) : total;
    int done = 0;
    for (auto rows = members.next(chunk); !rows.isEmpty() && done < pages; rows = members.next(chunk)) {
        for (const roster::RosterRow& row : rows) {
            if (done == pages)
                break;
            if (done > 0)
                canvas.newPage();
            drawForm(canvas, row.member, row.branchName, options, done + 1, total);
            ++done;
            // The canvas's destructor discards the temporary file or the print job.
            if (options.progress && !options.progress(done, total))
                return Error::plain(tr("printing was cancelled; no file was written"));
        }
    }
    return commitPrint(db, canvas,
        { QStringLiteral("member_forms"), QStringLiteral("party_org"), selection.filter.orgId,
            { { QStringLiteral("members"), done } } },
        options);
}

void MemberFormDocument::drawForm(PageCanvas& canvas, const roster::Member& member, const QString& branchName,
    const PrintOptions& options, int page, int pageCount)
{
    QPainter& p = canvas.painter();
    p.setPen(canvas.pen(0));

    // Heading: the attachment number of the 2017 notice, then the form's title.
    p.setFont(canvas.font(10.5));
    p.drawText(canvas.mmRect(left, 14, 40, 7), Qt::AlignLeft | Qt::AlignVCenter, s(u"附件2"));
    p.setFont(canvas.font(20, true));
    p.drawText(canvas.mmRect(left, 22, width, 12), Qt::AlignCenter, s(u"党员基本信息采集表"));

    // The 16 items: shaded label cells, value cells; hairlines inside, a heavier frame.
    const QStringList labels = itemLabels();
    const QStringList values = itemValues(member, branchName);
    for (int i = 0; i < labels.size(); ++i) {
        const double y = tableTop + i * rowHeight;
        const QRectF labelCell = canvas.mmRect(left, y, labelWidth, rowHeight);
        const QRectF valueCell = canvas.mmRect(left + labelWidth, y, width - labelWidth, rowHeight);
        p.fillRect(labelCell, labelShade);
        p.setPen(canvas.pen(0.25));
        p.drawRect(labelCell);
        p.drawRect(valueCell);
        p.setFont(canvas.font(11.5));
        p.drawText(canvas.mmRect(left, y, 10, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1.").arg(i + 1));
        canvas.drawFitted(canvas.mmRect(left + 12, y, labelWidth - 14, rowHeight), labels[i],
            Qt::AlignLeft | Qt::AlignVCenter, 11.5, 8);
        canvas.drawFitted(
            canvas.mmRect(left + labelWidth + 3, y + 0.5, width - labelWidth - 6, rowHeight - 1), values[i],
            Qt::AlignLeft | Qt::AlignVCenter, 12, 7);
    }
    p.setPen(canvas.pen(0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(canvas.mmRect(left, tableTop, width, labels.size() * rowHeight));

    signatures().draw(canvas, left, signatureTop, width, 0, 1);

    // Footer: when printed, what was masked, the page count.
    PageFrame frame;
    frame.left = left;
    frame.width = width;
    frame.footerTop = footerTop;
    frame.footerNote = s(u"打印日期：%1").arg(dayText(options.printedOn));
    if (options.exposure == roster::Exposure::Masked)
        frame.footerNote += s(u"　公民身份号码、联系电话已部分隐藏");
    frame.draw(canvas, page, pageCount);
}

}  // namespace redgrid::document
