#pragma once

#include "SealedBox.h"
#include "Sodium.h"

#include <QString>

#include <optional>

namespace redgrid::security {

// The database master key (32 random bytes made when the first administrator is named)
// and the subkeys derived from it, one per purpose, so that no key serves two algorithms.
// The master key itself is only ever stored wrapped (see KeySlots).
class DatabaseKeys
{
public:
    static constexpr int MasterKeySize = 32;

    explicit DatabaseKeys(SecretBytes masterKey);
    static DatabaseKeys generate();

    const SecretBytes& masterKey() const { return m_master; }

    // Sensitive text of a record (ID number, phone, address), bound to where it is stored.
    QByteArray sealText(const QString& plain, QByteArrayView context) const;
    std::optional<QString> openText(QByteArrayView sealed, QByteArrayView context) const;
    // The same for bytes (several values packed together).
    QByteArray seal(QByteArrayView plain, QByteArrayView context) const;
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;

    // Equality lookups without the plain value: the full ID number, the full phone.
    QByteArray idNumberHash(const QString& idNumber) const;
    QByteArray phoneHash(const QString& phone) const;  // of the digits alone

    // Keys of the audit log's MAC chain.
    const SecretBytes& auditKey() const { return m_audit; }

private:
    SecretBytes m_master;
    SealedBox m_fields;
    SecretBytes m_idHash;
    SecretBytes m_phoneHash;
    SecretBytes m_audit;
};

}  // namespace redgrid::security
