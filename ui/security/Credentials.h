#pragma once

#include <QString>

#include <optional>

namespace redgrid::ui {

// A user name and password given without asking, for unattended starts (benchmarks, kiosk
// demos): REDGRID_USER and REDGRID_PASSWORD, as redgrid-cli reads them.
struct Credentials
{
    QString username;
    QString password;

    // Both variables set and not empty, or nothing.
    static std::optional<Credentials> fromEnvironment();
};

}  // namespace redgrid::ui
