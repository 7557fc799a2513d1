#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace redgrid::storage {

class Connection;

// SQLite's own checks of a database file: its pages and indexes (PRAGMA integrity_check, or
// the cheaper quick_check, which skips comparing indexes with their tables) and the
// references between its tables (PRAGMA foreign_key_check). Used on backups before older ones
// are rotated out, before a restore, and by `redgrid-cli check --integrity`.
class FileIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(FileIntegrity)

public:
    enum class Depth { Quick, Full };

    // What is wrong, a sentence each (at most `limit` of SQLite's findings); empty when the
    // file is sound. Throws SqliteError when the file cannot be read at all.
    static QStringList problems(Connection& connection, Depth depth, int limit = 20);
};

}  // namespace redgrid::storage
