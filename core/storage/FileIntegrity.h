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

    // The check made each time a database is opened (issue 24 §2), kept to about `budgetMs`:
    // SQLite's quick_check of the whole file when it finishes within the budget (the district
    // demo, 29 MB: 0.25 s), else of each table with its indexes, a table that cannot be checked
    // within its share of the budget being left to the full check (a roster of 1,000,000
    // members, 670 MB: 3 s warm and 18 s from a cold disk for the whole file; the daily backup
    // and `redgrid-cli check --integrity` check every page). Empty when nothing is wrong.
    struct OpenCheck
    {
        QStringList problems;  // SQLite's own words, a finding each
        QStringList unchecked;  // tables left to the full check
    };
    static OpenCheck onOpen(Connection& connection, int budgetMs = DefaultOpenBudgetMs);
    static constexpr int DefaultOpenBudgetMs = 1000;
};

}  // namespace redgrid::storage
