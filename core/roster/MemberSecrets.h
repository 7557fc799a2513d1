#pragma once

#include "common/RecordId.h"

#include <QByteArray>
#include <QString>

namespace redgrid::security {
class DatabaseKeys;
}

namespace redgrid::roster {

// How a member's ID number, phones and address are stored: sealed (XChaCha20-Poly1305,
// bound to the member and the column), with a keyed hash to find the full value and the
// last 4 digits for suffix search. Nothing in the file gives the numbers away.
struct SealedMemberFields
{
    QByteArray idHash;
    QByteArray idSealed;
    QString idLast4;
    QByteArray mobileSealed;  // empty when there is no mobile (stored as NULL)
    QByteArray mobileHash;
    QString mobileLast4;
    QByteArray landlineSealed;
    QByteArray landlineHash;
    QString landlineLast4;
    QByteArray addressSealed;
};

// The plain values, as the store hands them out before masking.
struct PlainMemberFields
{
    QString idNumber;
    QString mobile;
    QString landline;
    QString address;
};

class MemberSecrets
{
public:
    enum class Column { IdNumber, Mobile, Landline, Address };

    static SealedMemberFields seal(
        const security::DatabaseKeys& keys, const RecordId& memberId, const PlainMemberFields& plain);
    // A value that does not open (altered, moved from another row) reads as "?".
    static QString open(const security::DatabaseKeys& keys, const RecordId& memberId, Column column,
        const QByteArray& sealed);
    // The digits (and a final X) of a number, the last four of them.
    static QString lastDigits(const QString& text);
};

}  // namespace redgrid::roster
