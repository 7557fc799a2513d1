#include "Credentials.h"

namespace redgrid::ui {

std::optional<Credentials> Credentials::fromEnvironment()
{
    const QString username = qEnvironmentVariable("REDGRID_USER").trimmed();
    const QString password = qEnvironmentVariable("REDGRID_PASSWORD");
    if (username.isEmpty() || password.isEmpty())
        return std::nullopt;
    return Credentials { username, password };
}

}  // namespace redgrid::ui
