#include "DivisionCode.h"

#include "common/Digits.h"

namespace redgrid::hierarchy {
namespace {

// How many leading digits of the parent's code a child's code repeats.
int inheritedLength(NodeLevel level)
{
    switch (level) {
    case NodeLevel::District:
        return 0;
    case NodeLevel::Street:
        return 6;
    case NodeLevel::Community:
        return 9;
    case NodeLevel::Grid:
        return 12;
    case NodeLevel::Building:
        return 15;
    }
    return 0;
}

}  // namespace

int DivisionCode::length(NodeLevel level)
{
    switch (level) {
    case NodeLevel::District:
        return 6;
    case NodeLevel::Street:
    case NodeLevel::Community:
        return 12;
    case NodeLevel::Grid:
        return 15;
    case NodeLevel::Building:
        return 20;
    }
    return 0;
}

int DivisionCode::sequenceLength(NodeLevel level)
{
    return level == NodeLevel::Building ? 5 : (level == NodeLevel::District ? 0 : 3);
}

int DivisionCode::maxSequence(NodeLevel level)
{
    return level == NodeLevel::Building ? 99999 : 999;
}

QString DivisionCode::stem(NodeLevel level, const QString& code)
{
    switch (level) {
    case NodeLevel::District:
        return code.left(6);
    case NodeLevel::Street:
        return code.left(9);
    default:
        return code;
    }
}

std::optional<QString> DivisionCode::problem(NodeLevel level, const QString& code, const QString& parentCode)
{
    const int expected = length(level);
    if (code.isEmpty())
        return tr("the code is empty");
    if (!allDigits(code))
        return tr("the code \"%1\" must contain digits only").arg(code);
    if (code.size() != expected)
        return tr("the code \"%1\" has %2 digits; a %3 code has %4")
            .arg(code)
            .arg(code.size())
            .arg(NodeLabels::level(level))
            .arg(expected);
    if (level == NodeLevel::District) {
        if (code.endsWith(QLatin1String("00")))
            return tr("the code \"%1\" is a province or city code, not a district or county code").arg(code);
        return std::nullopt;
    }
    const int inherited = inheritedLength(level);
    if (code.left(inherited) != parentCode.left(inherited))
        return tr("the code \"%1\" must begin with %2, the leading digits of its parent's code %3")
            .arg(code, parentCode.left(inherited), parentCode);
    if (sequenceOf(level, code) == 0)
        return tr("the code \"%1\" has a zero sequence number").arg(code);
    if (level == NodeLevel::Street && !code.endsWith(QLatin1String("000")))
        return tr("the code \"%1\" of a street or town must end in 000").arg(code);
    return std::nullopt;
}

QString DivisionCode::compose(NodeLevel level, const QString& parentCode, int sequence)
{
    const QString number = QStringLiteral("%1").arg(sequence, sequenceLength(level), 10, QLatin1Char('0'));
    const QString base = parentCode.left(inheritedLength(level)) + number;
    return level == NodeLevel::Street ? base + QStringLiteral("000") : base;
}

int DivisionCode::sequenceOf(NodeLevel level, const QString& code)
{
    if (level == NodeLevel::District)
        return 0;
    return QStringView(code).mid(inheritedLength(level), sequenceLength(level)).toInt();
}

QString DivisionCode::districtFromStatistical(const QString& code)
{
    if (code.size() == 12 && code.endsWith(QLatin1String("000000")))
        return code.left(6);
    return code;
}

}  // namespace redgrid::hierarchy
