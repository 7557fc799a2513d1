#pragma once

#include "RosterDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace redgrid::roster {

// Which card an 18-character number comes from. All three use the GB 11643-1999 layout
// (6-digit address code, 8-digit birth date, 3-digit sequence, check character).
enum class IdKind {
    Resident,  // 居民身份证: a province-level code 11–65 or 71
    HkMacauTaiwanPermit,  // 港澳台居民居住证 (2018): address code 810000 / 820000 / 830000
    ForeignPermanentResident,  // 外国人永久居留身份证 (2023): "9" + province + nationality
};

// The outcome of checking one ID number.
struct IdNumberCheck
{
    QString normalised;  // 18 characters, X in upper case; empty when there is an error
    QDate birthDate;  // from digits 7–14; invalid when there is an error
    int sex = 0;  // GB/T 2261.1 code from the 17th digit: 1 male (odd), 2 female (even); 0 on error
    IdKind kind = IdKind::Resident;
    QString error;  // why the number is refused; empty when accepted
    QString warning;  // accepted, but worth a look (unknown province, foreign card)
    bool ok() const { return error.isEmpty(); }
};

// Resident ID numbers (公民身份号码), GB 11643-1999.
//
// Accepted: 18 characters, 17 digits and a check character "10X98765432"[Σ(digit×weight) mod
// 11] with weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 (ISO 7064 MOD 11-2); a lower-case x
// is accepted and normalised to X. The birth date (digits 7–14) must be a real date from
// 1900-01-01 up to today. Surrounding spaces, a tab or Excel's leading apostrophe (both used
// to force a text cell) and full-width digits are tolerated.
//
// Refused, deliberately:
//   - 15-digit first-generation numbers: the 2017 中组部 collection records 18-digit
//     numbers only, and a 15-digit number cannot be converted without guessing the century;
//   - any number Excel stored as a number ("5.00105E+17", or from a numeric cell 18 digits
//     ending in 000 or fewer than 18 digits): its last digits are lost for good, so it is
//     never repaired, and the message says how to fix the column.
//
// Province (first 2 digits): 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (GB/T 2260), and
// 81 / 82 / 83 for the HK / Macau / Taiwan residence permits, which use the same check
// character and birth date rules and are accepted as valid IDs. Any other leading code is a
// warning, not an error: the check character already catches typing mistakes, and the
// member may hold a card RedGrid does not know. A foreign permanent-residence card is
// accepted with a warning (party members are Chinese citizens). County-level address codes
// are not checked: they change every year and RedGrid carries no table of them.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    // `today` bounds the birth date; an invalid `today` means the current date.
    static IdNumberCheck check(const QString& text, CellForm form = CellForm::Text, QDate today = {});

    // The check character for 17 digits; a null QChar when `first17` is not 17 digits.
    static QChar checkCharacter(QStringView first17);

    // Whether `code` (the first 2 digits) is a province-level code of GB/T 2260, or 81–83.
    static bool isProvinceCode(int code);

    // Comparison helpers for the member record (2017 form: 出生日期 and 性别 must agree with
    // the ID number). They read the digits of an accepted, normalised number; for anything
    // else they find no disagreement, because check() has already reported the number.
    // A message when the roster's birth date differs from the ID's (a month-precision date
    // agrees with any day in that month); nothing when they agree.
    static std::optional<QString> birthDateProblem(const QString& normalisedId, const RosterDate& birthDate);
    // A message when the GB/T 2261.1 sex code (1 male, 2 female) contradicts the 17th digit;
    // codes 0 (unknown) and 9 (not stated) contradict nothing.
    static std::optional<QString> sexProblem(const QString& normalisedId, int sexCode);

    static QDate birthDateOf(const QString& normalisedId);  // invalid unless 18 characters with a real date
    static int sexOf(const QString& normalisedId);  // 1, 2, or 0 unless 18 characters
};

}  // namespace redgrid::roster
