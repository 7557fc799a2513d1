#pragma once

#include "backup/CopyMarker.h"
#include "common/Result.h"

#include <QString>

class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// File › Save a Copy As, File › Back Up Now and the automatic backups: core's DatabaseBackup
// (SQLite's online backup, with its own connections, the copy marked and checked) on a
// worker thread, with a progress dialog and Cancel; then the copy is recorded in the open
// database's audit log.
class SaveCopy
{
public:
    enum class Outcome { Saved, Cancelled, Failed };

    struct Report
    {
        Outcome outcome = Outcome::Saved;
        Error error;  // when Failed
        qint64 members = 0;  // when Saved: what the copy holds
        qint64 organisations = 0;
    };

    static Report run(QWidget* parent, storage::Connection& database, const QString& targetPath,
        backup::CopyMarker::Kind kind = backup::CopyMarker::Kind::Copy);
};

}  // namespace redgrid::ui
