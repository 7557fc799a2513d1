#include "Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace redgrid::security {

void ensureSodium()
{
    // sodium_init() is thread-safe and returns 1 when it has already run.
    static const int status = sodium_init();
    if (status < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

SecretBytes::SecretBytes(int size)
    : m_bytes(static_cast<size_t>(size), 0)
{
}

SecretBytes SecretBytes::random(int size)
{
    ensureSodium();
    SecretBytes bytes(size);
    randombytes_buf(bytes.data(), bytes.m_bytes.size());
    return bytes;
}

SecretBytes SecretBytes::fromBytes(QByteArrayView bytes)
{
    SecretBytes result(static_cast<int>(bytes.size()));
    std::copy(bytes.begin(), bytes.end(), result.m_bytes.begin());
    return result;
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        sodium_memzero(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

QByteArray SecretBytes::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), size());
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && (m_bytes.empty() || sodium_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0);
}

QByteArray randomBytes(int size)
{
    ensureSodium();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(size));
    return bytes;
}

}  // namespace redgrid::security
