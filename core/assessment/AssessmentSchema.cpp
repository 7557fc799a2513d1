#include "AssessmentSchema.h"

#include "DefaultTemplates.h"
#include "TemplateFile.h"
#include "common/Clock.h"
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

namespace redgrid::assessment {

namespace {

QString targetCode(TargetKind kind)
{
    return kind == TargetKind::Branch ? QStringLiteral("branch") : QStringLiteral("community");
}

void installDefaultTemplates(storage::Connection& db, const storage::Upgrade&)
{
    auto insert = db.prepare("INSERT INTO assessment_template (id, template_id, version, name, target, body, "
                             "created_by, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)");
    for (const AssessmentTemplate& table : DefaultTemplates::all()) {
        const qint64 now = nowMs();
        insert.bindAll(RecordId::generate(), table.id, table.version, table.name, targetCode(table.target),
            QString::fromUtf8(TemplateFile::toJson(table)), now, now);
        insert.run();
        insert.reset();
    }
}

}  // namespace

void registerMigrations()
{
    storage::Schema::add({ .version = 11,
        .domain = "assessment",
        .description = "assessment templates, score sheets, rectifications and reopenings",
        .sql = AssessmentTablesV11,
        .step = installDefaultTemplates });
    storage::Schema::add({ .version = 12,
        .domain = "assessment",
        .description = "the year-end rating of the annual assessment",
        .sql = AssessmentYearEndV12 });
}

}  // namespace redgrid::assessment
