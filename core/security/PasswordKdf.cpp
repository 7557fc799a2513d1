#include "PasswordKdf.h"

#include <sodium.h>

#include <stdexcept>

namespace redgrid::security {

KdfCost KdfCost::standard()
{
    // 64 MiB and 6 passes: about 0.25 s on a 2-core office PC, above OWASP's minimums for
    // Argon2id (19 MiB × 2, 46 MiB × 1). libsodium's MODERATE (256 MiB) would take the
    // program past its 120 MiB memory budget at every sign-in, for 0.5 s of waiting.
    return { StandardOps, StandardMemory };
}

KdfCost KdfCost::quick()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

bool KdfCost::isAtLeastInteractive() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

QByteArray PasswordKdf::newSalt()
{
    static_assert(SaltSize == crypto_pwhash_SALTBYTES);
    return randomBytes(SaltSize);
}

SecretBytes PasswordKdf::derive(const QString& password, const QByteArray& salt, KdfCost cost, int keySize)
{
    ensureSodium();
    if (salt.size() != SaltSize)
        throw std::invalid_argument("Argon2id needs a 16-byte salt");
    // NFC, so that the same password typed with another input method gives the same key.
    QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    SecretBytes key(keySize);
    const int status = crypto_pwhash(key.data(), static_cast<unsigned long long>(keySize), utf8.constData(),
        static_cast<unsigned long long>(utf8.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), cost.opsLimit,
        static_cast<size_t>(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (status != 0)
        throw std::runtime_error("Argon2id ran out of memory");
    return key;
}

}  // namespace redgrid::security
