#include "DatabaseState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace redgrid::test {

namespace {

// A read-only connection of the SQLite library itself; FAILs the test when it cannot open.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& path)
    {
        // Read-write: after a kill the first connection must be able to replay the WAL.
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            FAIL("cannot open " << path.toStdString() << ": " << sqlite3_errmsg(m_db));
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDatabase() { sqlite3_close_v2(m_db); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    // Calls `row` for each row of `sql`.
    void each(const QByteArray& sql, const std::function<void(sqlite3_stmt*)>& row)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
            FAIL(sql.toStdString() << ": " << sqlite3_errmsg(m_db));
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            row(statement);
        const std::string error = sqlite3_errmsg(m_db);
        sqlite3_finalize(statement);
        if (step != SQLITE_DONE)
            FAIL(sql.toStdString() << ": " << error);
    }

    QStringList texts(const QByteArray& sql)
    {
        QStringList lines;
        each(sql, [&](sqlite3_stmt* row) {
            QStringList cells;
            for (int i = 0; i < sqlite3_column_count(row); ++i)
                cells.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(row, i))));
            lines.append(cells.join(QLatin1Char('|')));
        });
        return lines;
    }

    // The tables whose rows are data: not SQLite's own, not the shadow tables of a virtual
    // table (their pages follow from the rows they index), not the audit log.
    QStringList dataTables()
    {
        const QStringList virtualTables = texts("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                "AND sql LIKE 'CREATE VIRTUAL TABLE%'");
        QStringList tables;
        for (const QString& name : texts("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name <> 'audit_entry' "
                                         "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")) {
            const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                [&](const QString& table) { return name.startsWith(table + QLatin1Char('_')); });
            if (!shadow)
                tables.append(name);
        }
        return tables;
    }

private:
    sqlite3* m_db = nullptr;
};

QByteArray quoted(const QString& name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

// Ids, sealed values, keys and MACs are blobs; times are columns named …_at.
bool differsBetweenRuns(sqlite3_stmt* row, int column)
{
    return sqlite3_column_type(row, column) == SQLITE_BLOB
        || QByteArray(sqlite3_column_name(row, column)).endsWith("_at");
}

QByteArray valueOf(sqlite3_stmt* row, int column)
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(row, column));
    return QByteArray::number(sqlite3_column_type(row, column)) + ':'
        + QByteArray(bytes, sqlite3_column_bytes(row, column));
}

}  // namespace

ReferenceValues ReferenceValues::of(const QString& path)
{
    ReferenceValues reference;
    RawDatabase db(path);
    for (const QString& table : db.dataTables()) {
        db.each("SELECT * FROM " + quoted(table), [&](sqlite3_stmt* row) {
            for (int i = 0; i < sqlite3_column_count(row); ++i) {
                if (differsBetweenRuns(row, i))
                    reference
                        .m_values[table + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(row, i))]
                        .insert(valueOf(row, i));
            }
        });
    }
    return reference;
}

bool ReferenceValues::contains(const QString& column, const QByteArray& value) const
{
    return m_values.value(column).contains(value);
}

bool killedWhileWriting(const QString& path)
{
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return true;
    QFile wal(path + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return false;
    // The WAL format (sqlite.org/fileformat.html#walformat): a 32-byte header, then frames of
    // a 24-byte header and a page; a frame whose salts are not the header's is left over from
    // an earlier round; a commit frame gives the database's size after it, others 0.
    const auto bigEndian = [](const QByteArray& bytes, qsizetype at) {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(bytes.constData() + at));
    };
    const QByteArray header = wal.read(32);
    if (header.size() < 32)
        return header.size() > 0;
    const qint64 pageSize = bigEndian(header, 8) == 1 ? 65536 : bigEndian(header, 8);
    bool uncommitted = false;
    for (;;) {
        const QByteArray frame = wal.read(24);
        if (frame.isEmpty())
            break;
        if (frame.size() < 24 || frame.mid(8, 8) != header.mid(16, 8))
            return uncommitted || frame.size() < 24;
        if (wal.skip(pageSize) < pageSize)
            return true;  // cut short in the middle of a page
        uncommitted = bigEndian(frame, 4) == 0;
    }
    return uncommitted;
}

DatabaseState readDatabaseState(const QString& path, const ReferenceValues& reference)
{
    DatabaseState state;
    RawDatabase db(path);
    state.integrity = db.texts("PRAGMA integrity_check").join(QLatin1Char('\n'));
    state.foreignKeyProblems = db.texts("PRAGMA foreign_key_check");
    db.each("SELECT action, count(*) FROM audit_entry GROUP BY action", [&](sqlite3_stmt* row) {
        const qint64 count = sqlite3_column_int64(row, 1);
        state.auditActions.insert(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(row, 0))), count);
        state.auditEntries += count;
    });

    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QString& table : db.dataTables()) {
        QList<QByteArray> rows;
        db.each("SELECT * FROM " + quoted(table), [&](sqlite3_stmt* row) {
            QByteArray line;
            for (int i = 0; i < sqlite3_column_count(row); ++i) {
                const QByteArray value = valueOf(row, i);
                if (!differsBetweenRuns(row, i))
                    line += value;
                else if (reference.contains(
                             table + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(row, i)),
                             value))
                    line += "old";
                else
                    line += "new";
                line += '\x1f';
            }
            rows.append(line);
        });
        // The order of rows is the B-tree's, which the random ids decide: sorted instead.
        std::sort(rows.begin(), rows.end());
        state.rows.insert(table, rows.size());
        digest.addData(table.toUtf8() + '\x1e' + QByteArray::number(rows.size()) + '\x1e');
        for (const QByteArray& row : std::as_const(rows))
            digest.addData(QCryptographicHash::hash(row, QCryptographicHash::Sha256));
    }
    state.fingerprint = QString::fromLatin1(digest.result().toHex().left(16));
    return state;
}

}  // namespace redgrid::test
