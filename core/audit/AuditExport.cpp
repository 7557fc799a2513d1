#include "AuditExport.h"

#include "AuditAction.h"
#include "AuditChain.h"
#include "AuditLog.h"
#include "format/TableWriter.h"
#include "storage/SqliteError.h"

#include <QDateTime>

namespace redgrid::audit {

AuditExport::AuditExport(storage::Connection& connection, QByteArray macKey)
    : m_db(connection)
    , m_key(std::move(macKey))
    , m_wording(connection)
{
}

QStringList AuditExport::header()
{
    return { tr("No."), tr("Time"), tr("User"), tr("Action"), tr("Target"), tr("Details"), tr("Result"),
        tr("MAC status") };
}

QString AuditExport::timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditExport::resultText(bool succeeded)
{
    return succeeded ? tr("Succeeded") : tr("Failed");
}

QStringList AuditExport::cells(const AuditEntry& entry, const VerifyReport* report)
{
    return { QString::number(entry.seq), timeText(entry.at), entry.username,
        AuditActionLabels::labelForKey(entry.action), m_wording.target(entry), m_wording.details(entry),
        resultText(entry.succeeded), AuditChain::macStatusLabel(macStatus(entry, report)) };
}

Result<qint64> AuditExport::write(const QString& path, const AuditFilter& filter)
{
    auto writer = format::TableWriter::create(path, tr("Audit log"));
    if (!writer)
        return writer.error();
    qint64 rows = 0;
    std::optional<Error> failure;
    try {
        std::optional<VerifyReport> report;
        if (!m_key.isEmpty())
            report = verifyChain(m_db, m_key, std::nullopt);
        if (Status written = (*writer)->writeRow(header()); !written)
            failure = written.error();
        AuditLog log(m_db, {});
        if (!failure)
            log.visit(filter, [&](const AuditEntry& entry) {
                Status written = (*writer)->writeRow(cells(entry, report ? &*report : nullptr));
                if (!written) {
                    failure = written.error();
                    return false;
                }
                ++rows;
                return true;
            });
    } catch (const storage::SqliteError& e) {
        failure = Error::storage(tr("the audit log could not be read: %1").arg(e.message()));
    }
    if (!failure)
        if (Status finished = (*writer)->finish(); !finished)
            failure = finished.error();
    if (failure) {
        (*writer)->discard();
        return *failure;
    }
    return rows;
}

}  // namespace redgrid::audit
