#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::storage {

// What a path names, told from the file system before anything opens it: opening a named
// pipe for reading waits for a writer that never comes, and a device is not a file that can
// be replaced. Every database, input and output path passes through here first.
class FileKind
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)

public:
    // An existing regular file (a link to one counts as one): a database or an input.
    static Status input(const QString& path);
    // A regular file or nothing yet: where RedGrid writes.
    static Status output(const QString& path);

    // A name whose bytes were not UTF-8 (a GBK name from a Windows share or a USB stick)
    // reaches a QString with U+FFFD in place of those bytes: the file it named cannot be
    // found again from the QString, and a file written under it gets another name.
    static bool isMangledName(const QString& path);
};

}  // namespace redgrid::storage
