#include "AuditCommand.h"

#include "audit/AuditExport.h"
#include "audit/AuditWording.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "security/SignIn.h"
#include "storage/Connection.h"

#include <QJsonArray>

#include <optional>

namespace redgrid::cli {

QString AuditCommand::summary() const
{
    return tr("Verify, list, export or prune the audit log (auditors and administrators).");
}

void AuditCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("verify (is the chain intact? exit 0 only if so; checked before the sign-in writes anything), "
           "list, export, prune (remove the entries before --before; never one younger than 6 months; "
           "administrators of the whole database), or acknowledge (administrators: record that the breaks "
           "verify reports have been seen, so that the log verifies again and later tampering shows)."));
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The database file."));
    parser.addOptions({ m_json, m_user, m_action, m_from, m_to, m_limit, m_out, m_before });
}

int AuditCommand::run(const QCommandLineParser& parser)
{
    const QString action = parser.positionalArguments().at(0);
    const QStringList actions { QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("export"),
        QStringLiteral("prune"), QStringLiteral("acknowledge") };
    if (!actions.contains(action)) {
        printUsageError(tr("audit needs an action: verify, list, export, prune or acknowledge"));
        return UsageError;
    }
    const QDate before = QDate::fromString(parser.value(m_before), Qt::ISODate);
    if (action == QLatin1String("prune") && !before.isValid()) {
        printUsageError(tr("audit prune needs --before DATE (yyyy-MM-dd)"));
        return UsageError;
    }
    if (action == QLatin1String("export") && !parser.isSet(m_out)) {
        printUsageError(tr("audit export needs --out FILE"));
        return UsageError;
    }
    audit::AuditFilter filter;
    filter.username = parser.value(m_user);
    filter.action = parser.value(m_action);
    const QDate from = QDate::fromString(parser.value(m_from), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(m_to), Qt::ISODate);
    if ((parser.isSet(m_from) && !from.isValid()) || (parser.isSet(m_to) && !to.isValid())) {
        printUsageError(tr("--from and --to take dates as yyyy-MM-dd"));
        return UsageError;
    }
    filter.setDays(from, to);

    // verify sees the file as it was: it checks before the sign-in appends its own entry.
    std::optional<Result<audit::VerifyReport>> verified;
    const auto verifyFirst = [&](storage::Connection& connection, const security::Session& session) {
        verified = security::verifyAuditLogAs(connection, session);
    };
    security::SignIn::BeforeWriting check;
    if (action == QLatin1String("verify"))
        check = verifyFirst;
    auto db = openDatabase(parser.positionalArguments().at(1), check);
    if (!db)
        return openFailure();
    // A refusal (no right to do this) is exit 4; the database failing is a data error.
    const auto failed = [&](const QString& path, const Error& error) {
        printError(Error::inFile(path, error.message));
        return error.isStorageFailure() ? DataError : NotSignedIn;
    };
    if (action == QLatin1String("prune")) {
        const auto removed = security::pruneAuditLog(*db, before.startOfDay().toMSecsSinceEpoch());
        if (!removed)
            return failed(db->path(), removed.error());
        if (parser.isSet(m_json))
            printJson({ { QStringLiteral("removed"), *removed } });
        else
            printLine(tr("Removed %n audit entries (entries younger than 6 months are always kept).", "",
                int(*removed)));
        return Success;
    }
    if (action == QLatin1String("acknowledge")) {
        const auto acknowledged = security::acknowledgeAuditBreaks(*db);
        if (!acknowledged)
            return failed(db->path(), acknowledged.error());
        const auto& entry = *acknowledged;
        const auto breaks
            = entry ? audit::AuditChain::fromDetails(entry->details).breaks : QList<audit::ChainBreak>();
        if (parser.isSet(m_json))
            printJson({ { QStringLiteral("entry"), entry ? entry->seq : 0 },
                { QStringLiteral("acknowledged"), int(breaks.size()) } });
        else if (!entry)
            printLine(tr("The audit log is intact: there is nothing to acknowledge."));
        else
            printLine(tr("Entry %1 records that %n break(s) of the audit log were acknowledged; the log "
                         "verifies again from here.",
                "", int(breaks.size()))
                          .arg(entry->seq));
        return Success;
    }
    if (action == QLatin1String("verify")) {
        auto report = verified ? std::move(*verified) : security::verifyAuditLog(*db);
        if (!report)
            return failed(db->path(), report.error());
        if (parser.isSet(m_json))
            printJson({ { QStringLiteral("intact"), report->isIntact() },
                { QStringLiteral("brokenSeq"), report->brokenSeq },
                { QStringLiteral("problem"),
                    report->isBroken() ? audit::AuditChain::problemKey(report->problem) : QString() },
                { QStringLiteral("acknowledged"), report->acknowledged },
                { QStringLiteral("entries"), report->entries },
                { QStringLiteral("verified"), report->verified },
                { QStringLiteral("unsealed"), report->unsealed },
                { QStringLiteral("memoryProblem"), report->memoryProblem },
                { QStringLiteral("message"), report->message() } });
        else
            printLine(report->message());
        // What this computer remembered is lost: a log cut short cannot be ruled out.
        return report->isIntact() && report->memoryProblem.isEmpty() ? Success : DataError;
    }
    auto log = security::readAuditLog(*db);
    if (!log) {
        return fail(log.error().of(db->path()));
    }
    if (action == QLatin1String("export")) {
        auto written = audit::AuditExport(*db, security::Access(*db).keys().auditKey().toByteArray())
                           .write(parser.value(m_out), filter);
        if (!written) {
            return fail(written.error());
        }
        printLine(tr("Wrote %1 audit entries to %2.").arg(*written).arg(parser.value(m_out)));
        return Success;
    }
    filter.limit = parser.value(m_limit).toInt();
    audit::AuditWording wording(*db);
    QJsonArray entries;
    for (const audit::AuditEntry& e : (*log)->list(filter)) {
        if (parser.isSet(m_json)) {
            // The stored details as they are, and as people read them.
            entries.append(QJsonObject { { QStringLiteral("seq"), e.seq },
                { QStringLiteral("time"), audit::AuditExport::timeText(e.at) },
                { QStringLiteral("user"), e.username }, { QStringLiteral("action"), e.action },
                { QStringLiteral("target"), wording.target(e) }, { QStringLiteral("details"), e.details },
                { QStringLiteral("detailsText"), wording.details(e) },
                { QStringLiteral("succeeded"), e.succeeded } });
        } else {
            printLine(
                QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                    .arg(e.seq)
                    .arg(audit::AuditExport::timeText(e.at), e.username,
                        audit::AuditActionLabels::labelForKey(e.action),
                        audit::AuditExport::resultText(e.succeeded), wording.target(e), wording.details(e)));
        }
    }
    if (parser.isSet(m_json))
        printJson({ { QStringLiteral("entries"), entries } });
    return Success;
}

}  // namespace redgrid::cli
