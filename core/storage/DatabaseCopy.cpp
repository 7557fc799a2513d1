#include "DatabaseCopy.h"

#include "Connection.h"
#include "DatabaseFile.h"
#include "OutputPath.h"
#include "SqliteError.h"
#include "UnfinishedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace redgrid::storage {

namespace {
constexpr int PagesPerStep = 256;
}

Status DatabaseCopy::save(
    const QString& sourcePath, const QString& targetPath, const Progress& progress, const Finish& finish)
{
    const QString target = QDir::toNativeSeparators(targetPath);
    if (Status allowed = OutputPath::check(targetPath, { sourcePath }); !allowed)
        return allowed;
    auto unfinished = UnfinishedFile::create(targetPath);
    if (!unfinished)
        return unfinished.error();
    const QString temporary = (*unfinished)->path();
    bool cancelled = false;
    try {
        auto source = DatabaseFile::openReader(sourcePath);
        {
            auto destination = Connection::open(temporary, Connection::OpenMode::ReadWriteCreate);
            sqlite3_backup* backup
                = sqlite3_backup_init(destination->handle(), "main", source->handle(), "main");
            if (!backup)
                throw SqliteError(sqlite3_errcode(destination->handle()),
                    QString::fromUtf8(sqlite3_errmsg(destination->handle())));
            int rc = SQLITE_OK;
            while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                rc = sqlite3_backup_step(backup, PagesPerStep);
                const int total = sqlite3_backup_pagecount(backup);
                if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                    cancelled = true;
                    break;
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            }
            sqlite3_backup_finish(backup);
            if (!cancelled && rc != SQLITE_DONE)
                throw SqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
            if (!cancelled) {
                // The copy is a standalone file: no write-ahead log beside it.
                destination->exec("PRAGMA journal_mode = DELETE");
                if (finish) {
                    if (Status finished = finish(*destination); !finished) {
                        destination.reset();
                        QFile::remove(temporary);
                        return finished;
                    }
                }
            }
        }
    } catch (const SqliteError& e) {
        return Error::inFile(target, tr("the copy could not be written: %1").arg(e.message()));
    }
    if (cancelled)
        return Error::inFile(target, tr("cancelled; no copy was written"));
    // Renamed over an older file of that name (the user confirmed replacing it) in one
    // step: at every moment the target is the old file or the whole copy.
    return (*unfinished)->commit();
}

}  // namespace redgrid::storage
