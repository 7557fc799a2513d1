#include "AuditMac.h"

#include <QtEndian>

#include <sodium.h>

#include <stdexcept>

namespace redgrid::audit::AuditMac {

namespace {

class Writer
{
public:
    void null() { m_bytes.append('\0'); }
    void bytes(const QByteArray& value)
    {
        m_bytes.append('\1');
        char length[4];
        qToBigEndian(static_cast<quint32>(value.size()), length);
        m_bytes.append(length, 4);
        m_bytes.append(value);
    }
    void integer(qint64 value)
    {
        char big[8];
        qToBigEndian(value, big);
        bytes(QByteArray(big, 8));
    }
    void text(const QString& value) { bytes(value.toUtf8()); }
    void id(const RecordId& value)
    {
        if (value.isNull())
            null();
        else
            bytes(value.toBytes());
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

}  // namespace

void ensureSodium()
{
    // A function-local static is initialised once, thread-safely (C++11).
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

QByteArray canonical(const AuditEntry& entry)
{
    Writer w;
    w.text(QStringLiteral("redgrid.audit_entry.v1"));
    w.integer(entry.seq);
    w.id(entry.id);
    w.integer(entry.at);
    w.id(entry.accountId);
    w.text(entry.username);
    w.text(entry.action);
    w.text(entry.targetTable);
    w.id(entry.targetId);
    w.text(entry.details);
    w.integer(entry.succeeded ? 1 : 0);
    return w.take();
}

QByteArray compute(const QByteArray& key, const AuditEntry& entry, const QByteArray& previousMac)
{
    ensureSodium();
    if (key.size() != KeySize)
        throw std::invalid_argument("audit MAC key must be 32 bytes");
    const QByteArray content = canonical(entry);
    const QByteArray previous = previousMac.isEmpty() ? QByteArray(Size, '\0') : previousMac;
    // The previous MAC is length-prefixed too: a damaged one of another size cannot
    // shift bytes between the two parts.
    char length[4];
    qToBigEndian(static_cast<quint32>(previous.size()), length);

    crypto_generichash_state state;
    crypto_generichash_init(
        &state, reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()), Size);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char*>(content.constData()), size_t(content.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(length), 4);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char*>(previous.constData()), size_t(previous.size()));
    QByteArray mac(Size, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(mac.data()), Size);
    return mac;
}

QByteArray digest(const AuditEntry& entry)
{
    ensureSodium();
    const QByteArray content = canonical(entry);
    QByteArray hash(Size, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), Size,
        reinterpret_cast<const unsigned char*>(content.constData()), size_t(content.size()), nullptr, 0);
    return hash;
}

bool equal(const QByteArray& a, const QByteArray& b)
{
    ensureSodium();
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

}  // namespace redgrid::audit::AuditMac
