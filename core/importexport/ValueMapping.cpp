#include "ValueMapping.h"

#include "roster/CodeTable.h"
#include "settings/SettingStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace redgrid::importexport {

using roster::CodeTable;

const CodeTable* codeTableOf(RosterField field)
{
    switch (field) {
    case RosterField::Sex:
        return &CodeTable::sex();
    case RosterField::Ethnicity:
        return &CodeTable::ethnicity();
    case RosterField::Education:
        return &CodeTable::education();
    case RosterField::Category:
        return &CodeTable::memberCategory();
    case RosterField::JobPost:
        return &CodeTable::jobPost();
    case RosterField::Standing:
        return &CodeTable::partyStanding();
    case RosterField::Degree:
        return &CodeTable::degree();
    case RosterField::LostContactReason:
        return &CodeTable::lostContactReason();
    default:
        return nullptr;
    }
}

std::optional<QString> ValueMapping::codeFor(RosterField field, const QString& text) const
{
    const auto found = m_codes.constFind({ field, text.trimmed() });
    if (found == m_codes.cend())
        return std::nullopt;
    const CodeTable* table = codeTableOf(field);
    if (!found->isEmpty() && (!table || !table->contains(*found)))
        return std::nullopt;
    return *found;
}

void ValueMapping::set(RosterField field, const QString& text, const QString& code)
{
    m_codes.insert({ field, text.trimmed() }, code);
}

QList<ValueMapping::Entry> ValueMapping::entries() const
{
    QList<Entry> result;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        result.append({ it.key().first, it.key().second, it.value() });
    return result;
}

void ValueMapping::overlay(const ValueMapping& other)
{
    for (auto it = other.m_codes.cbegin(); it != other.m_codes.cend(); ++it)
        m_codes.insert(it.key(), it.value());
}

// Stored as {"job_post": {"企业管理人员": "014"}}: the items by their key, so that a
// change of the header's wording keeps the choices.
ValueMapping ValueMapping::remembered(storage::Connection& db)
{
    ValueMapping mapping;
    const auto stored = settings::SettingStore(db).value(settings::SettingKey::ImportValueMapping);
    if (!stored)
        return mapping;
    const QJsonObject items = QJsonDocument::fromJson(stored->toUtf8()).object();
    for (const RosterFieldInfo& info : rosterFields()) {
        const QJsonObject values = items.value(info.key).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            mapping.set(info.field, it.key(), it.value().toString());
    }
    return mapping;
}

void ValueMapping::remember(storage::Connection& db, const ValueMapping& choices)
{
    if (choices.isEmpty())
        return;
    ValueMapping all = remembered(db);
    all.overlay(choices);
    QJsonObject items;
    for (const Entry& entry : all.entries()) {
        const QString key = fieldInfo(entry.field).key;
        QJsonObject values = items.value(key).toObject();
        values.insert(entry.text, entry.code);
        items.insert(key, values);
    }
    settings::SettingStore(db).setValue(settings::SettingKey::ImportValueMapping,
        QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
}

}  // namespace redgrid::importexport
