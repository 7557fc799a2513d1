#pragma once

#include <QString>

namespace redgrid::format {

// Keeps a cell that a spreadsheet would run as a formula from running when an exported
// file is opened: text that starts with = + - @, a tab or a carriage return gets a
// leading apostrophe, everything else is returned unchanged.
// Source: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
// Every CSV and XLSX export passes its cells through this.
QString neutraliseFormula(const QString& cell);

// The cell as it was before neutraliseFormula(): an importer reading a file RedGrid exported
// takes the apostrophe off again ("'-5" reads "-5"); other text is returned unchanged.
QString restoreNeutralised(const QString& cell);

}  // namespace redgrid::format
