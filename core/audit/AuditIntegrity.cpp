#include "AuditIntegrity.h"

#include "AuditLog.h"
#include "AuditMac.h"
#include "common/Clock.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace redgrid::audit {

AuditIntegrity::AuditIntegrity(
    storage::Connection& connection, QByteArray macKey, QString installationId, ChainHeadStore store)
    : m_db(connection)
    , m_key(std::move(macKey))
    , m_installationId(std::move(installationId))
    , m_store(std::move(store))
{
}

VerifyReport AuditIntegrity::verify(Status* remembered)
{
    const ChainMemory memory = m_store.recallMemory(m_installationId);
    VerifyReport report = verifyChain(m_db, m_key, memory);
    report.memoryProblem = memory.problem;
    report.origins = origins();
    Status stored = Status::success();
    if (report.isBroken()) {
        stored = rememberBreaks(report);
    } else if (report.isIntact() && report.head) {
        // Intact with breaks remembered: an acknowledgement in the log covers them.
        stored = memory.breaks.isEmpty() ? m_store.remember(m_installationId, *report.head)
                                         : m_store.acknowledged(m_installationId, *report.head);
    }
    if (remembered)
        *remembered = stored;
    return report;
}

VerifyReport AuditIntegrity::checkRecent()
{
    const ChainMemory memory = m_store.recallMemory(m_installationId);
    VerifyReport report = verifyChainSince(m_db, m_key, memory);
    if (report.isBroken()) {
        (void)rememberBreaks(report);
    } else if (report.isIntact() && report.head) {
        (void)m_store.remember(m_installationId, *report.head);
    }
    return report;
}

// The break reported and the one the log shows now, if another: kept as first found.
Status AuditIntegrity::rememberBreaks(const VerifyReport& report)
{
    QList<ChainBreak> found { report.chainBreak() };
    if (report.newBreak)
        found.append(*report.newBreak);
    for (ChainBreak one : std::as_const(found)) {
        if (one.foundAtMs == 0)
            one.foundAtMs = nowMs();
        if (Status stored = m_store.rememberBreak(m_installationId, one); !stored)
            return stored;
    }
    return Status::success();
}

QStringList AuditIntegrity::origins()
{
    QStringList sentences;
    storage::Statement st = m_db.prepare("SELECT seq, at, action, details FROM audit_entry WHERE action IN "
                                         "('copy_begun', 'database_restored') "
                                         "ORDER BY seq");
    while (st.step()) {
        const QJsonObject details = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        const QString at
            = QDateTime::fromMSecsSinceEpoch(st.int64(1)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const auto text = [&](const char* key) { return details.value(QLatin1String(key)).toString(); };
        const auto number = [&](const char* key) { return details.value(QLatin1String(key)).toInteger(); };
        if (st.text(2) == QLatin1String("copy_begun")) {
            sentences << (text("kind") == QLatin1String("backup")
                    ? tr("This file is a backup of %1 made on %2: its log up to entry %3 is that database's, "
                         "from entry %4 on its own.")
                    : tr("This file is a copy of %1 made on %2: its log up to entry %3 is that database's, "
                         "from entry %4 on its own."))
                             .arg(text("source"), at)
                             .arg(number("seq"))
                             .arg(st.int64(0));
        } else {
            sentences << tr(
                "On %1 this database was restored from the backup %2 (its log up to entry %3); the "
                "file it replaced, with its log up to entry %4, was kept as %5.")
                             .arg(at, text("backup"))
                             .arg(number("backup_seq"))
                             .arg(number("replaced_seq"))
                             .arg(text("kept_aside"));
        }
    }
    return sentences;
}

Status AuditIntegrity::rememberPending(const AuditEntry& unsealed)
{
    return m_store.rememberPending(m_installationId, { unsealed.seq, AuditMac::digest(unsealed) });
}

QList<PendingEntry> AuditIntegrity::sealable() const
{
    return m_store.recallMemory(m_installationId).pending;
}

Result<std::optional<AuditEntry>> AuditIntegrity::acknowledge(
    const RecordId& accountId, const QString& username)
{
    if (m_key.isEmpty())
        return Error::denied(tr("the audit log cannot be acknowledged without the key; sign in first"));
    const ChainMemory memory = m_store.recallMemory(m_installationId);
    Acknowledgement acknowledgement;
    AuditLog log(m_db, m_key);
    try {
        // Each pass finds the next break; pinning the entry it stopped at lets the next
        // pass go on from there. A log can hold only so many breaks.
        const qint64 limit = m_db.scalar("SELECT count(*) FROM audit_entry") + 16;
        for (qint64 pass = 0;; ++pass) {
            const VerifyReport report = verifyChain(m_db, m_key, memory, acknowledgement);
            if (!report.isBroken())
                break;
            const ChainBreak found = report.chainBreak();
            bool known = false;
            for (const ChainBreak& listed : std::as_const(acknowledgement.breaks))
                known = known || listed.sameAs(found);
            if (!known)
                acknowledgement.breaks.append(found);
            const auto anchor = report.anchorSeq > 0 ? log.entry(report.anchorSeq) : std::nullopt;
            bool pinnedAlready = false;
            for (const ChainPin& pin : std::as_const(acknowledgement.pins))
                pinnedAlready = pinnedAlready || (anchor && pin.seq == anchor->seq);
            if ((known && (!anchor || pinnedAlready)) || pass > limit)
                return Error::plain(tr("the breaks of the audit log could not all be acknowledged"));
            if (anchor && !pinnedAlready)
                acknowledgement.pins.append({ anchor->seq, AuditChain::pinCheck(m_key, *anchor) });
        }
    } catch (const storage::SqliteError& e) {
        return Error::storage(e.message());
    }
    // Nothing broken and nothing forgotten: nothing to acknowledge.
    if (acknowledgement.breaks.isEmpty() && memory.problem.isEmpty())
        return std::optional<AuditEntry>();

    log.setSealable([this] { return sealable(); });
    const auto entry = log.append({ accountId, username, AuditAction::ChainAcknowledged,
        QStringLiteral("audit_entry"), {}, AuditChain::toDetails(acknowledgement), true });
    if (!entry)
        return entry.error();
    if (Status stored = m_store.acknowledged(m_installationId, { entry->seq, entry->mac }); !stored)
        return stored.error();
    return std::optional<AuditEntry>(*entry);
}

}  // namespace redgrid::audit
