#include "MemberSecrets.h"

#include "security/DatabaseKeys.h"

namespace redgrid::roster {
namespace {

QByteArray context(const RecordId& memberId, MemberSecrets::Column column)
{
    static const char* const names[]
        = { "member.id_number/", "member.mobile/", "member.landline/", "member.address/" };
    return QByteArray(names[static_cast<int>(column)]) + memberId.toBytes();
}

QByteArray sealOrEmpty(const security::DatabaseKeys& keys, const QString& plain, const QByteArray& where)
{
    return plain.isEmpty() ? QByteArray() : keys.sealText(plain, where);
}

}  // namespace

QString MemberSecrets::lastDigits(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit() || c == QLatin1Char('X'))
            digits.append(c);
    return digits.right(4);
}

SealedMemberFields MemberSecrets::seal(
    const security::DatabaseKeys& keys, const RecordId& memberId, const PlainMemberFields& plain)
{
    SealedMemberFields s;
    s.idHash = keys.idNumberHash(plain.idNumber);
    s.idSealed = keys.sealText(plain.idNumber, context(memberId, Column::IdNumber));
    s.idLast4 = lastDigits(plain.idNumber);
    s.mobileSealed = sealOrEmpty(keys, plain.mobile, context(memberId, Column::Mobile));
    s.mobileHash = plain.mobile.isEmpty() ? QByteArray() : keys.phoneHash(plain.mobile);
    s.mobileLast4 = lastDigits(plain.mobile);
    s.landlineSealed = sealOrEmpty(keys, plain.landline, context(memberId, Column::Landline));
    s.landlineHash = plain.landline.isEmpty() ? QByteArray() : keys.phoneHash(plain.landline);
    s.landlineLast4 = lastDigits(plain.landline);
    s.addressSealed = sealOrEmpty(keys, plain.address, context(memberId, Column::Address));
    return s;
}

QString MemberSecrets::open(
    const security::DatabaseKeys& keys, const RecordId& memberId, Column column, const QByteArray& sealed)
{
    if (sealed.isEmpty())
        return {};
    return keys.openText(sealed, context(memberId, column)).value_or(QStringLiteral("?"));
}

}  // namespace redgrid::roster
