#pragma once

#include <QChar>
#include <QStringView>

namespace redgrid {

// ASCII 0-9 only. Codes, ID numbers, phones and dates come from files where a full-width or
// other script's digit is a mistake to report, and QChar::isDigit() would take it.
constexpr bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Some text, all of it ASCII digits.
constexpr bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

}  // namespace redgrid
