#pragma once

#include "DatabaseKeys.h"
#include "PasswordKdf.h"
#include "common/RecordId.h"

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::security {

// The master key, wrapped once per account under a key derived from that account's
// password (Argon2id), and once under the recovery key: the database stores no key in the
// clear. Changing a password re-wraps the master key; nothing is re-encrypted.
class KeySlots
{
public:
    explicit KeySlots(storage::Connection& connection);

    // The Argon2id cost of new slots: standard, except in tests (see KdfCost).
    static void setCostOfNewSlots(KdfCost cost);
    static KdfCost costOfNewSlots();

    void wrapForAccount(const RecordId& accountId, const QString& password, const DatabaseKeys& keys);
    void wrapForRecovery(const SecretBytes& recoveryKey, const DatabaseKeys& keys);
    // Nothing when the password is wrong (or the slot was tampered with).
    std::optional<DatabaseKeys> unwrapForAccount(const RecordId& accountId, const QString& password);
    std::optional<DatabaseKeys> unwrapForRecovery(const SecretBytes& recoveryKey);
    bool hasAnySlot();

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::security
