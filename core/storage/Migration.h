#pragma once

#include <QString>

#include <any>
#include <optional>

namespace redgrid::storage {

class Connection;

// What migrations need that the file does not hold, and what they hand back, in the types of
// the domain whose migration reads them: storage passes them along without looking inside.
// (Version 3 takes security's first administrator and gives back their session and the
// recovery key; security::SecuredFile fills both.)
struct Upgrade
{
    std::any input;
    std::any output;
};

// One domain's part of a schema version. Migration N takes a database from version N-1 to N.
// Each domain registers its parts at start-up (its …Schema.cpp, called from registerCoreModules),
// and the schema (storage::Schema) runs them in order, all in one transaction.
//
// Versions 1 to 3 were released before each domain owned its tables: several domains hold a
// part of each, told apart by `part`. Within a version, every part's statements run first, in
// the order of the parts, then every part's step, in the same order (a step may need another
// domain's new tables: version 3 reseals members with the keys security's part has just made).
// A later version belongs to one domain and leaves `part` at 0, so two modules claiming the
// same version number are refused at start-up.
struct Migration
{
    int version = 0;
    int part = 0;
    const char* domain = "";  // the folder that owns the tables ("roster"), for messages
    const char* description = "";
    const char* sql = "";
    // What statements cannot compute (pinyin, sealing). Throws on failure, which rolls back
    // every version of the upgrade.
    void (*step)(Connection& db, const Upgrade& upgrade) = nullptr;
    // Why this part cannot run with what the caller gave, as a sentence for the user, or
    // nothing. Asked before the file is touched.
    std::optional<QString> (*refusal)(const Upgrade& upgrade) = nullptr;
};

}  // namespace redgrid::storage
