#pragma once

#include "NameReadings.h"
#include "common/Result.h"

#include <memory>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::names {

// The readings a user added to a database (table name_reading), on top of the ones
// RedGrid ships. Stores that compute search and sort keys load them through here.
std::unique_ptr<NameReadings> loadReadings(storage::Connection& db);
Status saveUserReading(storage::Connection& db, const QString& text, const QString& reading, NameKind kind);

// What a hierarchy node or organisation name contributes to search: every full
// spelling and every initials string, space-separated ("changshouqu csq").
QString searchSpell(const NameReadings& readings, const QString& text, NameKind kind);

}  // namespace redgrid::names
