#pragma once

#include <QString>

namespace redgrid::storage {

// Where the unfinished files of running RedGrid processes are noted, so that the next start
// of redgrid or redgrid-cli removes those a killed process left behind: a half-written
// export beside the user's files may hold full ID numbers. An entry (one small file in the
// user's data folder) holds the file's path and the process's id and start time; a file is
// removed only when no process of that id and start time runs any more.
class UnfinishedFileRegistry
{
public:
    // Notes `path` for this process before the file is created; returns the entry, or an
    // empty string when the data folder cannot be written (the file is then only removed by
    // its writer).
    static QString record(const QString& path);
    static void forget(const QString& entry);

    // Removes the files whose processes are gone, and their entries. Returns how many
    // files were removed.
    static int sweep();

    // The folder of the entries (GenericDataLocation/RedGrid/unfinished-files).
    static QString folder();
};

}  // namespace redgrid::storage
