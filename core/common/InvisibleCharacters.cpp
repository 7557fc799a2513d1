#include "InvisibleCharacters.h"

#include <algorithm>

namespace redgrid {

bool isInvisibleCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD  // soft hyphen
        || u == 0x180E  // Mongolian vowel separator
        || (u >= 0x200B && u <= 0x200F)  // zero-width space, non-joiner, joiner; LRM, RLM
        || (u >= 0x202A && u <= 0x202E)  // embeddings and overrides
        || (u >= 0x2060 && u <= 0x2064)  // word joiner, invisible operators
        || (u >= 0x2066 && u <= 0x2069)  // isolates
        || u == 0xFEFF;  // zero-width no-break space, the byte-order mark
}

QString withoutInvisibleCharacters(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), isInvisibleCharacter))
        return text;  // nearly always: no copy
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text)
        if (!isInvisibleCharacter(c))
            visible.append(c);
    return visible;
}

}  // namespace redgrid
