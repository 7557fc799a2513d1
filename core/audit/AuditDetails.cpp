#include "AuditDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace redgrid::audit {

namespace {

const QLatin1String ChangesKey("changes");

}  // namespace

QJsonObject AuditDetails::changes(const QList<FieldChange>& changes, QJsonObject extra)
{
    QJsonObject fields;
    for (const FieldChange& change : changes)
        if (change.oldValue != change.newValue)
            fields.insert(change.field,
                QJsonObject {
                    { QLatin1String("old"), change.oldValue }, { QLatin1String("new"), change.newValue } });
    if (!fields.isEmpty())
        extra.insert(ChangesKey, fields);
    return extra;
}

}  // namespace redgrid::audit
