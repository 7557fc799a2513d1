#pragma once

#include <QString>

namespace redgrid {

// Characters that show nothing yet make two names that look alike differ, so that "张三"
// typed in the search box does not find "张\u200B三" pasted from a web page, WeChat or Word:
// zero-width spaces and joiners, left-to-right and right-to-left marks, embeddings,
// overrides and isolates, the word joiner and invisible operators, the soft hyphen, the
// Mongolian vowel separator and the byte-order mark (Unicode's Cf characters that names
// never need).
bool isInvisibleCharacter(QChar c);
// `text` without them.
QString withoutInvisibleCharacters(const QString& text);

}  // namespace redgrid
