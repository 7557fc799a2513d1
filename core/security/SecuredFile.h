#pragma once

#include "SecuritySetup.h"
#include "common/Result.h"
#include "storage/DatabaseFile.h"

#include <QString>

#include <memory>

namespace redgrid::security {

// Database files with their first administrator. storage::DatabaseFile checks and opens the
// file and runs the domains' migrations; version 3 of the schema (accounts, sealed ID
// numbers) needs a first administrator, whom security names here and signs in.
class SecuredFile
{
public:
    // A RedGrid file from before accounts (schema version below 3), which opens only with a
    // first administrator.
    static bool needsFirstAdministrator(const QString& path);

    // Opens the file as storage::DatabaseFile::open does. A file from before accounts is
    // secured on the way, in the same transaction: it needs `firstAdministrator`, who is then
    // signed in, and `secured` receives the recovery key.
    static Result<std::unique_ptr<storage::Connection>> open(const QString& path,
        const FirstAdministrator* firstAdministrator = nullptr, SecuredDatabase* secured = nullptr);

    // Creates a new file at `path` (which must not exist) with the latest schema and its first
    // administrator, lets `populate` fill it inside the same transaction (signed in as that
    // administrator), and opens it, still signed in. Complete or absent, as
    // storage::DatabaseFile::create makes it.
    static Result<std::unique_ptr<storage::Connection>> create(const QString& path,
        const FirstAdministrator& firstAdministrator, const storage::DatabaseFile::Populate& populate,
        SecuredDatabase* secured = nullptr);
};

}  // namespace redgrid::security
