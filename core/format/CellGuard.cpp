#include "CellGuard.h"

namespace redgrid::format {

namespace {

// The characters OWASP lists as starting a formula in Excel, LibreOffice and WPS.
bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

}  // namespace

QString neutraliseFormula(const QString& cell)
{
    return startsFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString restoreNeutralised(const QString& cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && startsFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

}  // namespace redgrid::format
