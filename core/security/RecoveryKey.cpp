#include "RecoveryKey.h"

#include <cstring>

namespace redgrid::security {
namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int GroupSize = 4;

}  // namespace

SecretBytes RecoveryKey::generate()
{
    return SecretBytes::random(Size);
}

QString RecoveryKey::format(const SecretBytes& key)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < key.size(); ++i) {
        buffer = (buffer << 8) | key.data()[i];
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]);
    QString grouped;
    for (int i = 0; i < text.size(); i += GroupSize) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char('-');
        grouped += text.mid(i, GroupSize);
    }
    return grouped;
}

std::optional<SecretBytes> RecoveryKey::parse(const QString& text)
{
    SecretBytes key(Size);
    int written = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const char upper = c.toUpper().toLatin1();
        const char* found = upper ? std::strchr(Alphabet, upper) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(found - Alphabet);
        bits += 5;
        if (bits >= 8) {
            if (written == Size)
                return std::nullopt;
            key.data()[written++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // 32 bytes are 52 characters: 256 bits and 4 bits of zero padding.
    if (written != Size || bits != 4 || (buffer & 0xF) != 0)
        return std::nullopt;
    return key;
}

}  // namespace redgrid::security
