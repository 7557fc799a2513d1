#pragma once

#include "Sodium.h"

#include <QString>

#include <optional>

namespace redgrid::security {

// The key shown once to the first administrator, which unwraps the master key when every
// password is lost. 32 random bytes written as 13 groups of 4 base-32 characters
// (A–Z, 2–7), so it can be copied by hand without confusing 0/O or 1/I.
class RecoveryKey
{
public:
    static constexpr int Size = 32;

    static SecretBytes generate();
    static QString format(const SecretBytes& key);
    // Accepts the formatted text with or without dashes and spaces, in either case.
    static std::optional<SecretBytes> parse(const QString& text);
};

}  // namespace redgrid::security
