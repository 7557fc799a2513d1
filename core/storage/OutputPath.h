#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace redgrid::storage {

// Where RedGrid may write a file it produces (an export, a rejects file, a PDF, a copy).
// Never over a database this process has open, nor its -wal, -shm or -journal file, nor
// over an input of the same command: a slip such as `--rejects DB` would otherwise replace
// the database, or cut the file being imported down to its rejected rows.
//
// Paths are compared as the files they name: symbolic links resolved, "./" and ".."
// removed, and (on Unix) two names of one file through a hard link recognised. Every
// Connection registers its file while it is open, so writers need not be told which
// database is open; each writer calls check() before it creates anything.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // A refusal naming `output` and why, or success.
    static Status check(const QString& output, const QStringList& inputs = {});

    // Connection's bookkeeping: one call each per connection opened on a file and closed.
    static void databaseOpened(const QString& path);
    static void databaseClosed(const QString& path);
};

}  // namespace redgrid::storage
