#include "MemberSecrets.h"

#include "security/DatabaseKeys.h"

#include <array>
#include <cstring>
#include <string_view>

namespace redgrid::roster {
namespace {

// What a sealed value is bound to: its column and its member. Built on the stack: an import
// seals three values a row, a million rows at a time.
class Context
{
public:
    Context(const RecordId& memberId, MemberSecrets::Column column)
    {
        static constexpr std::string_view names[]
            = { "member.id_number/", "member.mobile/", "member.landline/", "member.address/" };
        const std::string_view name = names[static_cast<int>(column)];
        std::memcpy(m_bytes.data(), name.data(), name.size());
        std::memcpy(m_bytes.data() + name.size(), memberId.data(), RecordId::Size);
        m_size = qsizetype(name.size()) + RecordId::Size;
    }
    operator QByteArrayView() const { return { m_bytes.data(), m_size }; }

private:
    std::array<char, 32 + RecordId::Size> m_bytes {};
    qsizetype m_size = 0;
};

QByteArray sealOrEmpty(const security::DatabaseKeys& keys, const QString& plain, const Context& where)
{
    return plain.isEmpty() ? QByteArray() : keys.sealText(plain, where);
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
    s.idHash = keys.idNumberHash(plain.idNumber);
    s.idSealed = keys.sealText(plain.idNumber, Context(memberId, Column::IdNumber));
    s.idLast4 = lastDigits(plain.idNumber);
    s.mobileSealed = sealOrEmpty(keys, plain.mobile, Context(memberId, Column::Mobile));
    s.mobileHash = plain.mobile.isEmpty() ? QByteArray() : keys.phoneHash(plain.mobile);
    s.mobileLast4 = lastDigits(plain.mobile);
    s.landlineSealed = sealOrEmpty(keys, plain.landline, Context(memberId, Column::Landline));
    s.landlineHash = plain.landline.isEmpty() ? QByteArray() : keys.phoneHash(plain.landline);
    s.landlineLast4 = lastDigits(plain.landline);
    s.addressSealed = sealOrEmpty(keys, plain.address, Context(memberId, Column::Address));
    return s;
}

QString MemberSecrets::open(
    const security::DatabaseKeys& keys, const RecordId& memberId, Column column, const QByteArray& sealed)
{
    if (sealed.isEmpty())
        return {};
    return keys.openText(sealed, Context(memberId, column)).value_or(QStringLiteral("?"));
}

}  // namespace redgrid::roster
