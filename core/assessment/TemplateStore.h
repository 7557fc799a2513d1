#pragma once

#include "AssessmentTemplate.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// One stored version of a template.
struct StoredTemplate
{
    RecordId row;  // assessment_template.id: this version's row, which sheets refer to
    std::shared_ptr<const AssessmentTemplate> table;
    bool used = false;  // a sheet was scored with it: never changed again
    bool inUse = false;  // the template new sheets of its kind are scored with
    qint64 createdAt = 0;
    QString createdBy;
};

// Reads the indicator templates (ReadAssessment needed). Templates are not scoped by area:
// the district's and the street's templates are what every community scores itself against.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(storage::Connection& connection);

    Status allowed() const;
    // The newest version of every template, by name.
    QList<StoredTemplate> latestVersions();
    // Every version of one template, oldest first.
    QList<StoredTemplate> versions(const RecordId& templateId);
    std::optional<StoredTemplate> version(const RecordId& templateId, int version);
    std::optional<StoredTemplate> latest(const RecordId& templateId);
    std::optional<StoredTemplate> byRow(const RecordId& row);
    // The template new sheets of `kind` are scored with: the newest version of the one chosen
    // (TemplateEditor::use), else of the built-in default.
    std::optional<StoredTemplate> inUse(TargetKind kind);
    RecordId inUseId(TargetKind kind);

    static QString settingKey(TargetKind kind);  // assessment.template.community / .branch
    static QString targetCode(TargetKind kind);  // stored: community, branch

private:
    QList<StoredTemplate> select(const char* condition, const RecordId& id, int version = 0);

    storage::Connection& m_db;
};

}  // namespace redgrid::assessment
