#pragma once

#include <QCoreApplication>
#include <QString>

namespace redgrid::roster {

enum class PhoneKind {
    Invalid,
    Mobile,  // 13812345678
    Landline,  // 023-67891234, 0755-1234567, 023-67891234-801 with an extension
};

// The outcome of checking one phone number.
struct PhoneCheck
{
    QString normalised;  // "13812345678", "023-67891234", "023-67891234-801"; empty on error
    PhoneKind kind = PhoneKind::Invalid;
    QString error;  // empty when accepted
    bool ok() const { return error.isEmpty(); }
};

// Mainland China phone numbers, as the 2017 member form asks for them (item 12: a mobile,
// or a landline written as 区号 + number).
//
// Mobile: 11 digits 1[3-9]xxxxxxxxx (the 13–19 segments allocated by MIIT). Optional country
// prefix +86, 0086 or 86; spaces, dashes, dots and brackets are removed: "+86 138-1234-5678"
// → "13812345678".
// Landline: area code 010 or 02x (3 digits) or 0[3-9]xx (4 digits), then a 7–8 digit local
// number that does not begin with 0 or 1 (those are trunk and service prefixes), then an
// optional 1–6 digit extension after 转, 分机, ext, x, # or a second dash: "(023)6789 1234"
// → "023-67891234". "+86 23 67891234" (the international form, trunk 0 dropped) is read too.
// Refused: numbers of other countries, mainland numbers without an area code, 9x
// "future segments", service numbers (110, 95xxx, 400…), and more than one number in a cell.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static PhoneCheck check(const QString& text);
};

}  // namespace redgrid::roster
