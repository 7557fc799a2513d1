#include "SettingStore.h"

#include "common/Clock.h"
#include "storage/Connection.h"

namespace redgrid::settings {

SettingStore::SettingStore(storage::Connection& connection)
    : m_db(connection)
{
}

std::optional<QString> SettingStore::value(const QString& key)
{
    auto st = m_db.cached("SELECT value FROM setting WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

QString SettingStore::value(const QString& key, const QString& fallback)
{
    return value(key).value_or(fallback);
}

int SettingStore::intValue(const QString& key, int fallback)
{
    bool ok = false;
    const int number = value(key, QString()).toInt(&ok);
    return ok ? number : fallback;
}

void SettingStore::setValue(const QString& key, const QString& value)
{
    const qint64 now = nowMs();
    m_db.cached("INSERT INTO setting (key, value, created_at, modified_at) VALUES (?1, ?2, ?3, ?3) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, modified_at = excluded.modified_at")
        .bindAll(key, value, now)
        .run();
}

void SettingStore::remove(const QString& key)
{
    m_db.cached("DELETE FROM setting WHERE key = ?1").bindAll(key).run();
}

}  // namespace redgrid::settings
