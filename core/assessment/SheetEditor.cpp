#include "SheetEditor.h"

#include "SheetRows.h"
#include "SheetStore.h"
#include "common/Clock.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSet>

namespace redgrid::assessment {

namespace {

const QString SheetTable = QStringLiteral("assessment_sheet");
const QString RectificationTable = QStringLiteral("assessment_rectification");

QString accountName(const security::Access& access)
{
    if (!access.session())
        return {};
    const security::Account& account = access.session()->account();
    return account.displayName.isEmpty() ? account.username : account.displayName;
}

QJsonObject sheetDetails(const Sheet& sheet)
{
    return { { QStringLiteral("name"), sheet.target.name }, { QStringLiteral("code"), sheet.target.code },
        { QStringLiteral("period"), sheet.period.code() } };
}

// The indicators whose entries differ between two inputs, by name, in template order.
QStringList changedIndicators(
    const AssessmentTemplate& table, const SheetInput& before, const SheetInput& after)
{
    QStringList names;
    for (const auto& [indicator, depth] : table.flatten()) {
        Q_UNUSED(depth)
        const IndicatorEntry a = before.entries.value(indicator->key);
        const IndicatorEntry b = after.entries.value(indicator->key);
        if (a.score != b.score || a.findings != b.findings || a.evidence != b.evidence
            || a.attachments != b.attachments)
            names.append(indicator->key + QLatin1Char(' ') + indicator->name);
    }
    if (QSet<QString>(before.vetoes.cbegin(), before.vetoes.cend())
        != QSet<QString>(after.vetoes.cbegin(), after.vetoes.cend()))
        names.append(SheetEditor::tr("the vetoes"));
    return names;
}

}  // namespace

SheetEditor::SheetEditor(storage::Connection& connection)
    : m_db(connection)
{
}

Status SheetEditor::mayChange(const Sheet& base, SheetAction action)
{
    const security::Access access(m_db);
    const Status inArea = base.target.kind == TargetKind::Community
        ? access.requireNode(security::Permission::ScoreAssessment, base.target.id)
        : access.requireOrg(security::Permission::ScoreAssessment, base.target.id);
    if (!inArea)
        return inArea;
    // The state as stored now, not as the caller last saw it.
    SheetState state = SheetState::SelfAssessment;
    if (!base.id.isNull()) {
        auto st = m_db.cached("SELECT state FROM assessment_sheet WHERE id = ?");
        st.bindAll(base.id);
        if (!st.step())
            return Error::plain(
                tr("The sheet of %1 for %2 no longer exists").arg(base.target.name, base.period.label()));
        state = SheetWorkflow::fromCode(st.text(0)).value_or(SheetState::SelfAssessment);
    }
    if (const auto refusal
        = SheetWorkflow::refusal(access.session()->role(), base.target.kind, state, action))
        return Error::plain(tr("%1, %2: %3").arg(base.target.name, base.period.label(), *refusal));
    return Status::success();
}

// Somebody saved the sheet after `base` was read: refused, saying who, when and what.
Status SheetEditor::checkRevision(const Sheet& base)
{
    int stored = 0;
    if (base.id.isNull()) {
        const char* const sql = base.target.kind == TargetKind::Community
            ? "SELECT revision FROM assessment_sheet WHERE node_id = ? AND period = ?"
            : "SELECT revision FROM assessment_sheet WHERE org_id = ? AND period = ?";
        auto st = m_db.prepare(sql);
        st.bindAll(base.target.id, base.period.code());
        stored = st.step() ? st.integer(0) : 0;
    } else {
        stored = int(m_db.scalar("SELECT revision FROM assessment_sheet WHERE id = ?", base.id));
    }
    if (stored == base.revision)
        return Status::success();
    const auto open = SheetStore(m_db).open(base.target, base.period, base.period.last());
    if (!open)
        return Error::plain(tr("%1, %2 was changed by somebody else after you opened it; open it again")
                                .arg(base.target.name, base.period.label()));
    QStringList changed = changedIndicators(*open->table.table, base.self, open->self);
    for (const QString& name : changedIndicators(*open->table.table, base.review, open->review))
        if (!changed.contains(name))
            changed.append(name);
    if (open->state != base.state)
        changed.append(tr("the state (now %1)").arg(SheetWorkflow::label(open->state)));
    const QString when
        = QDateTime::fromMSecsSinceEpoch(open->modifiedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Error::plain(
        tr("%1, %2 was saved by %3 at %4 after you opened it (changed: %5). Nothing of yours was "
           "saved; open the sheet again and enter your changes there.")
            .arg(base.target.name, base.period.label(), open->modifiedBy, when,
                changed.isEmpty() ? tr("nothing visible") : changed.join(QStringLiteral(", "))));
}

Result<Sheet> SheetEditor::save(const Sheet& base, SheetSide side, const SheetInput& input)
{
    if (!base.table.table)
        return Error::plain(tr("The sheet has no template"));
    const SheetAction action = side == SheetSide::Self ? SheetAction::SaveSelf : SheetAction::SaveReview;
    if (Status ok = mayChange(base, action); !ok)
        return ok.error();
    const AssessmentTemplate& table = *base.table.table;
    if (const QStringList problems = ScoreSheet::problems(table, input); !problems.isEmpty())
        return Error::plain(
            tr("%1, %2: %3").arg(base.target.name, base.period.label(), problems.join(QStringLiteral("; "))));

    // What counts once saved: the review, when there is one.
    SheetInput counted = input;
    counted.computed = base.input(side).computed;
    const bool reviewCounts = side == SheetSide::Review || base.hasReview;
    const Points total
        = ScoreSheet::compute(table, reviewCounts && side == SheetSide::Self ? base.review : counted).total;
    const security::Access access(m_db);
    const QString who = accountName(access);
    RecordId sheetId = base.id;

    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        if (Status current = checkRevision(base); !current)
            return current;
        const qint64 now = nowMs();
        const QString vetoes = SheetRows::listJson(input.vetoes);
        if (sheetId.isNull()) {
            sheetId = RecordId::generate();
            m_db.cached("INSERT INTO assessment_sheet (id, template_row, period, node_id, org_id, state, "
                        "self_vetoes, "
                        "review_vetoes, total, revision, modified_by, created_at, modified_at) "
                        "VALUES (?, ?, ?, ?, ?, 'self', ?, ?, ?, 1, ?, ?, ?)")
                .bindAll(sheetId, base.table.row, base.period.code(),
                    base.target.kind == TargetKind::Community ? base.target.id : RecordId(),
                    base.target.kind == TargetKind::Branch ? base.target.id : RecordId(),
                    side == SheetSide::Self ? vetoes : QStringLiteral("[]"),
                    side == SheetSide::Review ? vetoes : QStringLiteral("[]"), total.hundredths(), who, now,
                    now)
                .run();
        } else {
            const char* const sql = side == SheetSide::Self
                ? "UPDATE assessment_sheet SET self_vetoes = ?2, total = ?3, revision = revision + 1, "
                  "modified_by = ?4, "
                  "modified_at = ?5 WHERE id = ?1 AND revision = ?6"
                : "UPDATE assessment_sheet SET review_vetoes = ?2, total = ?3, revision = revision + 1, "
                  "modified_by = ?4, modified_at = ?5 WHERE id = ?1 AND revision = ?6";
            m_db.cached(sql).bindAll(sheetId, vetoes, total.hundredths(), who, now, base.revision).run();
            if (m_db.changes() != 1)
                return Error::plain(
                    tr("%1, %2 was changed by somebody else after you opened it; open it again")
                        .arg(base.target.name, base.period.label()));
        }
        m_db.cached("DELETE FROM assessment_entry WHERE sheet_id = ? AND side = ?")
            .bindAll(sheetId, SheetRows::sideCode(side))
            .run();
        SheetRows::writeEntries(m_db, sheetId, table, side, counted, now);
        QJsonObject details = sheetDetails(base);
        details.insert(QStringLiteral("side"), SheetRows::sideCode(side));
        details.insert(QStringLiteral("total"), total.toString());
        security::recordAudit(m_db,
            { base.id.isNull() ? audit::AuditAction::Created : audit::AuditAction::Changed, SheetTable,
                sheetId, details });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return SheetStore(m_db).open(base.target, base.period, base.period.last());
}

Result<Sheet> SheetEditor::act(const Sheet& base, SheetAction action, const QString& reason)
{
    if (action == SheetAction::SaveSelf || action == SheetAction::SaveReview)
        return Error::plain(tr("Saving entries is SheetEditor::save"));
    if (!base.isSaved())
        return Error::plain(tr("%1, %2: save the sheet first").arg(base.target.name, base.period.label()));
    if (Status ok = mayChange(base, action); !ok)
        return ok.error();
    if (action == SheetAction::Reopen && reason.trimmed().isEmpty())
        return Error::plain(tr("%1, %2: reopening a confirmed sheet needs a reason")
                                .arg(base.target.name, base.period.label()));
    const auto next = SheetWorkflow::after(base.state, action);
    if (!next)
        return Error::plain(tr("%1, %2: %3 is not possible in the state %4")
                                .arg(base.target.name, base.period.label(), SheetWorkflow::label(action),
                                    SheetWorkflow::label(base.state)));
    const security::Access access(m_db);
    const QString who = accountName(access);
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        if (Status current = checkRevision(base); !current)
            return current;
        const qint64 now = nowMs();
        if (action == SheetAction::FinishReview && !base.hasReview) {
            // The assessor accepts the self-assessment as it stands: it becomes the review.
            m_db.cached(
                    "INSERT INTO assessment_entry (id, sheet_id, indicator_key, side, score, findings, "
                    "evidence, "
                    "attachments, achieved, possible, counted, created_at, modified_at) "
                    "SELECT randomblob(16), sheet_id, indicator_key, 'review', score, findings, evidence, "
                    "attachments, achieved, possible, counted, ?2, ?2 FROM assessment_entry "
                    "WHERE sheet_id = ?1 AND side = 'self'")
                .bindAll(base.id, now)
                .run();
            m_db.cached("UPDATE assessment_sheet SET review_vetoes = self_vetoes WHERE id = ?")
                .bindAll(base.id)
                .run();
        }
        m_db.cached("UPDATE assessment_sheet SET state = ?2, revision = revision + 1, modified_by = ?3, "
                    "modified_at = ?4 WHERE id = ?1 AND revision = ?5")
            .bindAll(base.id, SheetWorkflow::code(*next), who, now, base.revision)
            .run();
        if (m_db.changes() != 1)
            return Error::plain(tr("%1, %2 was changed by somebody else after you opened it; open it again")
                                    .arg(base.target.name, base.period.label()));
        QJsonObject details = sheetDetails(base);
        details.insert(QStringLiteral("from"), SheetWorkflow::code(base.state));
        details.insert(QStringLiteral("to"), SheetWorkflow::code(*next));
        if (action == SheetAction::Reopen || !reason.trimmed().isEmpty())
            details.insert(QStringLiteral("reason"), reason.trimmed());
        if (action == SheetAction::Reopen)
            m_db.cached("INSERT INTO assessment_reopening (id, sheet_id, reason, reopened_by, created_at, "
                        "modified_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)")
                .bindAll(RecordId::generate(), base.id, reason.trimmed(), who, now, now)
                .run();
        security::recordAudit(m_db, { audit::AuditAction::Changed, SheetTable, base.id, details });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return SheetStore(m_db).open(base.target, base.period, base.period.last());
}

Result<Rectification> SheetEditor::openRectification(const Sheet& sheet, const QString& indicatorKey,
    const QString& problem, const QString& responsible, const QDate& deadline)
{
    const security::Access access(m_db);
    const Status inArea = sheet.target.kind == TargetKind::Community
        ? access.requireNode(security::Permission::ScoreAssessment, sheet.target.id)
        : access.requireOrg(security::Permission::ScoreAssessment, sheet.target.id);
    if (!inArea)
        return inArea.error();
    if (!sheet.isSaved() || !sheet.table.table)
        return Error::plain(tr("%1, %2: save the sheet first").arg(sheet.target.name, sheet.period.label()));
    const Indicator* indicator = sheet.table.table->find(indicatorKey);
    if (!indicator)
        return Error::plain(tr("The template has no indicator %1").arg(indicatorKey));
    const IndicatorResult result = sheet.result().indicators.value(indicatorKey);
    if (!(result.score < result.max))
        return Error::plain(
            tr("%1 %2 lost no points: there is nothing to rectify").arg(indicatorKey, indicator->name));
    if (problem.trimmed().isEmpty())
        return Error::plain(tr("Say what is to be rectified"));
    if (responsible.trimmed().isEmpty())
        return Error::plain(tr("Name the person responsible for the rectification"));
    if (!deadline.isValid())
        return Error::plain(tr("The rectification needs a deadline"));
    Rectification item;
    item.id = RecordId::generate();
    item.sheetId = sheet.id;
    item.raisedIn = sheet.period;
    item.targetName = sheet.target.name;
    item.indicatorKey = indicatorKey;
    item.indicatorName = indicator->name;
    item.problem = problem.trimmed();
    item.responsible = responsible.trimmed();
    item.deadline = deadline;
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        const qint64 now = nowMs();
        m_db.cached(
                "INSERT INTO assessment_rectification (id, sheet_id, indicator_key, problem, responsible, "
                "deadline, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(item.id, item.sheetId, item.indicatorKey, item.problem, item.responsible,
                deadline.toString(Qt::ISODate), now, now)
            .run();
        QJsonObject details = sheetDetails(sheet);
        details.insert(QStringLiteral("indicator"), indicatorKey);
        details.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
        security::recordAudit(m_db, { audit::AuditAction::Created, RectificationTable, item.id, details });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return item;
}

Result<Rectification> SheetEditor::closeRectification(
    const RecordId& id, const QString& outcome, const QDate& closedOn)
{
    auto st = m_db.cached("SELECT sheet_id, state FROM assessment_rectification WHERE id = ?");
    st.bindAll(id);
    if (!st.step())
        return Error::plain(tr("The rectification no longer exists"));
    const RecordId sheetId = st.id(0);
    const bool closed = st.text(1) == QStringLiteral("closed");
    st.reset();
    const auto sheet = SheetStore(m_db).stored(sheetId);
    if (!sheet)
        return Error::denied(tr("The rectification lies outside your area"));
    const security::Access access(m_db);
    const Status inArea = sheet->target.kind == TargetKind::Community
        ? access.requireNode(security::Permission::ScoreAssessment, sheet->target.id)
        : access.requireOrg(security::Permission::ScoreAssessment, sheet->target.id);
    if (!inArea)
        return inArea.error();
    if (closed)
        return Error::plain(tr("The rectification is already closed"));
    if (outcome.trimmed().isEmpty())
        return Error::plain(tr("Say what was done to close the rectification"));
    if (!closedOn.isValid() || closedOn > QDate::currentDate())
        return Error::plain(tr("The closing date must be a day that has come"));
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("UPDATE assessment_rectification SET state = 'closed', closed_on = ?2, outcome = ?3, "
                    "modified_at = ?4 WHERE id = ?1")
            .bindAll(id, closedOn.toString(Qt::ISODate), outcome.trimmed(), nowMs())
            .run();
        QJsonObject details = sheetDetails(*sheet);
        details.insert(QStringLiteral("closed_on"), closedOn.toString(Qt::ISODate));
        security::recordAudit(m_db, { audit::AuditAction::Changed, RectificationTable, id, details });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    const auto after = SheetStore(m_db).stored(sheetId);
    for (const Rectification& item : after ? after->rectifications : QList<Rectification>())
        if (item.id == id)
            return item;
    return Error::plain(tr("The rectification no longer exists"));
}

Status SheetEditor::saveYearEnd(const AssessmentTarget& target, int year, const YearEnd& yearEnd)
{
    const security::Access access(m_db);
    const Status inArea = target.kind == TargetKind::Community
        ? access.requireNode(security::Permission::ScoreAssessment, target.id)
        : access.requireOrg(security::Permission::ScoreAssessment, target.id);
    if (!inArea)
        return inArea;
    if (!SheetWorkflow::roleMay(access.session()->role(), target.kind, SheetAction::SaveReview))
        return Error::plain(tr("%1, %2: the year-end rating is the assessor's").arg(target.name).arg(year));
    if (year < 2000 || year > QDate::currentDate().year())
        return Error::plain(tr("%1: the year %2 has not begun").arg(target.name).arg(year));
    const auto table = TemplateStore(m_db).inUse(target.kind);
    if (!table)
        return Error::plain(tr("No assessment template for this kind of target is stored"));
    const AssessmentTemplate& rules = *table->table;
    for (const auto& [points, what] : { std::pair(yearEnd.rating, tr("the year-end rating")),
             std::pair(yearEnd.bonus, tr("the year's bonus")),
             std::pair(yearEnd.penalty, tr("the year's penalty")) }) {
        if (points < Points())
            return Error::plain(tr("%1, %2: %3 is below zero").arg(target.name).arg(year).arg(what));
        if (!points.fitsDecimals(rules.decimals))
            return Error::plain(tr("%1, %2: %3 has more than %4 decimals")
                                    .arg(target.name)
                                    .arg(year)
                                    .arg(what)
                                    .arg(rules.decimals));
    }
    if (yearEnd.rating > rules.annual.yearEndMax)
        return Error::plain(tr("%1, %2: the year-end rating %3 is above its maximum %4")
                                .arg(target.name)
                                .arg(year)
                                .arg(yearEnd.rating.toString(), rules.annual.yearEndMax.toString()));
    const QString who = accountName(access);
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        const qint64 now = nowMs();
        auto existing = m_db.cached(
            "SELECT id FROM assessment_year_end WHERE (node_id = ?1 OR org_id = ?1) AND year = ?2");
        existing.bindAll(target.id, year);
        const RecordId found = existing.step() ? existing.id(0) : RecordId();
        existing.reset();
        const RecordId id = found.isNull() ? RecordId::generate() : found;
        if (found.isNull())
            m_db.cached("INSERT INTO assessment_year_end (id, node_id, org_id, year, rating, bonus, penalty, "
                        "note, "
                        "modified_by, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bindAll(id, target.kind == TargetKind::Community ? target.id : RecordId(),
                    target.kind == TargetKind::Branch ? target.id : RecordId(), year,
                    yearEnd.rating.hundredths(), yearEnd.bonus.hundredths(), yearEnd.penalty.hundredths(),
                    yearEnd.note.trimmed(), who, now, now)
                .run();
        else
            m_db.cached("UPDATE assessment_year_end SET rating = ?2, bonus = ?3, penalty = ?4, note = ?5, "
                        "modified_by = ?6, modified_at = ?7 WHERE id = ?1")
                .bindAll(id, yearEnd.rating.hundredths(), yearEnd.bonus.hundredths(),
                    yearEnd.penalty.hundredths(), yearEnd.note.trimmed(), who, now)
                .run();
        security::recordAudit(m_db,
            { found.isNull() ? audit::AuditAction::Created : audit::AuditAction::Changed,
                QStringLiteral("assessment_year_end"), id,
                { { QStringLiteral("name"), target.name }, { QStringLiteral("year"), year },
                    { QStringLiteral("rating"), yearEnd.rating.toString() } } });
        transaction.commit();
        return Status::success();
    });
}

}  // namespace redgrid::assessment
