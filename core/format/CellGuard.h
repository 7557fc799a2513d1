#pragma once

#include <QString>

namespace redgrid::format {

// Keeps a cell that a spreadsheet would run as a formula from running when an exported
// file is opened: text that starts with = + - @, a tab or a carriage return gets a
// leading apostrophe, everything else is returned unchanged.
// Source: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
// Every CSV and XLSX export passes its cells through this.
QString neutraliseFormula(const QString& cell);

}  // namespace redgrid::format
