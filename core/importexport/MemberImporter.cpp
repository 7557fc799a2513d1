#include "MemberImporter.h"

#include "MemberRowPipeline.h"
#include "MemberRowReader.h"
#include "format/TableWriter.h"
#include "organisation/OrgEditor.h"
#include "roster/MemberBulkLoad.h"
#include "roster/MemberEditor.h"
#include "roster/RosterCounts.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/ForeignKeysOff.h"
#include "storage/GuardedWrite.h"
#include "storage/RollbackJournal.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>

namespace redgrid::importexport {

namespace {

// A header is searched for among the first rows: titles and notes often sit above it.
constexpr int HeaderSearchRows = 20;

QStringList texts(const format::SheetRow& row)
{
    QStringList cells;
    cells.reserve(row.cells.size());
    for (const format::Cell& cell : row.cells)
        cells.append(cell.text);
    return cells;
}

// What the rows of a file have in common beyond their own problems: the values no code
// table knows, the organisations that do not exist, those the import set up.
class Findings
{
public:
    Findings(MemberImportReport& report, const ValueMapping& mapping)
        : m_report(report)
        , m_mapping(mapping)
    {
    }
    void add(qint64 row, const MemberRowResult& result)
    {
        for (const auto& unknown : result.unknownValues) {
            const auto key = std::pair(unknown.field, unknown.text);
            if (const auto known = m_values.constFind(key); known != m_values.cend()) {
                ++m_report.unknownValues[*known].rows;
            } else if (m_report.unknownValues.size() < MemberImportReport::MaxListedValues) {
                m_values.insert(key, m_report.unknownValues.size());
                m_report.unknownValues.append(
                    { unknown.field, unknown.text, 1, row, m_mapping.codeFor(unknown.field, unknown.text) });
            }
        }
        if (!result.missingOrg.isEmpty()) {
            if (const auto known = m_orgs.constFind(result.missingOrg); known != m_orgs.cend()) {
                ++m_report.missingOrgs[*known].rows;
            } else if (m_report.missingOrgs.size() < MemberImportReport::MaxListedValues) {
                m_orgs.insert(result.missingOrg, m_report.missingOrgs.size());
                m_report.missingOrgs.append({ result.missingOrg, 1, row });
            }
        }
        if (!result.createdOrg.isEmpty())
            m_report.createdOrgs.append(result.createdOrg);
    }

private:
    MemberImportReport& m_report;
    const ValueMapping& m_mapping;
    QMap<std::pair<RosterField, QString>, qsizetype> m_values;
    QHash<QString, qsizetype> m_orgs;
};

}  // namespace

MemberImporter::MemberImporter(storage::Connection& db)
    : m_db(db)
{
}

Result<MemberFileLayout> MemberImporter::layout(const QString& path, const QString& sheet)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto info = format::SpreadsheetSource::inspect(path);
    if (!info)
        return info.error();
    auto source = format::SpreadsheetSource::open(path, sheet);
    if (!source)
        return source.error();
    MemberFileLayout layout;
    layout.info = *info;
    layout.sheet = sheet.isEmpty() && !info->sheets.isEmpty() ? info->sheets.front() : sheet;
    format::SheetRow row;
    for (int i = 0; i < HeaderSearchRows; ++i) {
        auto more = (*source)->next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const QStringList headers = texts(row);
        const ColumnMapping mapping = ColumnMapping::fromHeaders(headers);
        if (mapping.has(RosterField::Name) && mapping.has(RosterField::IdNumber)) {
            layout.headerRow = row.row;
            layout.headers = headers;
            layout.mapping = mapping;
            // Without these a new member cannot pass the rules (a narrower file may still
            // update members on record): the preview says which are missing.
            for (RosterField field :
                { RosterField::Name, RosterField::IdNumber, RosterField::Org, RosterField::JoinedOn })
                if (!mapping.has(field))
                    layout.missingRequired.append(fieldInfo(field).header);
            return layout;
        }
    }
    return Error::inFile(shown,
        tr("no header row with the columns 姓名 and 公民身份证号 in the first %1 rows; is this a "
           "party-member roster?")
            .arg(HeaderSearchRows));
}

// Importing writes members: the account needs both permissions, and the organisation the
// file's rows default to must lie in its area (every row's own is checked by the reader).
Status MemberImporter::mayImport(const MemberImportOptions& options)
{
    const security::Access access(m_db);
    if (Status allowed = access.require(security::Permission::ImportRoster); !allowed)
        return allowed;
    if (options.createOrgsUnder)
        if (Status allowed = organisation::OrgEditor(m_db).mayEditBelow(*options.createOrgsUnder); !allowed)
            return allowed;
    if (!options.defaultOrgId.isNull())
        return access.requireOrg(security::Permission::EditRoster, options.defaultOrgId);
    return access.require(security::Permission::EditRoster);
}

// The user's choices over the remembered ones, and where missing organisations go.
ValueMapping MemberImporter::prepare(MemberRowReader& reader, const MemberImportOptions& options)
{
    ValueMapping values = ValueMapping::remembered(m_db);
    values.overlay(options.valueMapping);
    reader.setValueMapping(values);
    if (options.createOrgsUnder)
        reader.createMissingOrgsUnder(*options.createOrgsUnder);
    return values;
}

Result<QList<MemberPreviewRow>> MemberImporter::preview(
    const QString& path, const MemberImportOptions& options, int maxRows)
{
    auto found = layout(path, options.sheet);
    if (!found)
        return found.error();
    if (Status allowed = mayImport(options); !allowed)
        return allowed.error();
    auto source = format::SpreadsheetSource::open(path, options.sheet);
    if (!source)
        return source.error();
    // Organisations created for the preview are rolled back with this.
    std::optional<storage::Transaction> nothingWritten;
    if (options.createOrgsUnder)
        nothingWritten.emplace(m_db);
    MemberRowReader reader(
        m_db, options.mapping.value_or(found->mapping), options.defaultOrgId, options.today);
    prepare(reader, options);
    MemberRowPipeline pipeline(**source, found->headerRow, reader, MemberRowPipeline::ReadAhead::No,
        MemberRowPipeline::KeptCells::OfEveryRow);
    QList<MemberPreviewRow> rows;
    CheckedMemberRow checked;
    while (rows.size() < maxRows) {
        auto more = pipeline.next(checked);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const MemberRowResult& result = checked.result;
        rows.append(
            { checked.row, checked.cells, result.errors, result.warnings, result.existing.has_value() });
    }
    return rows;
}

Result<MemberImportReport> MemberImporter::run(
    const QString& path, const MemberImportOptions& options, const Progress& progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto found = layout(path, options.sheet);
    if (!found)
        return found.error();
    if (Status allowed = mayImport(options); !allowed)
        return allowed.error();
    const ColumnMapping mapping = options.mapping.value_or(found->mapping);
    if (!mapping.has(RosterField::IdNumber) || !mapping.has(RosterField::Name))
        return Error::inFile(shown, tr("the columns 姓名 and 公民身份证号 are needed to import members"));
    auto source = format::SpreadsheetSource::open(path, options.sheet);
    if (!source)
        return source.error();

    MemberImportReport report;
    report.file = shown;
    report.sheet = found->sheet;
    report.dryRun = options.dryRun;

    std::unique_ptr<format::TableWriter> rejects;
    if (!options.rejectsPath.isEmpty()) {
        auto writer = format::TableWriter::create(options.rejectsPath, {}, { path });
        if (!writer)
            return writer.error();
        rejects = std::move(*writer);
        QStringList header = found->headers;
        header.prepend(tr("Row"));
        header.append(tr("Reasons"));
        if (Status written = rejects->writeRow(header); !written)
            return written.error();
    }
    const auto reject = [&](qint64 row, QStringList cells, const QString& reasons) -> Status {
        ++report.rejected;
        if (report.firstRejected.size() < MemberImportReport::MaxReportedRejects)
            report.firstRejected.append({ row, cells, reasons });
        if (!rejects)
            return Status::success();
        // The reasons belong under their header, however short the row: a workbook leaves
        // out trailing empty cells.
        while (cells.size() < found->headers.size())
            cells.append(QString());
        cells.prepend(QString::number(row));
        cells.append(reasons);
        return rejects->writeRow(cells);
    };

    const QString sourceName = QFileInfo(path).fileName();
    std::optional<Error> failure;
    bool cancelled = false;
    // A big import touches many pages: a larger page cache for its duration avoids
    // spilling half-written pages to the log (restored afterwards).
    const qint64 cacheSize = m_db.pragmaInt("cache_size");
    m_db.exec("PRAGMA cache_size = -65536");
    // A first import writes every page of the roster: once with a rollback journal, twice in
    // WAL mode (see RollbackJournal).
    std::optional<storage::RollbackJournal> journal;
    // Checking each new member's organisation costs a first import a tenth of its writing:
    // the bulk load proves the references once, at the end (roster::MemberBulkLoad).
    std::optional<storage::ForeignKeysOff> foreignKeysOff;
    if (!options.dryRun && roster::RosterCounts(m_db).isEmpty()) {
        journal.emplace(m_db);
        foreignKeysOff.emplace(m_db);
    }
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        roster::MemberEditor editor(m_db);
        roster::MemberBulkLoad bulk(editor);  // fast path for a first import of many rows
        MemberRowReader reader(m_db, mapping, options.defaultOrgId, options.today);
        const ValueMapping chosen = prepare(reader, options);
        Findings findings(report, chosen);
        // A first import reads and checks rows on a second thread while this one writes them.
        // Sealing and name keys are most of the cost of writing a new member: the
        // reading thread computes them while it is ahead, this one otherwise (bulk.insert).
        roster::MemberEncoder encoder(m_db);
        MemberRowPipeline rows(**source, found->headerRow, reader,
            MemberRowPipeline::ReadAhead::OnWorkerThread, MemberRowPipeline::KeptCells::OfRejectedRows,
            &encoder);
        CheckedMemberRow checked;
        for (;;) {
            auto more = rows.next(checked);
            if (!more) {
                failure = more.error();
                return Status::success();
            }
            if (!*more)
                break;
            ++report.read;
            // Asked at the first data row and every 1024 after (rows above the header do not count).
            if (((report.read - 1) & 1023) == 0 && progress && !progress(rows.progress())) {
                cancelled = true;
                return Status::success();
            }
            const MemberRowResult& result = checked.result;
            findings.add(checked.row, result);
            if (!result.ok()) {
                if (Status kept
                    = reject(checked.row, std::move(checked.cells), result.errors.join(QStringLiteral("; ")));
                    !kept) {
                    failure = kept.error();
                    return Status::success();
                }
                continue;
            }
            report.warnings += result.warnings.size();
            for (const QString& warning : result.warnings)
                if (report.firstWarnings.size() < MemberImportReport::MaxReportedRejects)
                    report.firstWarnings.append({ checked.row, warning });
            const std::lock_guard lock(rows.connectionLock());
            if (!result.existing) {
                bulk.insert(result.member, checked.result.encoded ? &*checked.result.encoded : nullptr);
                ++report.inserted;
                continue;
            }
            switch (editor.write(result.member, result.existing, sourceName)) {
            case roster::WriteOutcome::Inserted:
                ++report.inserted;
                break;
            case roster::WriteOutcome::Updated:
                ++report.updated;
                break;
            case roster::WriteOutcome::Unchanged:
                ++report.unchanged;
                break;
            }
        }
        bulk.finish();
        if (!options.dryRun) {
            ValueMapping::remember(m_db, options.valueMapping);
            security::recordAudit(m_db,
                { audit::AuditAction::Imported, QStringLiteral("member"), {},
                    { { QStringLiteral("file"), sourceName }, { QStringLiteral("read"), report.read },
                        { QStringLiteral("inserted"), report.inserted },
                        { QStringLiteral("updated"), report.updated },
                        { QStringLiteral("unchanged"), report.unchanged },
                        { QStringLiteral("rejected"), report.rejected } } });
            transaction.commit();
        }
        return Status::success();
    });
    m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    foreignKeysOff.reset();
    journal.reset();
    if (!written)
        return written.error();
    if (failure)
        return *failure;
    if (cancelled)
        return Error::inFile(shown, tr("the import was cancelled; nothing was written"));
    if (rejects) {
        if (report.rejected > 0) {
            if (Status done = rejects->finish(); !done)
                return done.error();
            report.rejectsFile = QDir::toNativeSeparators(options.rejectsPath);
        } else {
            rejects->discard();
        }
    }
    if (progress)
        progress(1.0);
    return report;
}

}  // namespace redgrid::importexport
