#include "PrintAudit.h"

#include "PageCanvas.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/SqliteError.h"

#include <QFileInfo>

namespace redgrid::document {

Status mayPrint(storage::Connection& db, const PrintOptions& options)
{
    const security::Access access(db);
    if (Status allowed = access.require(security::Permission::PrintReports); !allowed)
        return allowed;
    if (options.exposure == roster::Exposure::Unmasked)
        return access.require(security::Permission::ViewUnmasked);
    return Status::success();
}

Status commitPrint(
    storage::Connection& db, PageCanvas& canvas, const PrintedDocument& document, const PrintOptions& options)
{
    if (Status committed = canvas.finish(); !committed)
        return committed;
    const bool unmasked = options.exposure == roster::Exposure::Unmasked;
    const PrintDestination destination = canvas.destination();
    if (destination.kind == PrintDestination::Kind::Screen && !unmasked)
        return Status::success();  // a masked preview shows no more than the roster does
    QJsonObject details = document.details;
    details.insert(QStringLiteral("form"), document.form);
    switch (destination.kind) {
    case PrintDestination::Kind::File:
        details.insert(QStringLiteral("file"), QFileInfo(destination.name).fileName());
        break;
    case PrintDestination::Kind::Printer:
        details.insert(QStringLiteral("printer"), destination.name);
        break;
    case PrintDestination::Kind::Screen:
        details.insert(QStringLiteral("preview"), true);
        break;
    }
    details.insert(QStringLiteral("unmasked"), unmasked);
    const audit::AuditAction action = destination.kind == PrintDestination::Kind::Screen
        ? audit::AuditAction::ViewedUnmasked
        : audit::AuditAction::Printed;
    try {
        security::recordAudit(db, { action, document.table, document.target, details });
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
    return Status::success();
}

}  // namespace redgrid::document
