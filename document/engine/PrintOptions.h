#pragma once

#include "roster/MemberStore.h"

#include <QDate>

#include <functional>

namespace redgrid::document {

// Called after each printed page with the members done so far and the members in all;
// returning false cancels the print, and no file is written.
using PrintProgress = std::function<bool(int done, int total)>;

// What every print takes besides its subject.
struct PrintOptions
{
    // ID numbers and phones are masked unless the caller asks for Unmasked, which needs
    // Permission::ViewUnmasked (refused otherwise) and is written to the audit log.
    roster::Exposure exposure = roster::Exposure::Masked;
    QDate printedOn = QDate::currentDate();  // shown in the title or footer
    PrintProgress progress;  // optional
    // At most this many pages (0: all). A preview draws the first pages of a long document
    // only; the page numbers still count the whole.
    int pageLimit = 0;
};

}  // namespace redgrid::document
