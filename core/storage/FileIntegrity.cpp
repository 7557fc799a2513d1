#include "FileIntegrity.h"

#include "Connection.h"
#include "Statement.h"

namespace redgrid::storage {

QStringList FileIntegrity::problems(Connection& connection, Depth depth, int limit)
{
    QStringList found;
    const QByteArray pages = (depth == Depth::Full ? QByteArrayLiteral("PRAGMA integrity_check(")
                                                   : QByteArrayLiteral("PRAGMA quick_check("))
        + QByteArray::number(limit) + ')';
    Statement check = connection.prepare(pages.constData());
    while (check.step()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            found << tr("damaged: %1").arg(line);
    }
    Statement references = connection.prepare("PRAGMA foreign_key_check");
    while (references.step() && found.size() < limit)
        found << tr("table %1, row %2 refers to a missing row of %3")
                     .arg(references.text(0))
                     .arg(references.int64(1))
                     .arg(references.text(2));
    return found;
}

}  // namespace redgrid::storage
