#include "PasswordPolicy.h"

namespace redgrid::security {

std::optional<QString> PasswordPolicy::problem(const QString& password)
{
    if (password.size() < MinimumLength)
        return tr("the password must have at least %1 characters").arg(MinimumLength);
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (int(lower) + int(upper) + int(digit) + int(other) < RequiredClasses)
        return tr("the password must mix at least %1 of: lower-case letters, capitals, digits, "
                  "other characters")
            .arg(RequiredClasses);
    return std::nullopt;
}

}  // namespace redgrid::security
