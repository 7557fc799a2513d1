#include "IdNumber.h"

#include "common/Digits.h"

namespace redgrid::roster {
namespace {

// GB 11643-1999 §7: check character by ISO 7064 MOD 11-2.
constexpr int checkWeights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr char checkCharacters[] = "10X98765432";

// The value of ASCII digits the caller has checked. (toInt() converts the text to Latin-1
// first, an allocation: an import reads the digits of two ID numbers a row.)
int valueOf(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Trimmed, full-width folded (NFKC, only for non-ASCII text), without the apostrophe or
// tab that people put in front of an ID to make Excel keep it as text.
QString cleaned(const QString& text)
{
    QString t = text;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            t = text.normalized(QString::NormalizationForm_KC);
            break;
        }
    }
    t = t.trimmed();
    if (t.startsWith(QLatin1Char('\'')) || t.startsWith(QLatin1Char('`')))
        t = t.mid(1).trimmed();
    return t;
}

// "5.00105E+17", "5.00105199001012E+17", "5E17": how Excel shows a long number.
bool looksScientific(QStringView t)
{
    const qsizetype e = t.indexOf(QLatin1Char('E'), 0, Qt::CaseInsensitive);
    if (e <= 0)
        return false;
    QStringView mantissa = t.left(e);
    QStringView exponent = t.mid(e + 1);
    if (exponent.startsWith(QLatin1Char('+')) || exponent.startsWith(QLatin1Char('-')))
        exponent = exponent.mid(1);
    const qsizetype point = mantissa.indexOf(QLatin1Char('.'));
    const bool mantissaOk = point < 0 ? allDigits(mantissa)
                                      : allDigits(mantissa.left(point))
            && (point + 1 == mantissa.size() || allDigits(mantissa.mid(point + 1)));
    return mantissaOk && allDigits(exponent);
}

// A number from a numeric cell may come as "500105199001012000.0".
QString withoutZeroFraction(const QString& t)
{
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    if (point <= 0)
        return t;
    for (qsizetype i = point + 1; i < t.size(); ++i) {
        if (t[i] != QLatin1Char('0'))
            return t;
    }
    return t.left(point);
}

bool isMainlandProvinceCode(int code)
{
    // GB/T 2260 province-level divisions: 华北 1x, 东北 2x, 华东 3x, 中南 4x, 西南 5x,
    // 西北 6x, and 71 台湾省.
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
        || code == 71;
}

}  // namespace

bool IdNumber::isProvinceCode(int code)
{
    // 81 香港, 82 澳门, 83 台湾: the address codes of the 港澳台居民居住证 (国办发〔2018〕81号).
    return isMainlandProvinceCode(code) || (code >= 81 && code <= 83);
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * checkWeights[i];
    return QLatin1Char(checkCharacters[sum % 11]);
}

IdNumberCheck IdNumber::check(const QString& text, CellForm form, QDate today)
{
    IdNumberCheck result;
    QString t = cleaned(text);
    if (t.isEmpty()) {
        result.error = tr("the ID number is empty");
        return result;
    }

    // An ID that reached us as a number has lost digits that no rule can restore.
    // (Messages are made only when needed: every row of an import is checked twice.)
    const auto excelLost = [written = t] {
        return tr("Excel turned the ID number into a number and lost its last digits (\"%1\"); "
                  "format the column as text and enter the ID numbers again")
            .arg(written);
    };
    if (looksScientific(t)) {
        result.error = excelLost();
        return result;
    }
    if (form == CellForm::Number) {
        t = withoutZeroFraction(t);
        // Excel keeps 15 significant digits, so an 18-digit ID comes back ending in 000; a
        // shorter number in an ID column comes from the same numeric column.
        if (allDigits(t) && (t.size() < 18 || (t.size() == 18 && t.endsWith(QLatin1String("000"))))) {
            result.error = excelLost();
            return result;
        }
    }

    if (t.size() == 18 && t[17] == QLatin1Char('x'))
        t[17] = QLatin1Char('X');
    for (qsizetype i = 0; i < t.size(); ++i) {
        const bool finalX = t[i] == QLatin1Char('X') && i == t.size() - 1;
        if (!isAsciiDigit(t[i]) && !finalX) {
            result.error = tr("an ID number has only digits and a final X; \"%1\" contains \"%2\"")
                               .arg(t, QString(t[i]));
            return result;
        }
    }
    if (t.size() == 15) {
        result.error = tr("\"%1\" is a 15-digit ID number of the first generation; enter the 18-digit "
                          "number of the current ID card")
                           .arg(t);
        return result;
    }
    if (t.size() != 18) {
        result.error = tr("an ID number has 18 characters; \"%1\" has %2").arg(t).arg(t.size());
        return result;
    }

    const QStringView digits(t);
    const auto writtenDate = [&] {
        return QStringLiteral("%1-%2-%3").arg(digits.mid(6, 4), digits.mid(10, 2), digits.mid(12, 2));
    };
    const QDate birth(valueOf(digits.mid(6, 4)), valueOf(digits.mid(10, 2)), valueOf(digits.mid(12, 2)));
    if (!today.isValid())
        today = QDate::currentDate();
    if (!birth.isValid()) {
        result.error = tr("the birth date in the ID number, %1, is not a real date").arg(writtenDate());
        return result;
    }
    if (birth.year() < 1900) {
        result.error = tr("the birth date in the ID number, %1, is before 1900").arg(writtenDate());
        return result;
    }
    if (birth > today) {
        result.error = tr("the birth date in the ID number, %1, is in the future").arg(writtenDate());
        return result;
    }

    const QChar expected = checkCharacter(QStringView(t).left(17));
    if (expected != t[17]) {
        result.error = tr("the check digit should be %1, not %2").arg(expected).arg(t[17]);
        return result;
    }

    const int province = valueOf(digits.left(2));
    if (province >= 81 && province <= 83) {
        result.kind = IdKind::HkMacauTaiwanPermit;
        if (digits.mid(2, 4) != QLatin1String("0000"))
            result.warning = tr("the address code %1 is not 810000, 820000 or 830000, the codes of the Hong "
                                "Kong, Macau and Taiwan residence permits")
                                 .arg(t.left(6));
    } else if (t[0] == QLatin1Char('9') && isMainlandProvinceCode(valueOf(digits.mid(1, 2)))) {
        // 2023 card: 9, the 2-digit province that issued it, a 3-digit nationality code.
        result.kind = IdKind::ForeignPermanentResident;
        result.warning = tr("this is the number of a foreign permanent-residence ID card; party members are "
                            "Chinese citizens");
    } else if (!isProvinceCode(province)) {
        result.warning
            = tr("%1 is not a known province code; check the first digits of the ID number").arg(t.left(2));
    }

    result.normalised = t;
    result.birthDate = birth;
    result.sex = (t[16].unicode() - u'0') % 2 == 1 ? 1 : 2;
    return result;
}

QDate IdNumber::birthDateOf(const QString& normalisedId)
{
    const QStringView digits(normalisedId);
    if (digits.size() != 18 || !allDigits(digits.mid(6, 8)))
        return {};
    return QDate(valueOf(digits.mid(6, 4)), valueOf(digits.mid(10, 2)), valueOf(digits.mid(12, 2)));
}

int IdNumber::sexOf(const QString& normalisedId)
{
    if (normalisedId.size() != 18 || !isAsciiDigit(normalisedId[16]))
        return 0;
    return (normalisedId[16].unicode() - u'0') % 2 == 1 ? 1 : 2;
}

std::optional<QString> IdNumber::birthDateProblem(const QString& normalisedId, const RosterDate& birthDate)
{
    const QDate fromId = birthDateOf(normalisedId);
    if (!fromId.isValid() || !birthDate.isValid() || birthDate.agreesWith(fromId))
        return std::nullopt;
    return tr("the birth date %1 does not match the ID number, which gives %2")
        .arg(birthDate.toText(), fromId.toString(QStringLiteral("yyyy-MM-dd")));
}

std::optional<QString> IdNumber::sexProblem(const QString& normalisedId, int sexCode)
{
    const int fromId = sexOf(normalisedId);
    if (fromId == 0 || (sexCode != 1 && sexCode != 2) || sexCode == fromId)
        return std::nullopt;
    return fromId == 1 ? tr("the sex is given as female, but the ID number is a man's (odd 17th digit)")
                       : tr("the sex is given as male, but the ID number is a woman's (even 17th digit)");
}

}  // namespace redgrid::roster
