#include "SheetRows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace redgrid::assessment::SheetRows {

QString sideCode(SheetSide side)
{
    return side == SheetSide::Self ? QStringLiteral("self") : QStringLiteral("review");
}

QString findingsJson(const QHash<QString, int>& findings)
{
    QJsonObject object;
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        if (it.value() != 0)
            object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, int> findings(const QString& json)
{
    QHash<QString, int> counts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

QString listJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList list(const QString& json)
{
    QStringList items;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        items.append(value.toString());
    return items;
}

}  // namespace redgrid::assessment::SheetRows
