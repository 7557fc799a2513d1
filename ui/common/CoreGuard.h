#pragma once

#include "common/Error.h"
#include "storage/SqliteError.h"

#include <optional>

namespace redgrid::ui {

// Core's reads throw storage::SqliteError when the file itself fails (damaged, vanished,
// locked by another program). The GUI calls core through coreGuard(), so no exception
// ever crosses Qt's event loop: the failure comes back as an Error to show.
Error readFailure(const storage::SqliteError& error, const QString& databasePath);

template<class Read>
std::optional<Error> coreGuard(const QString& databasePath, Read&& read)
{
    try {
        read();
        return std::nullopt;
    } catch (const storage::SqliteError& e) {
        return readFailure(e, databasePath);
    }
}

}  // namespace redgrid::ui
