#pragma once

#include "common/RecordId.h"

#include <QByteArray>
#include <QString>

namespace redgrid::security {
class DatabaseKeys;
}

namespace redgrid::roster {

// How a member's ID number, phones and address are stored: sealed together in one value
// (XChaCha20-Poly1305, bound to the member), with a keyed hash to find a full number and the
// last 4 digits for suffix search. Nothing in the file gives the numbers away.
struct SealedMemberFields
{
    QByteArray sealed;  // member.secrets_sealed
    QByteArray idHash;
    QString idLast4;
    QByteArray mobileHash;  // empty when there is no mobile (stored as NULL)
    QString mobileLast4;
    QByteArray landlineHash;
    QString landlineLast4;
};

// The plain values, as the store hands them out before masking.
struct PlainMemberFields
{
    QString idNumber;
    QString mobile;
    QString landline;
    QString address;
};

// The sealed values of a member's row. Rows written before schema version 7 hold the ID
// number alone in `secrets` and the others each in a column of its own (a sealed value
// per item: one seal costs an import of a million members as much as its slowest index).
struct SealedMemberColumns
{
    QByteArray secrets;
    QByteArray mobile;  // the older form only
    QByteArray landline;
    QByteArray address;
};

class MemberSecrets
{
public:
    static SealedMemberFields seal(
        const security::DatabaseKeys& keys, const RecordId& memberId, const PlainMemberFields& plain);
    // Either form. A value that does not open (altered, moved from another row) reads as "?".
    static PlainMemberFields open(
        const security::DatabaseKeys& keys, const RecordId& memberId, const SealedMemberColumns& row);
    // The digits (and a final X) of a number, the last four of them.
    static QString lastDigits(const QString& text);
};

}  // namespace redgrid::roster
