#include "CellGuard.h"

namespace redgrid::format {

QString neutraliseFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    // The characters OWASP lists as starting a formula in Excel, LibreOffice and WPS.
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

}  // namespace redgrid::format
