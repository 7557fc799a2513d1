#pragma once

#include "SqliteError.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace redgrid::storage {

// Runs one write; a failure of the file (disk full, lock) becomes a readable Error after
// the Transaction inside `write` has rolled everything back. Every editor in core
// wraps its writes in this, so the user always gets a sentence, never an exception.
template<class Write>
auto guardedWrite(Write&& write) -> decltype(write())
{
    try {
        return write();
    } catch (const SqliteError& e) {
        if (e.isBusy())
            return Error::storage(QCoreApplication::translate(
                "HierarchyEditor", "the database is busy in another program; nothing was changed"));
        // Said whole: a connection that refuses writes says why (Transaction), and DiskRoom
        // names the full disk.
        if (e.isRefusedWrite() || e.isDiskFull())
            return Error::storage(e.message());
        return Error::storage(
            QCoreApplication::translate("HierarchyEditor", "the database refused the change: %1")
                .arg(e.message()));
    }
}

}  // namespace redgrid::storage
