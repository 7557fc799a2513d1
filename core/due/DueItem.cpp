#include "DueItem.h"

namespace redgrid::due {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Upcoming:
        return QStringLiteral("upcoming");
    case Severity::Due:
        return QStringLiteral("due");
    case Severity::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (Severity severity : { Severity::Upcoming, Severity::Due, Severity::Overdue })
        if (key == severityKey(severity))
            return severity;
    return std::nullopt;
}

QString DueWords::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Upcoming:
        return tr("upcoming");
    case Severity::Due:
        return tr("due");
    case Severity::Overdue:
        return tr("overdue");
    }
    return {};
}

}  // namespace redgrid::due
