#include "SealedBox.h"

#include <sodium.h>

#include <array>
#include <cstring>
#include <stdexcept>

namespace redgrid::security {
namespace {

constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

// Random nonces, taken from a block of the system's random bytes: asking the kernel for 24
// bytes per value cost an import of a million members (four values each) seconds of system
// calls. Nonces need not be secret, only never repeated, which random 192-bit ones are not.
void takeNonce(unsigned char* out)
{
    constexpr int NoncesPerBlock = 128;
    thread_local std::array<unsigned char, NonceSize * NoncesPerBlock> block {};
    thread_local int next = NoncesPerBlock;
    if (next == NoncesPerBlock) {
        randombytes_buf(block.data(), block.size());
        next = 0;
    }
    unsigned char* nonce = block.data() + std::ptrdiff_t(next++) * NonceSize;
    std::memcpy(out, nonce, NonceSize);
    sodium_memzero(nonce, NonceSize);  // each is handed out once
}

}  // namespace

SealedBox::SealedBox(SecretBytes key)
    : m_key(std::move(key))
{
    ensureSodium();
    if (m_key.size() != KeySize)
        throw std::invalid_argument("SealedBox needs a 32-byte key");
}

QByteArray SealedBox::seal(QByteArrayView plain, QByteArrayView context) const
{
    QByteArray sealed(NonceSize + plain.size() + TagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    takeNonce(out);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + NonceSize, &written, bytes(plain),
        static_cast<unsigned long long>(plain.size()), bytes(context),
        static_cast<unsigned long long>(context.size()), nullptr, out, m_key.data());
    sealed.truncate(NonceSize + static_cast<qsizetype>(written));
    return sealed;
}

std::optional<QByteArray> SealedBox::open(QByteArrayView sealed, QByteArrayView context) const
{
    if (sealed.size() < NonceSize + TagSize)
        return std::nullopt;
    QByteArray plain(sealed.size() - NonceSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const unsigned char* in = bytes(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &written,
            nullptr, in + NonceSize, static_cast<unsigned long long>(sealed.size() - NonceSize),
            bytes(context), static_cast<unsigned long long>(context.size()), in, m_key.data())
        != 0)
        return std::nullopt;
    plain.truncate(static_cast<qsizetype>(written));
    return plain;
}

QByteArray keyedHash(const SecretBytes& key, QByteArrayView data, int size)
{
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(size), bytes(data),
        static_cast<unsigned long long>(data.size()), key.data(), static_cast<size_t>(key.size()));
    return out;
}

}  // namespace redgrid::security
