#include "TemplateEditor.h"

#include "TemplateFile.h"
#include "common/Clock.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace redgrid::assessment {

namespace {
const QString Table = QStringLiteral("assessment_template");

QJsonObject templateDetails(const AssessmentTemplate& table)
{
    return { { QStringLiteral("name"), table.name }, { QStringLiteral("template"), table.id.toString() },
        { QStringLiteral("version"), table.version } };
}

QString accountName(storage::Connection& db)
{
    const security::Access access(db);
    return access.session() ? access.session()->account().username : QString();
}
}  // namespace

TemplateEditor::TemplateEditor(storage::Connection& connection)
    : m_db(connection)
{
}

Result<StoredTemplate> TemplateEditor::insert(const AssessmentTemplate& table, audit::AuditAction action)
{
    if (const QStringList problems = table.problems(); !problems.isEmpty())
        return Error::plain(tr("The template \"%1\" cannot be used: %2")
                                .arg(table.name, problems.join(QStringLiteral("; "))));
    const RecordId row = RecordId::generate();
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        const qint64 now = nowMs();
        m_db.cached(
                "INSERT INTO assessment_template (id, template_id, version, name, target, body, created_by, "
                "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(row, table.id, table.version, table.name.trimmed(),
                TemplateStore::targetCode(table.target), QString::fromUtf8(TemplateFile::toJson(table)),
                accountName(m_db), now, now)
            .run();
        security::recordAudit(m_db, { action, Table, row, templateDetails(table) });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return *TemplateStore(m_db).byRow(row);
}

Result<StoredTemplate> TemplateEditor::save(const AssessmentTemplate& edited)
{
    if (Status allowed = security::Access(m_db).require(security::Permission::ManageTemplates); !allowed)
        return allowed.error();
    TemplateStore store(m_db);
    AssessmentTemplate next = edited;
    if (next.id.isNull()) {
        next.id = RecordId::generate();
        next.version = 1;
        return insert(next, audit::AuditAction::Created);
    }
    const auto newest = store.latest(next.id);
    if (!newest) {
        next.version = 1;
        return insert(next, audit::AuditAction::Created);
    }
    next.version = newest->table->version;
    if (TemplateFile::toJson(next) == TemplateFile::toJson(*newest->table))
        return *newest;  // nothing changed
    next.version = newest->table->version + 1;
    if (next.target != newest->table->target)
        return Error::plain(
            tr("The template \"%1\" scores %2; a new version cannot score other targets")
                .arg(next.name,
                    newest->table->target == TargetKind::Branch ? tr("branches") : tr("communities")));
    return insert(next, audit::AuditAction::Changed);
}

Result<StoredTemplate> TemplateEditor::copy(const RecordId& templateId, const QString& newName)
{
    if (Status allowed = security::Access(m_db).require(security::Permission::ManageTemplates); !allowed)
        return allowed.error();
    const auto source = TemplateStore(m_db).latest(templateId);
    if (!source)
        return Error::plain(tr("The template to copy no longer exists"));
    if (newName.trimmed().isEmpty())
        return Error::plain(tr("The copy needs a name"));
    AssessmentTemplate copied = *source->table;
    copied.id = RecordId::generate();
    copied.version = 1;
    copied.name = newName.trimmed();
    return insert(copied, audit::AuditAction::Created);
}

Result<StoredTemplate> TemplateEditor::import(const AssessmentTemplate& table)
{
    if (Status allowed = security::Access(m_db).require(security::Permission::ImportTemplates); !allowed)
        return allowed.error();
    if (table.id.isNull() || table.version < 1)
        return Error::plain(tr("The template \"%1\" has no identity or version").arg(table.name));
    if (const auto here = TemplateStore(m_db).version(table.id, table.version)) {
        if (TemplateFile::toJson(*here->table) == TemplateFile::toJson(table))
            return *here;
        return Error::plain(
            tr("Version %1 of the template \"%2\" is already here with other indicators or points; "
               "a changed template must come as a new version")
                .arg(table.version)
                .arg(table.name));
    }
    return insert(table, audit::AuditAction::Imported);
}

Status TemplateEditor::use(const RecordId& templateId)
{
    // Which template every new sheet of the database is scored with: the district's and the
    // street's choice, not one community's.
    if (Status allowed = security::Access(m_db).require(security::Permission::ManageTemplates); !allowed)
        return allowed;
    const auto chosen = TemplateStore(m_db).latest(templateId);
    if (!chosen)
        return Error::plain(tr("The template no longer exists"));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        settings::SettingStore(m_db).setValue(
            TemplateStore::settingKey(chosen->table->target), templateId.toString());
        QJsonObject details = templateDetails(*chosen->table);
        details.insert(QStringLiteral("in_use"), true);
        security::recordAudit(m_db, { audit::AuditAction::Changed, Table, chosen->row, details });
        transaction.commit();
        return Status::success();
    });
}

}  // namespace redgrid::assessment
