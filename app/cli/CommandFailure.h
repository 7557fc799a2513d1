#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace redgrid::storage {
class SqliteError;
}

namespace redgrid::cli {

// What a command says when core throws instead of returning an Error: the database file
// failed under it after it was opened (damaged, locked by another program, gone, disk
// full), or a bug let an exception out. Always one line, `FILE: reason`, never a crash:
// CliCommand::execute catches everything a command throws and prints one of these.
class CommandFailure
{
    Q_DECLARE_TR_FUNCTIONS(CommandFailure)

public:
    // `file` is the database the command works on (empty when it has none yet).
    static Error of(const storage::SqliteError& error, const QString& file);
    static Error of(const std::exception& error, const QString& file);
    static Error unknown(const QString& file);
};

}  // namespace redgrid::cli
