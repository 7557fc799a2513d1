#include "PhoneNumber.h"

#include "common/Digits.h"

#include <QStringList>

#include <algorithm>

namespace redgrid::roster {
namespace {

// Characters people put between digit groups: spaces, hyphens and dashes of every width,
// dots and brackets around the area code.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'\t':
    case 0x2010:  // hyphen
    case 0x2012:  // figure dash
    case 0x2013:  // en dash
    case 0x2014:  // em dash
    case 0x2015:  // horizontal bar
    case 0x2212:  // minus sign
        return true;
    default:
        return false;
    }
}

QString cleaned(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return text.normalized(QString::NormalizationForm_KC).trimmed();  // ０２３－６７８９１２３４
    }
    return text.trimmed();
}

// Splits "023-67891234转801" into the number and the extension after the first marker.
void splitExtension(const QString& text, QString& number, QString& extension)
{
    static const QStringList markers { QStringLiteral("转"), QStringLiteral("分机"), QStringLiteral("ext"),
        QStringLiteral("x"), QStringLiteral("#") };
    // Most numbers have none: one pass over them for the markers' first characters
    // (in either case) spares five searches.
    const bool mayHaveMarker = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        switch (c.unicode()) {
        case u'转':
        case u'分':
        case u'e':
        case u'E':
        case u'x':
        case u'X':
        case u'#':
            return true;
        default:
            return false;
        }
    });
    if (!mayHaveMarker) {
        number = text;
        extension.clear();
        return;
    }
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString& marker : markers) {
        const qsizetype found = text.indexOf(marker, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            length = marker.size();
        }
    }
    if (at < 0) {
        number = text;
        extension.clear();
        return;
    }
    number = text.left(at);
    extension = text.mid(at + length);
    if (extension.startsWith(QLatin1Char('.')) || extension.startsWith(QLatin1Char(':')))
        extension = extension.mid(1);  // "ext.801", "分机:801"
}

// The digits of `text` without separators; empty when anything else is in it.
QString digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (isAsciiDigit(c))
            digits.append(c);
        else if (!isSeparator(c))
            return {};
    }
    return digits;
}

// The length of the area code at the start of `digits` (which begins with 0), or 0.
// China's numbering plan: 010 Beijing and 020–029 are 3 digits; 03xx–09xx are 4 digits.
int areaCodeLength(QStringView digits)
{
    if (digits.size() < 3 || digits[0] != QLatin1Char('0'))
        return 0;
    if (digits.startsWith(u"010") || digits[1] == QLatin1Char('2'))
        return 3;
    if (digits[1] >= QLatin1Char('3') && digits[1] <= QLatin1Char('9') && digits.size() >= 4)
        return 4;
    return 0;
}

// A numeric cell may come as "13812345678.0".
QString withoutZeroFraction(const QString& t)
{
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    if (point <= 0 || !allDigits(QStringView(t).left(point)))
        return t;
    for (qsizetype i = point + 1; i < t.size(); ++i) {
        if (t[i] != QLatin1Char('0'))
            return t;
    }
    return t.left(point);
}

}  // namespace

PhoneCheck PhoneNumber::check(const QString& text)
{
    PhoneCheck result;
    const QString t = cleaned(text);
    if (t.isEmpty()) {
        result.error = tr("the phone number is empty");
        return result;
    }
    for (const char16_t c : { u'/', u',', u';', u'、' }) {
        if (t.contains(c)) {
            result.error = tr("\"%1\" holds more than one phone number; enter one number per field").arg(t);
            return result;
        }
    }
    // Made only when needed: every phone of an import is checked twice.
    const auto notAPhone = [&] {
        return tr("\"%1\" is not a mainland China mobile number (11 digits, 13–19…) or "
                  "landline number with area code (such as 023-67891234)")
            .arg(t);
    };

    QString main;
    QString extension;
    splitExtension(withoutZeroFraction(t), main, extension);
    main = main.trimmed();

    // Country prefix: +86 or 0086; "86" only in front of a mobile's 11 digits.
    bool international = false;
    if (main.startsWith(QLatin1Char('+'))) {
        if (!main.startsWith(QLatin1String("+86"))) {
            result.error = tr("\"%1\" is not a mainland China number (+86)").arg(t);
            return result;
        }
        main = main.mid(3);
        international = true;
    } else if (main.startsWith(QLatin1String("0086"))) {
        main = main.mid(4);
        international = true;
    } else if (main.size() == 13 && allDigits(main) && main.startsWith(QLatin1String("861"))) {
        main = main.mid(2);
        international = true;
    }
    while (!main.isEmpty() && (main[0] == QLatin1Char('-') || main[0].isSpace()))
        main = main.mid(1);
    QString digits = digitsOf(main);
    if (digits.isEmpty()) {
        result.error = notAPhone();
        return result;
    }
    if (international && !digits.startsWith(QLatin1Char('1'))) {
        // A landline in international form drops the trunk 0 and must show where its area
        // code ends ("+86 23 6789 1234"); "+86 92138389438" is a mistyped mobile, not 0921.
        const QStringView rest = QStringView(main).mid(main.startsWith(QLatin1Char('(')) ? 1 : 0);
        qsizetype group = 0;
        while (group < rest.size() && isAsciiDigit(rest[group]))
            ++group;
        if (!digits.startsWith(QLatin1Char('0'))) {
            digits.prepend(QLatin1Char('0'));
            ++group;
        }
        if (areaCodeLength(digits) != group) {
            result.error = notAPhone();
            return result;
        }
    }

    // An extension after a second dash: 023-67891234-801.
    if (extension.isEmpty() && digits.startsWith(QLatin1Char('0'))) {
        const QStringList groups = main.trimmed().split(QLatin1Char('-'));
        const auto localLength = groups.size() == 3 ? digitsOf(groups[1]).size() : 0;
        if (groups.size() == 3 && allDigits(groups[2]) && groups[2].size() <= 6 && localLength >= 7
            && localLength <= 8 && digitsOf(groups[0]).size() == areaCodeLength(digitsOf(groups[0]))) {
            extension = groups[2];
            digits.chop(extension.size());
        }
    }

    if (digits.startsWith(QLatin1Char('1'))) {
        if (digits.size() != 11) {
            result.error = tr("a mobile number has 11 digits; \"%1\" has %2").arg(t).arg(digits.size());
            return result;
        }
        if (digits[1] < QLatin1Char('3')) {
            result.error = tr("\"%1\" is not a mobile number: mobile numbers begin with 13 to 19").arg(t);
            return result;
        }
        if (!extension.isEmpty()) {
            result.error = tr("\"%1\": a mobile number has no extension").arg(t);
            return result;
        }
        result.normalised = digits;
        result.kind = PhoneKind::Mobile;
        return result;
    }

    if (digits.startsWith(QLatin1Char('0'))) {
        const int area = areaCodeLength(digits);
        if (area == 0) {
            result.error
                = tr("\"%1\" does not begin with a mainland China area code (010, 02x or 0xxx)").arg(t);
            return result;
        }
        const QString local = digits.mid(area);
        if (local.size() < 7 || local.size() > 8 || local[0] == QLatin1Char('0')
            || local[0] == QLatin1Char('1')) {
            result.error
                = tr("after the area code %1, a landline number has 7 or 8 digits not beginning with "
                     "0 or 1; \"%2\" has \"%3\"")
                      .arg(digits.left(area), t, local);
            return result;
        }
        const QString ext = digitsOf(extension);
        if (!extension.trimmed().isEmpty() && (ext.isEmpty() || ext.size() > 6)) {
            result.error = tr("\"%1\": an extension has 1 to 6 digits").arg(t);
            return result;
        }
        result.normalised = digits.left(area) + QLatin1Char('-') + local;
        if (!ext.isEmpty())
            result.normalised += QLatin1Char('-') + ext;
        result.kind = PhoneKind::Landline;
        return result;
    }

    if (digits.size() == 7 || digits.size() == 8) {
        result.error
            = tr("\"%1\" has no area code; write it with the area code, such as 023-67891234").arg(t);
        return result;
    }
    result.error = notAPhone();
    return result;
}

}  // namespace redgrid::roster
