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

private:
    // Reads the file, lets `change` edit this database's object and writes the file back
    // whole, under the lock; `change` returns false when there is nothing to write.
    Status update(const QString& installationId, const std::function<bool(QJsonObject&)>& change);

    QString m_path;
};

}  // namespace redgrid::audit
