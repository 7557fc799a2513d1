#include "Points.h"

#include <QRegularExpression>

namespace redgrid::assessment {

std::optional<Points> Points::parse(const QString& text, int decimals)
{
    static const QRegularExpression number(QStringLiteral(R"(^\s*([+-]?)(\d{1,12})(?:\.(\d*))?\s*$)"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(3);
    // Trailing zeros say nothing: "5.10" has one decimal.
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > std::min(decimals, MaxDecimals))
        return std::nullopt;
    fraction = fraction.leftJustified(MaxDecimals, QLatin1Char('0'));
    const qint64 value = match.captured(2).toLongLong() * 100 + fraction.toLongLong();
    return Points(match.captured(1) == QLatin1String("-") ? -value : value);
}

QString Points::toString(int decimals) const
{
    decimals = std::clamp(decimals, 0, MaxDecimals);
    const Points shown = rounded(decimals);
    const qint64 magnitude = shown.m_hundredths < 0 ? -shown.m_hundredths : shown.m_hundredths;
    QString text
        = (shown.m_hundredths < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100);
    if (decimals > 0) {
        const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
        text += QLatin1Char('.') + cents.left(decimals);
    }
    return text;
}

}  // namespace redgrid::assessment
