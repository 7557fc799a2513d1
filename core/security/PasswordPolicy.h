#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redgrid::security {

// 等保2.0 identification clause: passwords of some complexity, and guessing slowed down.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int MinimumLength = 8;
    static constexpr int RequiredClasses = 3;  // of: lower case, upper case, digits, others
    static constexpr int FailuresBeforeLockout = 5;
    static constexpr qint64 LockoutMs = 15 * 60 * 1000;

    // Why the password is refused, or nothing when it is acceptable.
    static std::optional<QString> problem(const QString& password);
};

}  // namespace redgrid::security
