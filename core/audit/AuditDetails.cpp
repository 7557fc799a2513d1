#include "AuditDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace redgrid::audit {

namespace {

const QLatin1String ChangesKey("changes");

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

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

QString AuditDetails::toText(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return json;
    const QJsonObject object = document.object();
    QStringList parts;
    const QJsonObject changed = object.value(ChangesKey).toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        parts << tr("%1: %2 → %3")
                     .arg(it.key(), valueText(change.value(QLatin1String("old"))),
                         valueText(change.value(QLatin1String("new"))));
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() != ChangesKey)
            parts << tr("%1: %2").arg(it.key(), valueText(it.value()));
    return parts.join(QStringLiteral("; "));
}

}  // namespace redgrid::audit
