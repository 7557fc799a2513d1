#pragma once

#include "ChainHead.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redgrid::audit {

// Remembers, outside the database, the newest chain head this program has seen of each
// database, so that entries cut off the end of its audit log are noticed (verifyChain's
// `remembered`). A small JSON file, audit-heads.json, in the user's data folder:
//   { "version": 1, "heads": { "<installation id>": { "seq": 42, "mac": "<base64>",
//     "seen_at": "2024-05-01T08:00:00Z" } } }
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
    // Only moves forward: a head with a seq not above the remembered one changes nothing.
    Status remember(const QString& installationId, const ChainHead& head);

private:
    QString m_path;
};

}  // namespace redgrid::audit
