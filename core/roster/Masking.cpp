#include "Masking.h"

#include "PhoneNumber.h"

namespace redgrid::roster {
namespace {

QString stars(qsizetype count)
{
    return QString(count, QLatin1Char('*'));
}

// Keeps `head` characters at the front and `tail` at the back.
QString keepEnds(const QString& text, qsizetype head, qsizetype tail)
{
    return text.left(head) + stars(text.size() - head - tail) + text.right(tail);
}

}  // namespace

QString maskIdNumber(const QString& idNumber)
{
    const QString t = idNumber.trimmed();
    if (t.isEmpty())
        return {};
    if (t.size() < 15)
        return stars(t.size());
    return keepEnds(t, 6, 4);
}

QString maskPhone(const QString& phone)
{
    const QString t = phone.trimmed();
    if (t.isEmpty())
        return {};
    const PhoneCheck checked = PhoneNumber::check(t);
    if (checked.kind == PhoneKind::Mobile)
        return keepEnds(checked.normalised, 3, 4);
    if (checked.kind == PhoneKind::Landline) {
        const QStringList parts = checked.normalised.split(QLatin1Char('-'));
        QString masked = parts[0] + QLatin1Char('-') + keepEnds(parts[1], 0, 4);
        if (parts.size() > 2)
            masked += QLatin1Char('-') + stars(parts[2].size());
        return masked;
    }
    if (t.size() < 8)
        return stars(t.size());
    return keepEnds(t, 0, 4);
}

QString maskAddress(const QString& address)
{
    constexpr int Kept = 6;
    const QString t = address.trimmed();
    if (t.size() <= Kept)
        return QString(t.size(), QLatin1Char('*'));
    return t.left(Kept) + QString(t.size() - Kept, QLatin1Char('*'));
}

}  // namespace redgrid::roster
