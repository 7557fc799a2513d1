#pragma once

#include "roster/MemberStore.h"

#include <QDate>

#include <functional>

namespace redgrid::report {

// Called after each printed page with the members done so far and the members in all;
// returning false cancels the print, and no file is written.
using PrintProgress = std::function<bool(int done, int total)>;

// What every print takes besides its subject.
struct PrintOptions
{
    // ID numbers and phones are masked unless the caller asks otherwise (the security
    // issue decides who may ask for Unmasked).
    roster::Exposure exposure = roster::Exposure::Masked;
    QDate printedOn = QDate::currentDate();  // shown in the title or footer
    PrintProgress progress;  // optional
};

}  // namespace redgrid::report
