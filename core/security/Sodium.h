#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace redgrid::security {

// libsodium must be initialised once before any other call; safe from any thread.
void ensureSodium();

// Key material: zeroed when dropped, never shared copy-on-write (unlike QByteArray,
// whose hidden copies could not all be wiped).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(int size);
    static SecretBytes random(int size);
    static SecretBytes fromBytes(QByteArrayView bytes);
    SecretBytes(const SecretBytes& other) = default;
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    bool isEmpty() const { return m_bytes.empty(); }
    int size() const { return static_cast<int>(m_bytes.size()); }
    const unsigned char* data() const { return m_bytes.data(); }
    unsigned char* data() { return m_bytes.data(); }
    QByteArray toByteArray() const;  // a copy; the caller wipes it if it must
    bool operator==(const SecretBytes& other) const;

private:
    void wipe();
    std::vector<unsigned char> m_bytes;
};

// Random bytes that are not secret (salts, nonces).
QByteArray randomBytes(int size);

}  // namespace redgrid::security
