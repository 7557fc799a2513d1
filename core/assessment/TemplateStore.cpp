#include "TemplateStore.h"

#include "DefaultTemplates.h"
#include "TemplateFile.h"
#include "security/Access.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QHash>

namespace redgrid::assessment {

namespace {
const char* const Columns = "SELECT t.id, t.body, t.created_at, t.created_by, "
                            "EXISTS (SELECT 1 FROM assessment_sheet s WHERE s.template_row = t.id) "
                            "FROM assessment_template t WHERE ";
}

TemplateStore::TemplateStore(storage::Connection& connection)
    : m_db(connection)
{
}

Status TemplateStore::allowed() const
{
    return security::Access(m_db).require(security::Permission::ReadAssessment);
}

QString TemplateStore::settingKey(TargetKind kind)
{
    return QStringLiteral("assessment.template.") + targetCode(kind);
}

QString TemplateStore::targetCode(TargetKind kind)
{
    return kind == TargetKind::Branch ? QStringLiteral("branch") : QStringLiteral("community");
}

RecordId TemplateStore::inUseId(TargetKind kind)
{
    const auto chosen = settings::SettingStore(m_db).value(settingKey(kind));
    if (chosen)
        if (const auto id = RecordId::fromString(*chosen); !id.isNull())
            return id;
    return kind == TargetKind::Branch ? DefaultTemplates::branchStars().id
                                      : DefaultTemplates::communityQuarterly().id;
}

QList<StoredTemplate> TemplateStore::select(const char* condition, const RecordId& id, int version)
{
    QList<StoredTemplate> found;
    if (!allowed())
        return found;
    const QByteArray sql = QByteArray(Columns) + condition;
    auto st = m_db.prepare(sql.constData());
    st.bind(1, id);
    if (version > 0)
        st.bind(2, version);
    const RecordId community = inUseId(TargetKind::Community);
    const RecordId branch = inUseId(TargetKind::Branch);
    while (st.step()) {
        auto table = TemplateFile::fromJson(st.text(1).toUtf8(), QStringLiteral("assessment_template"));
        if (!table)
            continue;  // a row only a newer RedGrid reads: left out, never rewritten
        StoredTemplate stored;
        stored.row = st.id(0);
        stored.createdAt = st.int64(2);
        stored.createdBy = st.text(3);
        stored.used = st.int64(4) != 0;
        const RecordId chosen = table->target == TargetKind::Branch ? branch : community;
        stored.inUse = table->id == chosen;
        stored.table = std::make_shared<const AssessmentTemplate>(std::move(table.value()));
        found.append(stored);
    }
    return found;
}

QList<StoredTemplate> TemplateStore::latestVersions()
{
    return select(
        "t.version = (SELECT max(version) FROM assessment_template v WHERE v.template_id = t.template_id) "
        "AND ?1 IS NULL ORDER BY t.name, t.template_id",
        RecordId());
}

QList<StoredTemplate> TemplateStore::versions(const RecordId& templateId)
{
    return select("t.template_id = ?1 ORDER BY t.version", templateId);
}

std::optional<StoredTemplate> TemplateStore::version(const RecordId& templateId, int version)
{
    const auto found = select("t.template_id = ?1 AND t.version = ?2", templateId, version);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<StoredTemplate> TemplateStore::latest(const RecordId& templateId)
{
    const auto found = select("t.template_id = ?1 ORDER BY t.version DESC LIMIT 1", templateId);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<StoredTemplate> TemplateStore::byRow(const RecordId& row)
{
    const auto found = select("t.id = ?1", row);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<StoredTemplate> TemplateStore::inUse(TargetKind kind)
{
    if (auto chosen = latest(inUseId(kind)); chosen && chosen->table->target == kind)
        return chosen;
    const AssessmentTemplate fallback = kind == TargetKind::Branch ? DefaultTemplates::branchStars()
                                                                   : DefaultTemplates::communityQuarterly();
    return latest(fallback.id);
}

}  // namespace redgrid::assessment
