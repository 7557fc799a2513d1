#include "SheetLoad.h"

#include "DataSource.h"
#include "SheetRows.h"
#include "common/Clock.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace redgrid::assessment {

Status SheetLoad::write(storage::Connection& db, const QList<LoadedSheet>& sheets)
{
    const security::Access access(db);
    if (Status allowed = access.require(security::Permission::ScoreAssessment); !allowed)
        return allowed;
    if (!access.coversWholeDatabase())
        return Error::denied(tr("only an administrator of the whole database may load score sheets"));
    for (const LoadedSheet& sheet : sheets) {
        const QString where = tr("%1, %2").arg(sheet.target.name, sheet.period.label());
        if (!sheet.table.table)
            return Error::plain(tr("%1: no template").arg(where));
        for (const SheetInput* input : { &sheet.self, sheet.review ? &*sheet.review : nullptr })
            if (input)
                if (const QStringList problems = ScoreSheet::problems(*sheet.table.table, *input);
                    !problems.isEmpty())
                    return Error::plain(tr("%1: %2").arg(where, problems.join(QStringLiteral("; "))));
        if ((sheet.state == SheetState::Reviewed || sheet.state == SheetState::Confirmed) && !sheet.review)
            return Error::plain(tr("%1: a reviewed sheet needs the review's scores").arg(where));
    }

    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(db);
        auto insertSheet = db.cached("INSERT INTO assessment_sheet (id, template_row, period, node_id, "
                                     "org_id, state, self_vetoes, review_vetoes, "
                                     "total, revision, modified_by, created_at, modified_at) VALUES (?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
        auto insertRectification = db.cached(
            "INSERT INTO assessment_rectification (id, sheet_id, indicator_key, problem, responsible, "
            "deadline, state, closed_on, outcome, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QHash<RecordId, QHash<QString, ComputedValue>> counted;  // by target: the same for every quarter
        const qint64 now = nowMs();
        for (const LoadedSheet& sheet : sheets) {
            const AssessmentTemplate& table = *sheet.table.table;
            if (!counted.contains(sheet.target.id))
                counted.insert(sheet.target.id, DataSources::countAll(db, table, sheet.target, sheet.period));
            SheetInput self = sheet.self;
            self.computed = counted.value(sheet.target.id);
            std::optional<SheetInput> review = sheet.review;
            if (review)
                review->computed = self.computed;
            const Points total = ScoreSheet::compute(table, review ? *review : self).total;
            const RecordId sheetId = RecordId::generate();
            insertSheet
                .bindAll(sheetId, sheet.table.row, sheet.period.code(),
                    sheet.target.kind == TargetKind::Community ? sheet.target.id : RecordId(),
                    sheet.target.kind == TargetKind::Branch ? sheet.target.id : RecordId(),
                    SheetWorkflow::code(sheet.state), SheetRows::listJson(self.vetoes),
                    SheetRows::listJson(review ? review->vetoes : QStringList()), total.hundredths(),
                    sheet.by, now, now)
                .run();
            for (const auto& [side, input] : { std::pair(SheetSide::Self, &self),
                     std::pair(SheetSide::Review, review ? &*review : nullptr) }) {
                if (!input)
                    continue;
                SheetRows::writeEntries(db, sheetId, table, side, *input, now);
            }
            for (const Rectification& item : sheet.rectifications)
                insertRectification
                    .bindAll(RecordId::generate(), sheetId, item.indicatorKey, item.problem, item.responsible,
                        item.deadline.toString(Qt::ISODate),
                        item.closed ? QStringLiteral("closed") : QStringLiteral("open"),
                        item.closed ? std::optional<QString>(item.closedOn.toString(Qt::ISODate))
                                    : std::nullopt,
                        item.outcome, now, now)
                    .run();
        }
        security::recordAudit(db,
            { audit::AuditAction::Imported, QStringLiteral("assessment_sheet"), RecordId(),
                { { QStringLiteral("sheets"), qint64(sheets.size()) } } });
        transaction.commit();
        return Status::success();
    });
}

}  // namespace redgrid::assessment
