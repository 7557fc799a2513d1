#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace redgrid::test {

// A database file as SQLite itself sees it after a kill, read through the C API without
// RedGrid (nothing of RedGrid's may repair or hide what the kill left).
struct DatabaseState
{
    QString integrity;  // PRAGMA integrity_check: "ok" or its findings
    QStringList foreignKeyProblems;  // PRAGMA foreign_key_check, one line a row
    qint64 auditEntries = 0;
    QHash<QString, qint64> auditActions;  // how many entries of each action ("exported" …)
    // A digest of every row of every table but the audit log (whose growth and chain are
    // checked apart), in which what differs between two runs of the same operation (new
    // record ids, sealed values with fresh nonces, timestamps) is written as "new" and what
    // the reference file already held as "old": equal digests are the same data.
    QString fingerprint;
    QHash<QString, qint64> rows;  // of each table in the fingerprint
};

// What a reference file held, column by column, to tell "old" values from "new" ones.
class ReferenceValues
{
public:
    static ReferenceValues of(const QString& path);
    bool contains(const QString& column, const QByteArray& value) const;

private:
    QHash<QString, QSet<QByteArray>> m_values;  // "table.column" → the values
    friend DatabaseState readDatabaseState(const QString&, const ReferenceValues&);
};

DatabaseState readDatabaseState(const QString& path, const ReferenceValues& reference);

// Whether a write was under way in the database when its process died, read from the files
// before anything opens it: a rollback journal, or frames in the write-ahead log after its
// last commit (or one cut short), which SQLite rolls back.
bool killedWhileWriting(const QString& path);

}  // namespace redgrid::test
