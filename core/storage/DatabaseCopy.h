#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace redgrid::storage {

class Connection;

// "Save a Copy As": a consistent snapshot of an open database in another file, made with
// SQLite's online backup API, so it can run while the program keeps the file open.
// The copy is written under a temporary name and renamed when complete: it is whole or
// absent, also when cancelled. Opens its own connections, so it may run on a worker thread.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Called after each step with pages done and pages in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Called with the finished copy before it is put in place (a backup marks and checks
    // it); a failure leaves no copy.
    using Finish = std::function<Status(Connection& copy)>;

    static Status save(const QString& sourcePath, const QString& targetPath, const Progress& progress = {},
        const Finish& finish = {});
};

}  // namespace redgrid::storage
