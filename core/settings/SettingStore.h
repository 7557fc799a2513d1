#pragma once

#include <QString>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::settings {

// Per-database settings (the office's local rules and facts about the file), kept in the
// `setting` table. Settings of the program itself (window size, recent files) live in
// QSettings instead, in ui/.
class SettingStore
{
public:
    explicit SettingStore(storage::Connection& connection);

    std::optional<QString> value(const QString& key);
    QString value(const QString& key, const QString& fallback);
    int intValue(const QString& key, int fallback);
    void setValue(const QString& key, const QString& value);  // throws SqliteError on failure
    void remove(const QString& key);

private:
    storage::Connection& m_db;
};

// Keys in use. Local rules are settings, not constants (see domain-rules.md).
namespace SettingKey {
inline const QString InstallationId = QStringLiteral("installation.id");
inline const QString DemoSeed = QStringLiteral("demo.seed");  // present only in demo databases
inline const QString DemoScale = QStringLiteral("demo.scale");
inline const QString GridMinHouseholds = QStringLiteral("grid.households.min");  // default 300
inline const QString GridMaxHouseholds = QStringLiteral("grid.households.max");  // default 500
// JSON: the codes chosen for roster values no code table knows (importexport::ValueMapping).
inline const QString ImportValueMapping = QStringLiteral("import.value-mapping");
// Where this database's automatic backups go (backup::BackupFolder); empty: the default.
inline const QString BackupFolder = QStringLiteral("backup.folder");
}  // namespace SettingKey

}  // namespace redgrid::settings
