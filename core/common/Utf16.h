#pragma once

#include <QString>

namespace redgrid {

// Chinese text written in the source as u"…": QT_NO_CAST_FROM_ASCII refuses plain literals,
// and QStringLiteral is a macro a helper cannot take. One short name, as tests and documents
// use it on nearly every line that holds Chinese.
inline QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

}  // namespace redgrid
