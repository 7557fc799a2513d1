#include "MemberExporter.h"

#include "format/TableWriter.h"
#include "roster/CodeTable.h"
#include "roster/MemberWords.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"

#include <QDir>
#include <QFileInfo>

namespace redgrid::importexport {

using roster::CodeTable;

namespace {
constexpr int PageSize = 500;

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QString yesNo(bool value)
{
    return value ? QStringLiteral("是") : QStringLiteral("否");
}
// The label of a code; when several codes share it (工作岗位 农民工 is 0164 and 0253), the
// code and the label together ("0253农民工"), which CodeTable::codeFor reads back.
QString labelOf(const CodeTable& table, const QString& code)
{
    const QString label = table.labelFor(code);
    return table.isAmbiguous(label) ? code + label : label;
}
}  // namespace

MemberExporter::MemberExporter(storage::Connection& db)
    : m_db(db)
{
}

QList<RosterField> MemberExporter::columns(ExportLayout layout)
{
    return layout == ExportLayout::National ? nationalLayout() : fullLayout();
}

// Cells hold the official labels whatever the interface language: the files go to other
// offices and systems that read the Chinese labels.
QString MemberExporter::cell(
    const roster::RosterRow& row, RosterField field, qint64 serial, const QDate& today)
{
    const roster::Member& m = row.member;
    switch (field) {
    case RosterField::Serial:
        return QString::number(serial);
    case RosterField::Name:
        return m.name;
    case RosterField::Org:
        return row.branchName;
    case RosterField::IdNumber:
        return m.idNumber;
    case RosterField::Sex:
        return CodeTable::sex().labelFor(m.sex);
    case RosterField::Ethnicity:
        return CodeTable::ethnicity().labelFor(m.ethnicity);
    case RosterField::BirthDate:
        return dateText(m.birthDate);
    case RosterField::Education:
        return CodeTable::education().labelFor(m.education);
    case RosterField::Category:
        return CodeTable::memberCategory().labelFor(m.category);
    case RosterField::JoinedOn:
        return dateText(m.joinedOn);
    case RosterField::ConvertedOn:
        return dateText(m.convertedOn);
    case RosterField::JobPost:
        return labelOf(CodeTable::jobPost(), m.jobPost);
    case RosterField::Mobile:
        return m.mobile;
    case RosterField::Landline:
        return m.landline;
    case RosterField::Address:
        return m.address;
    case RosterField::Standing:
        return CodeTable::partyStanding().labelFor(m.standing);
    case RosterField::LostContact:
        return yesNo(m.isLostContact());
    case RosterField::LostContactOn:  // the form asks for a month; a known day is kept
        if (!m.isLostContact())
            return QString();
        return m.lostContactOn.day() == 1 ? m.lostContactOn.toString(QStringLiteral("yyyy-MM"))
                                          : dateText(m.lostContactOn);
    case RosterField::IsMobile:
        return yesNo(m.isMobile);
    case RosterField::MobileDestination:
        return m.mobileDestination;
    case RosterField::Remarks:
        return m.remarks;
    case RosterField::Degree:
        return CodeTable::degree().labelFor(m.degree);
    case RosterField::NativePlace:
        return m.nativePlace;
    case RosterField::WorkUnit:
        return m.workUnit;
    case RosterField::WorkPost:
        return m.workPost;
    case RosterField::ProbationExtension:
        return m.probationExtensionMonths > 0 ? QString::number(m.probationExtensionMonths) : QString();
    case RosterField::Status:
        return roster::MemberWords::officialStatus(m.status);
    case RosterField::LostContactReason:
        return CodeTable::lostContactReason().labelFor(m.lostContactReason);
    case RosterField::DualCommunity:
        return row.dualCommunityName;
    case RosterField::DualRegisteredOn:
        return dateText(m.dualRegisteredOn);
    case RosterField::Skills:
        return m.skills.join(QChar(0x3001));
    case RosterField::Hardship:
        return yesNo(m.hardship);
    case RosterField::Exempt:
        return yesNo(m.exempt);
    case RosterField::PartyAge:
        return m.isProbationary() ? QString() : QString::number(m.partyAge(today));
    case RosterField::Age:
        return m.birthDate.isValid() ? QString::number(m.age(today)) : QString();
    }
    return {};
}

QStringList MemberExporter::cells(
    const roster::RosterRow& row, const QList<RosterField>& fields, qint64 serial, const QDate& today)
{
    QStringList result;
    result.reserve(fields.size());
    for (RosterField field : fields)
        result.append(cell(row, field, serial, today));
    return result;
}

Result<MemberExportReport> MemberExporter::run(
    const QString& path, const MemberExportOptions& options, const Progress& progress)
{
    // Exporting needs its permission; the full numbers need theirs too (not silently masked:
    // the user asked for them and must learn why they are not there).
    const security::Access access(m_db);
    if (Status allowed = access.require(security::Permission::ExportRoster); !allowed)
        return allowed.error();
    if (options.exposure == roster::Exposure::Unmasked) {
        if (Status allowed = access.require(security::Permission::ViewUnmasked); !allowed)
            return allowed.error();
    }
    const QList<RosterField> fields = columns(options.layout);
    auto writer = format::TableWriter::create(path, QStringLiteral("党员信息"));
    if (!writer)
        return writer.error();
    roster::RosterCursor cursor(m_db, options.filter, options.order);
    const qint64 total = cursor.count();
    // Committed before the first byte reaches the disk: a file of full ID numbers cut short
    // by a kill or a power cut is still on the record.
    const bool unrecordable = !m_db.writesRefused().isEmpty();
    if (unrecordable && options.exposure == roster::Exposure::Unmasked)
        return Error::storage(tr("%1. An export with full ID numbers is entered in the audit log first, so "
                                 "it cannot be made now: export masked, or restore the newest good backup")
                                  .arg(m_db.writesRefused()));
    // A damaged file or a full disk takes no entry: what is readable is still given, masked.
    try {
        if (!unrecordable)
            security::recordAudit(m_db,
                { audit::AuditAction::Exported, QStringLiteral("member"), {},
                    { { QStringLiteral("file"), QFileInfo(path).fileName() },
                        { QStringLiteral("rows"), total },
                        { QStringLiteral("unmasked"), options.exposure == roster::Exposure::Unmasked } } });
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
    QStringList header;
    for (RosterField field : fields)
        header.append(fieldInfo(field).header);
    if (Status written = (*writer)->writeRow(header); !written)
        return written.error();

    roster::MemberStore store(m_db);
    const QDate today = QDate::currentDate();
    MemberExportReport report;
    report.file = QDir::toNativeSeparators(path);
    std::vector<qint64> page;
    while (!cursor.atEnd()) {
        page.clear();
        cursor.fetch(page, PageSize);
        const auto rows = store.rows(page, options.exposure);
        for (const roster::RosterRow& row : rows) {
            if (Status written = (*writer)->writeRow(cells(row, fields, ++report.rows, today)); !written)
                return written.error();
        }
        if (progress && !progress(report.rows, total)) {
            (*writer)->discard();
            return Error::inFile(report.file, tr("the export was cancelled; no file was written"));
        }
    }
    if (Status done = (*writer)->finish(); !done)
        return done.error();
    return report;
}

}  // namespace redgrid::importexport
