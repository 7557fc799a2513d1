#pragma once

#include "TemplateStore.h"
#include "audit/AuditAction.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// Every change to the indicator templates; each call is one transaction, audited.
// A version is never changed once stored: saving an edit stores the next version under the
// same template id, so a period scored with an older version keeps it.
class TemplateEditor
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEditor)

public:
    explicit TemplateEditor(storage::Connection& connection);

    // Stores `edited` as the next version of its template (ManageTemplates). Nothing new when
    // it equals the newest version. Refused when the template has problems() (the blocks do
    // not add up …), naming the indicator.
    Result<StoredTemplate> save(const AssessmentTemplate& edited);
    // A copy under a new identity, version 1, to edit into a template of one's own.
    Result<StoredTemplate> copy(const RecordId& templateId, const QString& newName);
    // Takes in a template from a file with its identity and version (ImportTemplates). The
    // same version already here with the same content: nothing to do. With other content:
    // refused, since two databases would score differently under one name.
    Result<StoredTemplate> import(const AssessmentTemplate& table);
    // New sheets of the template's kind are scored with it from now on (ManageTemplates: the
    // choice holds for every community of the database, so a 社区书记, who may import the
    // street's template, does not make it).
    Status use(const RecordId& templateId);

private:
    Result<StoredTemplate> insert(const AssessmentTemplate& table, audit::AuditAction action);

    storage::Connection& m_db;
};

}  // namespace redgrid::assessment
