#include "SheetRows.h"

#include "storage/Connection.h"
#include "storage/Statement.h"

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

void writeEntries(storage::Connection& db, const RecordId& sheetId, const AssessmentTemplate& table,
    SheetSide side, const SheetInput& input, qint64 now)
{
    auto insert = db.cached("INSERT INTO assessment_entry (id, sheet_id, indicator_key, side, score, "
                            "findings, evidence, attachments, "
                            "achieved, possible, counted, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [indicator, depth] : table.flatten()) {
        Q_UNUSED(depth)
        const bool hasEntry = input.entries.contains(indicator->key);
        const bool isCounted = input.computed.contains(indicator->key);
        if (!hasEntry && !isCounted)
            continue;
        const IndicatorEntry entry = input.entries.value(indicator->key);
        const ComputedValue value = input.computed.value(indicator->key);
        insert
            .bindAll(RecordId::generate(), sheetId, indicator->key, sideCode(side),
                entry.score ? std::optional<qint64>(entry.score->hundredths()) : std::nullopt,
                findingsJson(entry.findings), entry.evidence, listJson(entry.attachments),
                isCounted ? std::optional<qint64>(value.achieved) : std::nullopt,
                isCounted ? std::optional<qint64>(value.possible) : std::nullopt, value.what, now, now)
            .run();
    }
}

}  // namespace redgrid::assessment::SheetRows
