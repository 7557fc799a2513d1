#pragma once

#include "Sodium.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace redgrid::security {

// Authenticated encryption of one value with XChaCha20-Poly1305 and a fresh random nonce:
// sealed = nonce (24 bytes) || ciphertext || tag (16 bytes). The `context` (for example the
// column and the record id) is authenticated but not stored, so a sealed value copied to
// another row or column no longer opens.
class SealedBox
{
public:
    static constexpr int KeySize = 32;

    explicit SealedBox(SecretBytes key);  // KeySize bytes

    QByteArray seal(QByteArrayView plain, QByteArrayView context) const;
    // Nothing when the value was altered, sealed under another key or for another context.
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;

private:
    SecretBytes m_key;
};

// A keyed BLAKE2b hash: finds a value by equality without storing it (16 bytes by default).
QByteArray keyedHash(const SecretBytes& key, QByteArrayView data, int size = 16);

}  // namespace redgrid::security
