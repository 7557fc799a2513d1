#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace redgrid::assessment {

// A number of points, held in hundredths: 89.99 is 8999. Assessment tables deduct half and
// quarter points ("每少开1次扣0.5分", 组厅字〔2012〕6号 applications) and grade at exact edges
// (89.99 is not 好, 90.00 is), which sums of doubles do not promise.
class Points
{
public:
    static constexpr int MaxDecimals = 2;

    constexpr Points() = default;
    static constexpr Points fromHundredths(qint64 hundredths) { return Points(hundredths); }
    static constexpr Points whole(qint64 points) { return Points(points * 100); }
    // "12", "0.5", "89.99", "-3"; nothing when it is not a number or has more than `decimals`
    // digits after the point (a template allows 0, 1 or 2).
    static std::optional<Points> parse(const QString& text, int decimals = MaxDecimals);

    constexpr qint64 hundredths() const { return m_hundredths; }
    // Shown with `decimals` digits (rounded half away from zero when fewer than 2): "89.99", "5.1".
    QString toString(int decimals = MaxDecimals) const;
    // Whether it has no more than `decimals` digits after the point.
    constexpr bool fitsDecimals(int decimals) const
    {
        qint64 step = 1;
        for (int i = decimals; i < MaxDecimals; ++i)
            step *= 10;
        return m_hundredths % step == 0;
    }

    // value × numerator / denominator, rounded half away from zero to a hundredth: shares of a
    // maximum ("12 of 14 grids → 5.14 of 6") and weights (95 % of the quarters' mean).
    constexpr Points scaled(qint64 numerator, qint64 denominator) const
    {
        if (denominator == 0)
            return Points();
        const qint64 product = m_hundredths * numerator;
        const qint64 half = (denominator < 0 ? -denominator : denominator) / 2;
        const bool negative = (product < 0) != (denominator < 0);
        const qint64 magnitude = (product < 0 ? -product : product);
        const qint64 absDenominator = denominator < 0 ? -denominator : denominator;
        const qint64 rounded = (magnitude + half) / absDenominator;
        return Points(negative ? -rounded : rounded);
    }

    // Rounded half away from zero to `decimals` digits.
    constexpr Points rounded(int decimals) const
    {
        qint64 step = 1;
        for (int i = decimals; i < MaxDecimals; ++i)
            step *= 10;
        return scaled(1, step) * step;
    }

    constexpr Points operator+(Points other) const { return Points(m_hundredths + other.m_hundredths); }
    constexpr Points operator-(Points other) const { return Points(m_hundredths - other.m_hundredths); }
    constexpr Points operator*(qint64 times) const { return Points(m_hundredths * times); }
    constexpr Points& operator+=(Points other)
    {
        m_hundredths += other.m_hundredths;
        return *this;
    }
    constexpr Points& operator-=(Points other)
    {
        m_hundredths -= other.m_hundredths;
        return *this;
    }
    constexpr auto operator<=>(const Points&) const = default;

private:
    constexpr explicit Points(qint64 hundredths)
        : m_hundredths(hundredths)
    {
    }

    qint64 m_hundredths = 0;
};

constexpr Points min(Points a, Points b)
{
    return a < b ? a : b;
}
constexpr Points max(Points a, Points b)
{
    return a < b ? b : a;
}
// Within [low, high].
constexpr Points clamp(Points value, Points low, Points high)
{
    return max(low, min(value, high));
}

}  // namespace redgrid::assessment
