#include "MemberSecrets.h"

#include "security/DatabaseKeys.h"

#include <QStringEncoder>
#include <QtEndian>

#include <array>
#include <cstring>
#include <string_view>

namespace redgrid::roster {
namespace {

// What a sealed value is bound to: what it holds and its member, so that a value copied to
// another row or read as another item does not open. Built on the stack: an import seals a
// million of them.
enum class Item { Secrets, IdNumber, Mobile, Landline, Address };

class Context
{
public:
    Context(const RecordId& memberId, Item item)
    {
        // "member.secrets" since schema version 7; the others name the columns of the older form.
        static constexpr std::string_view names[] = { "member.secrets/", "member.id_number/",
            "member.mobile/", "member.landline/", "member.address/" };
        const std::string_view name = names[static_cast<int>(item)];
        std::memcpy(m_bytes.data(), name.data(), name.size());
        std::memcpy(m_bytes.data() + name.size(), memberId.data(), RecordId::Size);
        m_size = qsizetype(name.size()) + RecordId::Size;
    }
    operator QByteArrayView() const { return { m_bytes.data(), m_size }; }

private:
    std::array<char, 32 + RecordId::Size> m_bytes {};
    qsizetype m_size = 0;
};

// The plain text of the sealed value: a format byte, then each item as its length in UTF-8
// bytes (32 bits, little-endian) and its bytes.
constexpr char PackedFormat = 1;
constexpr int ItemCount = 4;

QByteArray pack(const PlainMemberFields& plain)
{
    const QString* items[ItemCount] = { &plain.idNumber, &plain.mobile, &plain.landline, &plain.address };
    qsizetype room = 1;
    for (const QString* item : items)
        room += 4 + 3 * item->size();  // UTF-8 needs at most 3 bytes a UTF-16 unit
    QByteArray packed(room, Qt::Uninitialized);
    char* out = packed.data();
    *out++ = PackedFormat;
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    for (const QString* item : items) {
        char* length = out;
        out = utf8.appendToBuffer(out + 4, *item);
        qToLittleEndian(quint32(out - length - 4), length);
    }
    packed.truncate(out - packed.constData());
    return packed;
}

std::optional<PlainMemberFields> unpack(const QByteArray& packed)
{
    if (packed.isEmpty() || packed.front() != PackedFormat)
        return std::nullopt;
    QString items[ItemCount];
    qsizetype at = 1;
    for (QString& item : items) {
        if (packed.size() - at < 4)
            return std::nullopt;
        const quint32 length = qFromLittleEndian<quint32>(packed.constData() + at);
        at += 4;
        if (quint64(packed.size() - at) < length)
            return std::nullopt;
        item = QString::fromUtf8(packed.constData() + at, qsizetype(length));
        at += qsizetype(length);
    }
    if (at != packed.size())
        return std::nullopt;
    return PlainMemberFields { items[0], items[1], items[2], items[3] };
}

QString openItem(
    const security::DatabaseKeys& keys, const RecordId& memberId, Item item, const QByteArray& sealed)
{
    if (sealed.isEmpty())
        return {};
    return keys.openText(sealed, Context(memberId, item)).value_or(QStringLiteral("?"));
}

}  // namespace

QString MemberSecrets::lastDigits(const QString& text)
{
    // From the end: the last four digits (or X) are all that is kept.
    QChar digits[4];
    int found = 0;
    for (qsizetype i = text.size() - 1; i >= 0 && found < 4; --i) {
        const QChar c = text.at(i);
        if (c.isDigit() || c == QLatin1Char('X'))
            digits[3 - found++] = c;
    }
    return found == 0 ? QString() : QString(digits + (4 - found), found);
}

SealedMemberFields MemberSecrets::seal(
    const security::DatabaseKeys& keys, const RecordId& memberId, const PlainMemberFields& plain)
{
    SealedMemberFields s;
    s.sealed = keys.seal(pack(plain), Context(memberId, Item::Secrets));
    s.idHash = keys.idNumberHash(plain.idNumber);
    s.idLast4 = lastDigits(plain.idNumber);
    s.mobileHash = plain.mobile.isEmpty() ? QByteArray() : keys.phoneHash(plain.mobile);
    s.mobileLast4 = lastDigits(plain.mobile);
    s.landlineHash = plain.landline.isEmpty() ? QByteArray() : keys.phoneHash(plain.landline);
    s.landlineLast4 = lastDigits(plain.landline);
    return s;
}

PlainMemberFields MemberSecrets::open(
    const security::DatabaseKeys& keys, const RecordId& memberId, const SealedMemberColumns& row)
{
    // A value of the older form does not open as the newer (its context differs), and the
    // other way round: which form a row has needs no marker.
    if (const auto packed = keys.open(row.secrets, Context(memberId, Item::Secrets))) {
        if (auto plain = unpack(*packed))
            return *std::move(plain);
    }
    PlainMemberFields plain;
    plain.idNumber = openItem(keys, memberId, Item::IdNumber, row.secrets);
    plain.mobile = openItem(keys, memberId, Item::Mobile, row.mobile);
    plain.landline = openItem(keys, memberId, Item::Landline, row.landline);
    plain.address = openItem(keys, memberId, Item::Address, row.address);
    return plain;
}

}  // namespace redgrid::roster
