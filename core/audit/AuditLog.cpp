#include "AuditLog.h"

#include "AuditMac.h"
#include "AuditRows.h"
#include "AuditSchema.h"
#include "common/Clock.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

#include <stdexcept>
#include <variant>
#include <vector>

namespace redgrid::audit {

namespace {

// The WHERE clause of a filter and the values for its parameters, in order.
struct Where
{
    QByteArray sql;
    std::vector<std::variant<qint64, QString>> args;

    void add(const char* condition) { sql += (sql.isEmpty() ? " WHERE " : " AND ") + QByteArray(condition); }
};

Where whereOf(const AuditFilter& filter, std::optional<qint64> beforeSeq = std::nullopt)
{
    Where w;
    if (filter.fromMs) {
        w.add("e.at >= ?");
        w.args.emplace_back(*filter.fromMs);
    }
    if (filter.toMs) {
        w.add("e.at < ?");
        w.args.emplace_back(*filter.toMs);
    }
    if (!filter.username.isEmpty()) {
        w.add("e.username = ?");
        w.args.emplace_back(filter.username);
    }
    if (!filter.action.isEmpty()) {
        w.add("e.action = ?");
        w.args.emplace_back(filter.action);
    }
    if (filter.succeeded) {
        w.add("e.succeeded = ?");
        w.args.emplace_back(qint64(*filter.succeeded ? 1 : 0));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // lower() folds ASCII only, which is what a case-insensitive search of Latin text
        // needs; Chinese has no case. An id is matched as hex, with or without hyphens.
        QString hex = text.toLower();
        hex.remove(QLatin1Char('-'));
        w.add("(instr(lower(e.details), lower(?)) > 0 OR instr(lower(e.target_table), lower(?)) > 0 "
              "OR instr(lower(hex(e.target_id)), ?) > 0)");
        w.args.emplace_back(text);
        w.args.emplace_back(text);
        // Text of hyphens only would be '' here, which instr() finds in every id.
        w.args.emplace_back(hex.isEmpty() ? text : hex);
    }
    if (beforeSeq) {
        w.add("e.seq < ?");
        w.args.emplace_back(*beforeSeq);
    }
    return w;
}

void bindWhere(storage::Statement& st, const Where& where, int first = 1)
{
    int index = first;
    for (const auto& arg : where.args)
        std::visit([&](const auto& value) { st.bind(index++, value); }, arg);
}

}  // namespace

AuditLog::AuditLog(storage::Connection& connection, QByteArray macKey)
    : m_db(connection)
    , m_key(std::move(macKey))
    , m_clock(&nowMs)
{
    if (!m_key.isEmpty() && m_key.size() != AuditMac::KeySize)
        throw std::invalid_argument("the audit MAC key must be 32 bytes");
}

Result<AuditEntry> AuditLog::append(const AuditRecord& record)
{
    return storage::guardedWrite([&]() -> Result<AuditEntry> {
        storage::Transaction transaction(m_db);
        const qint64 now = m_clock();
        AuditEntry added;
        added.id = RecordId::generate();
        added.seq = AuditRows::lastSeq(m_db) + 1;
        added.at = now;
        added.accountId = record.accountId;
        added.username = record.username;
        added.action = auditActionKey(record.action);
        added.targetTable = record.targetTable;
        added.targetId = record.targetId;
        added.details = QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact));
        added.succeeded = record.succeeded;
        added.createdAt = now;
        added.modifiedAt = now;
        auto insert = m_db.cached(
            "INSERT INTO audit_entry (id, seq, at, account_id, username, action, target_table, target_id, "
            "details, succeeded, mac, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, "
            "?, ?)");
        insert.bindAll(added.id, added.seq, added.at, added.accountId, added.username, added.action,
            added.targetTable, added.targetId, added.details, added.succeeded, added.createdAt,
            added.modifiedAt);
        insert.run();
        // Sealed from what was stored, exactly as the verifier will read it back.
        if (hasKey())
            sealPendingInside(added.seq);
        auto stored = entry(added.seq);
        transaction.commit();
        return *stored;
    });
}

Result<qint64> AuditLog::sealPending()
{
    if (!hasKey())
        return Error::denied(tr("the audit log cannot be sealed without the key; log in first"));
    return storage::guardedWrite([&]() -> Result<qint64> {
        storage::Transaction transaction(m_db);
        const qint64 sealed = sealPendingInside();
        transaction.commit();
        return sealed;
    });
}

QByteArray AuditLog::precedingMac(qint64 seq)
{
    auto previous = m_db.cached("SELECT mac FROM audit_entry WHERE seq = ?");
    previous.bind(1, seq - 1);
    if (previous.step())
        return previous.isNull(0) ? QByteArray() : previous.blob(0);
    if (const auto start = AuditRows::chainStart(m_db); start && start->removed.seq == seq - 1)
        return start->removed.mac;
    return {};  // the first entry: 32 zero bytes (AuditMac::compute)
}

qint64 AuditLog::sealPendingInside(qint64 ownSeq)
{
    // Unsealed entries are few (failed logins while nobody was logged in), but they are
    // read in pages anyway, and not while rows of the same table are being updated.
    constexpr int Page = 500;
    qint64 sealed = 0;
    qint64 after = 0;
    std::optional<ChainMemory> known;  // read only when there is something to seal
    for (;;) {
        QList<AuditEntry> unsealed;
        {
            auto st = m_db.cached(
                AuditRows::select("WHERE e.mac IS NULL AND e.seq > ? ORDER BY e.seq LIMIT ?").constData());
            st.bind(1, after);
            st.bind(2, Page);
            while (st.step())
                unsealed.append(AuditRows::entryAt(st));
        }
        if (unsealed.isEmpty())
            return sealed;
        if (!known) {
            known.emplace();
            if (m_sealable)
                known->pending = m_sealable();
        }
        auto update
            = m_db.cached("UPDATE audit_entry SET mac = ?, modified_at = ? WHERE id = ? AND mac IS NULL");
        for (const AuditEntry& entry : std::as_const(unsealed)) {
            after = entry.seq;
            // Its own entry, just inserted, or one this computer appended without the key.
            if (entry.seq != ownSeq && !known->knowsPending(entry.seq, AuditMac::digest(entry)))
                continue;
            const QByteArray mac = AuditMac::compute(m_key, entry, precedingMac(entry.seq));
            update.bindAll(mac, m_clock(), entry.id);
            update.run();
            update.reset();
            ++sealed;
        }
    }
}

std::optional<ChainHead> AuditLog::head()
{
    auto st = m_db.cached("SELECT seq, mac FROM audit_entry WHERE mac IS NOT NULL ORDER BY seq DESC LIMIT 1");
    if (st.step())
        return ChainHead { st.int64(0), st.blob(1) };
    // No sealed entry left: the chain's last sealed link is the newest removed entry.
    if (const auto start = AuditRows::chainStart(m_db); start && start->removed.isSealed())
        return ChainHead { start->removed.seq, start->removed.mac };
    return std::nullopt;
}

QList<AuditEntry> AuditLog::list(const AuditFilter& filter)
{
    const Where where = whereOf(filter);
    auto st
        = m_db.prepare(AuditRows::select(where.sql + " ORDER BY e.seq DESC LIMIT ? OFFSET ?").constData());
    bindWhere(st, where);
    st.bind(int(where.args.size()) + 1, filter.limit > 0 ? qint64(filter.limit) : qint64(-1));
    st.bind(int(where.args.size()) + 2, std::max<qint64>(filter.offset, 0));
    QList<AuditEntry> entries;
    while (st.step())
        entries.append(AuditRows::entryAt(st));
    return entries;
}

qint64 AuditLog::count(const AuditFilter& filter)
{
    const Where where = whereOf(filter);
    auto st = m_db.prepare(("SELECT count(*) FROM audit_entry e" + where.sql).constData());
    bindWhere(st, where);
    return st.step() ? st.int64(0) : 0;
}

void AuditLog::visit(const AuditFilter& filter, const std::function<bool(const AuditEntry&)>& visitor)
{
    constexpr int Page = 1000;
    std::optional<qint64> before;
    for (;;) {
        const Where where = whereOf(filter, before);
        auto st = m_db.prepare(AuditRows::select(where.sql + " ORDER BY e.seq DESC LIMIT ?").constData());
        bindWhere(st, where);
        st.bind(int(where.args.size()) + 1, Page);
        int read = 0;
        while (st.step()) {
            const AuditEntry entry = AuditRows::entryAt(st);
            ++read;
            before = entry.seq;
            if (!visitor(entry))
                return;
        }
        if (read < Page)
            return;
    }
}

std::optional<AuditEntry> AuditLog::entry(qint64 seq)
{
    auto st = m_db.cached(AuditRows::select("WHERE e.seq = ?").constData());
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    return AuditRows::entryAt(st);
}

QStringList AuditLog::usernames()
{
    auto st = m_db.cached("SELECT DISTINCT username FROM audit_entry ORDER BY username");
    QStringList names;
    while (st.step())
        names.append(st.text(0));
    return names;
}

Result<qint64> AuditLog::removeOlderThan(qint64 beforeMs)
{
    return storage::guardedWrite([&]() -> Result<qint64> {
        storage::Transaction transaction(m_db);
        // Only a prefix of the chain goes: a gap in the middle would read as tampering.
        const QByteArray sql = QByteArrayLiteral("DELETE FROM audit_entry WHERE seq < coalesce("
                                                 "(SELECT min(seq) FROM audit_entry WHERE at >= min(?, ")
            + SixMonthsAgoSql + ")), (SELECT max(seq) + 1 FROM audit_entry))";
        auto st = m_db.prepare(sql.constData());
        st.bind(1, beforeMs);
        st.run();
        const qint64 removed = m_db.changes();
        transaction.commit();
        return removed;
    });
}

}  // namespace redgrid::audit
