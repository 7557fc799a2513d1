#include "PrintAudit.h"

#include "PdfDocument.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/SqliteError.h"

#include <QFileInfo>

namespace redgrid::report {

Status mayPrint(storage::Connection& db, const PrintOptions& options)
{
    const security::Access access(db);
    if (Status allowed = access.require(security::Permission::PrintReports); !allowed)
        return allowed;
    if (options.exposure == roster::Exposure::Unmasked)
        return access.require(security::Permission::ViewUnmasked);
    return Status::success();
}

Status commitPrint(storage::Connection& db, PdfDocument& pdf, const QString& form, const QString& table,
    const RecordId& target, const PrintOptions& options)
{
    if (Status committed = pdf.commit(); !committed)
        return committed;
    try {
        security::recordAudit(db,
            { audit::AuditAction::Printed, table, target,
                { { QStringLiteral("form"), form },
                    { QStringLiteral("file"), QFileInfo(pdf.path()).fileName() },
                    { QStringLiteral("unmasked"), options.exposure == roster::Exposure::Unmasked } } });
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
    return Status::success();
}

}  // namespace redgrid::report
