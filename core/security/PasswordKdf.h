#pragma once

#include "Sodium.h"

#include <QByteArray>
#include <QString>

namespace redgrid::security {

// Argon2id (libsodium crypto_pwhash): turns a password into the key that unwraps the
// database master key. The cost is stored with each key slot, so it can be raised later
// without locking anyone out.
struct KdfCost
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;  // bytes

    static constexpr quint64 StandardOps = 6;
    static constexpr quint64 StandardMemory = 64ull << 20;
    static KdfCost standard();  // 64 MiB, 6 passes: about 0.25 s on a 2-core office PC
    static KdfCost quick();  // INTERACTIVE: for tests, which create hundreds of databases
    bool isAtLeastInteractive() const;
};

class PasswordKdf
{
public:
    static constexpr int SaltSize = 16;
    static QByteArray newSalt();
    // Throws std::runtime_error when the machine cannot spare the memory.
    static SecretBytes derive(
        const QString& password, const QByteArray& salt, KdfCost cost, int keySize = 32);
};

}  // namespace redgrid::security
