#pragma once

#include "ChainHead.h"
#include "ChainMemory.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace redgrid::audit {

// Remembers, outside the database, what this computer knows of each database's audit
// chain (ChainMemory): the newest head seen intact, so that entries cut off the end of the
// log are noticed; the entries appended here without the key, the only unsealed ones the
// next sign-in may seal; and the breaks found and not yet acknowledged, so that they stay
// reported. A small JSON file, audit-heads.json, in the user's data folder:
//   { "version": 2, "heads": { "<installation id>": { "seq": 42, "mac": "<base64>",
//     "seen_at": "2024-05-01T08:00:00Z",
//     "pending": [ { "seq": 43, "digest": "<base64>" } ],
//     "breaks": [ { "problem": "edited", "seq": 7, "other": 0, "found_at": 1714550400000 } ] } } }
// (Version 1 files have no "pending" and "breaks" and read the same.)
// Copies of a database (backups, Save a Copy) and restores are listed with it ("copies",
// "restores"): a restored backup moves the head back on purpose, and says so.
// A file that is not this JSON is never written over: it is set aside beside itself
// (audit-heads.json.unreadable-<time>) and the fresh file says so ("unreadable"), which
// every verification reports until an administrator acknowledges the breaks.
// Written whole with QSaveFile under a QLockFile, so two running copies of RedGrid do not
// lose each other's heads.
class ChainHeadStore
{
    Q_DECLARE_TR_FUNCTIONS(ChainHeadStore)

public:
    static constexpr const char* FileName = "audit-heads.json";

    ChainHeadStore();  // in QStandardPaths::AppDataLocation
    explicit ChainHeadStore(const QString& folder);

    QString filePath() const { return m_path; }

    // Nothing when this database was never seen, or the file is missing or unreadable.
    std::optional<ChainHead> recall(const QString& installationId) const;
    ChainMemory recallMemory(const QString& installationId) const;
    // Only moves forward: a head with a seq not above the remembered one changes nothing.
    // Pending entries up to the head are forgotten: they are sealed now.
    Status remember(const QString& installationId, const ChainHead& head);
    Status rememberPending(const QString& installationId, const PendingEntry& entry);
    // A break already remembered (the same problem at the same seq) is kept as first found.
    Status rememberBreak(const QString& installationId, const ChainBreak& found);
    // After an administrator acknowledged the breaks: none is remembered any more, and the
    // head is `head` even if it lies before the remembered one (the end was cut off).
    Status acknowledged(const QString& installationId, const ChainHead& head);

    // A copy of the database was made (`kind`: "backup" or "copy") to `file`, holding the
    // log up to `seq`; the copy goes on under an installation id of its own, `copyId`.
    Status rememberCopy(const QString& installationId, const QString& kind, const QString& file, qint64 seq,
        const QString& copyId);
    // The database was replaced by a backup: the head is `head`, the restore's own entry,
    // even though it lies before the head remembered for the file replaced. Breaks stay.
    Status rememberRestore(const QString& installationId, const ChainHead& head, qint64 replacedSeq,
        const QString& backupFile, const QString& keptAside);
    struct Restore
    {
        qint64 headSeq = 0;
        qint64 replacedSeq = 0;
        QString backupFile;
        QString keptAside;
        QString at;  // ISO date and time, UTC
    };
    QList<Restore> restores(const QString& installationId) const;

private:
    // Reads the file, lets `change` edit this database's object and writes the file back
    // whole, under the lock; `change` returns false when there is nothing to write.
    // `acknowledgeUnreadable`: an administrator has seen that the file was unreadable once.
    Status update(const QString& installationId, const std::function<bool(QJsonObject&)>& change,
        bool acknowledgeUnreadable = false);
    // The file's contents, or nothing and `problem` set when it is there and not ours.
    // Parsed again only when the file changed since the last read in this process.
    QJsonObject read(QString* problem = nullptr) const;
    QJsonObject parse(QString* problem) const;

    QString m_path;
};

}  // namespace redgrid::audit
