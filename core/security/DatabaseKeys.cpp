#include "DatabaseKeys.h"

#include <QVarLengthArray>

#include <sodium.h>

#include <stdexcept>

namespace redgrid::security {
namespace {

// Subkey ids: never renumber, or existing databases can no longer be read.
enum Subkey : quint64 { FieldEncryption = 1, IdNumberHash = 2, PhoneHash = 3, AuditChain = 4 };

SecretBytes derive(const SecretBytes& master, Subkey id)
{
    static_assert(crypto_kdf_CONTEXTBYTES == 8);
    SecretBytes subkey(32);
    crypto_kdf_derive_from_key(subkey.data(), 32, id, "RedGrid1", master.data());
    return subkey;
}

SecretBytes checked(SecretBytes master)
{
    ensureSodium();
    if (master.size() != DatabaseKeys::MasterKeySize)
        throw std::invalid_argument("the master key must be 32 bytes");
    return master;
}

}  // namespace

DatabaseKeys::DatabaseKeys(SecretBytes masterKey)
    : m_master(checked(std::move(masterKey)))
    , m_fields(derive(m_master, FieldEncryption))
    , m_idHash(derive(m_master, IdNumberHash))
    , m_phoneHash(derive(m_master, PhoneHash))
    , m_audit(derive(m_master, AuditChain))
{
}

DatabaseKeys DatabaseKeys::generate()
{
    return DatabaseKeys(SecretBytes::random(MasterKeySize));
}

QByteArray DatabaseKeys::sealText(const QString& plain, QByteArrayView context) const
{
    return m_fields.seal(plain.toUtf8(), context);
}

std::optional<QString> DatabaseKeys::openText(QByteArrayView sealed, QByteArrayView context) const
{
    auto plain = m_fields.open(sealed, context);
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QByteArray DatabaseKeys::seal(QByteArrayView plain, QByteArrayView context) const
{
    return m_fields.seal(plain, context);
}

std::optional<QByteArray> DatabaseKeys::open(QByteArrayView sealed, QByteArrayView context) const
{
    return m_fields.open(sealed, context);
}

// The two hashes below collect a number's characters in a buffer on the stack (the heap
// only for a longer one, which no valid number is): an import hashes two numbers a member,
// a million members at a time.
namespace {
constexpr qsizetype NumberBufferSize = 64;
}

QByteArray DatabaseKeys::idNumberHash(const QString& idNumber) const
{
    // The check letter is compared in capitals: 'x' and 'X' are the same number.
    const QStringView number = QStringView(idNumber).trimmed();
    QVarLengthArray<char, NumberBufferSize> upper;
    for (QChar c : number) {
        // Not a number's character: hashed as Qt upper-cases it and converts it to Latin-1,
        // as numbers were hashed before this buffer.
        if (c.unicode() >= 0x80)
            return keyedHash(m_idHash, number.toString().toUpper().toLatin1());
        upper.append(char(c.toUpper().unicode()));
    }
    return keyedHash(m_idHash, QByteArrayView(upper.constData(), upper.size()));
}

QByteArray DatabaseKeys::phoneHash(const QString& phone) const
{
    // Digits only: 023-67891234 is found by 02367891234 too.
    QVarLengthArray<char, NumberBufferSize> digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits.append(char(c.unicode()));
    return keyedHash(m_phoneHash, QByteArrayView(digits.constData(), digits.size()));
}

}  // namespace redgrid::security
