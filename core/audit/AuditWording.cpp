#include "AuditWording.h"

#include "storage/Connection.h"
#include "storage/SqliteError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QStringList>

#include <mutex>

namespace redgrid::audit {

namespace {

struct Records
{
    AuditWording::Label label;
    AuditWording::RecordName name;
};
struct Key
{
    AuditWording::Label label;
    AuditWording::ValueText value;
};

// Filled once at start-up, read afterwards (also from worker threads).
struct Registry
{
    QMutex mutex;
    QHash<QString, Records> tables;
    QHash<QString, Key> keys;  // "table/key", "/key" for any table
};

Registry& registry()
{
    static Registry words;
    return words;
}

QString keyOf(const QString& table, const QString& key)
{
    return table + QLatin1Char('/') + key;
}

std::optional<Key> findKey(const QString& table, const QString& key)
{
    Registry& words = registry();
    QMutexLocker lock(&words.mutex);
    if (const auto it = words.keys.constFind(keyOf(table, key)); it != words.keys.cend())
        return *it;
    if (const auto it = words.keys.constFind(keyOf({}, key)); it != words.keys.cend())
        return *it;
    return std::nullopt;
}

// The keys that belong to the audit log itself and the files and counts every domain writes.
void addCommonKeys()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const auto key = [](const char* name, AuditWording::Label label) {
            AuditWording::addKey({}, QLatin1String(name), std::move(label));
        };
        key("file", [] { return AuditWording::tr("file"); });
        key("rows", [] { return AuditWording::tr("rows"); });
        key("read", [] { return AuditWording::tr("rows read"); });
        key("inserted", [] { return AuditWording::tr("new"); });
        key("updated", [] { return AuditWording::tr("updated"); });
        key("unchanged", [] { return AuditWording::tr("unchanged"); });
        key("rejected", [] { return AuditWording::tr("rejected"); });
        key("unmasked", [] { return AuditWording::tr("full ID numbers and phones"); });
        key("removed", [] { return AuditWording::tr("entries removed"); });
        key("before", [] { return AuditWording::tr("before"); });
        key("reason", [] { return AuditWording::tr("reason"); });
        key("source", [] { return AuditWording::tr("source"); });
        key("name", [] { return AuditWording::tr("name"); });
        key("code", [] { return AuditWording::tr("code"); });
        key("username", [] { return AuditWording::tr("user name"); });
        key("printer", [] { return AuditWording::tr("printer"); });
        key("preview", [] { return AuditWording::tr("in the print preview"); });
        key("members", [] { return AuditWording::tr("members"); });
        key("breaks", [] { return AuditWording::tr("breaks acknowledged"); });
        key("pins", [] { return AuditWording::tr("entries trusted again"); });
    });
}

}  // namespace

void AuditWording::addRecords(const QString& table, Label tableLabel, RecordName name)
{
    Registry& words = registry();
    QMutexLocker lock(&words.mutex);
    words.tables.insert(table, { std::move(tableLabel), std::move(name) });
}

void AuditWording::addRecords(const QString& table, Label tableLabel, const char* nameColumn)
{
    const QByteArray sql = "SELECT " + QByteArray(nameColumn) + " FROM " + table.toLatin1() + " WHERE id = ?";
    addRecords(table, std::move(tableLabel),
        [sql](storage::Connection& db, const RecordId& id) -> std::optional<QString> {
            auto st = db.cached(sql.constData());
            st.bind(1, id);
            if (st.step())
                return st.text(0);
            return std::nullopt;
        });
}

void AuditWording::addKey(const QString& table, const QString& key, Label label, ValueText value)
{
    Registry& words = registry();
    QMutexLocker lock(&words.mutex);
    words.keys.insert(keyOf(table, key), { std::move(label), std::move(value) });
}

AuditWording::AuditWording(storage::Connection& connection)
    : m_db(connection)
{
    addCommonKeys();
}

std::optional<QString> AuditWording::recordName(const RecordId& id, const QString& table)
{
    const QString cacheKey = table + QLatin1Char(':') + id.toString();
    if (const auto it = m_names.constFind(cacheKey); it != m_names.cend())
        return *it;
    QList<std::pair<QString, RecordName>> resolvers;
    {
        Registry& words = registry();
        QMutexLocker lock(&words.mutex);
        for (auto it = words.tables.cbegin(); it != words.tables.cend(); ++it)
            if (table.isEmpty() || it.key() == table)
                resolvers.append({ it.key(), it->name });
    }
    std::optional<QString> found;
    try {
        for (const auto& [owner, name] : std::as_const(resolvers)) {
            if ((found = name(m_db, id)))
                break;
        }
    } catch (const storage::SqliteError&) {
        found.reset();  // shown as stored; reading the log itself reports the failure
    }
    m_names.insert(cacheKey, found);
    return found;
}

QString AuditWording::keyLabel(const QString& table, const QString& key) const
{
    const auto known = findKey(table, key);
    return known && known->label ? known->label() : key;
}

QString AuditWording::valueText(const QString& table, const QString& key, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        const QString stored = value.toString();
        if (const auto known = findKey(table, key); known && known->value)
            if (const QString text = known->value(stored); !text.isEmpty())
                return text;
        if (stored.isEmpty())
            return QStringLiteral("—");
        if (const RecordId id = RecordId::fromString(stored); !id.isNull())
            return recordName(id).value_or(stored);
        return stored;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << (item.isObject() ? fieldsText(table, item) : valueText(table, key, item));
        return items.join(QStringLiteral("、"));
    }
    case QJsonValue::Object:
        return fieldsText(table, value);
    }
    return {};
}

// Changed fields, {"name": {"from": "张三", "to": "张四"}} (or old/new, or only a masked new
// value), and other nested objects as "label: value" pairs.
QString AuditWording::fieldsText(const QString& table, const QJsonValue& fields)
{
    const QJsonObject object = fields.toObject();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString label = keyLabel(table, it.key());
        const QJsonObject change = it.value().toObject();
        const auto part = [&](const char* name) { return change.value(QLatin1String(name)); };
        if (it.value().isObject()
            && (change.contains(QLatin1String("from")) || change.contains(QLatin1String("old")))) {
            const QJsonValue before = change.contains(QLatin1String("from")) ? part("from") : part("old");
            const QJsonValue after = change.contains(QLatin1String("to")) ? part("to") : part("new");
            parts << tr("%1: %2 → %3")
                         .arg(label, valueText(table, it.key(), before), valueText(table, it.key(), after));
        } else if (it.value().isObject() && change.contains(QLatin1String("masked"))) {
            parts << tr("%1: now %2").arg(label, part("masked").toString());
        } else {
            parts << tr("%1: %2").arg(label, valueText(table, it.key(), it.value()));
        }
    }
    return parts.join(tr("; "));
}

QString AuditWording::details(const AuditEntry& entry)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(entry.details.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return entry.details;
    QJsonObject object = document.object();
    // The fields of a change are the heart of the entry: first, unlabelled.
    QStringList parts;
    for (const char* changes : { "changes", "fields" }) {
        if (object.value(QLatin1String(changes)).isObject()) {
            parts << fieldsText(entry.targetTable, object.value(QLatin1String(changes)));
            object.remove(QLatin1String(changes));
        }
    }
    // An acknowledgement's pins are for the verifier; the breaks it lists are for people.
    object.remove(QLatin1String("pins"));
    if (!object.isEmpty())
        parts << fieldsText(entry.targetTable, object);
    parts.removeAll(QString());
    return parts.join(tr("; "));
}

QString AuditWording::target(const AuditEntry& entry)
{
    if (entry.targetTable.isEmpty() && entry.targetId.isNull())
        return {};
    QString label = entry.targetTable;
    {
        Registry& words = registry();
        QMutexLocker lock(&words.mutex);
        if (const auto it = words.tables.constFind(entry.targetTable); it != words.tables.cend() && it->label)
            label = it->label();
    }
    if (entry.targetId.isNull())
        return label;
    const QString name = recordName(entry.targetId, entry.targetTable).value_or(entry.targetId.toString());
    return label.isEmpty() ? name : label + QLatin1Char(' ') + name;
}

QString AuditWording::account(const AuditEntry& entry)
{
    if (entry.accountId.isNull())
        return {};
    return recordName(entry.accountId, QStringLiteral("account")).value_or(entry.accountId.toString());
}

}  // namespace redgrid::audit
