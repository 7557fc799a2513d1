#pragma once

#include "AuditEntry.h"
#include "common/RecordId.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::audit {

// How audit entries read for people, in the interface language: "角色：社区书记；管辖范围：电测社区"
// rather than "role: community_secretary; scope: 01a24d7c-…". The stored details stay as they
// were written (the MAC chain covers them); only their display is translated, for the viewer,
// the exports and the CLI alike.
//
// The words come from the domains that own the records: each registers, once at start-up
// (core/CoreModules), the names of its records by table, the labels of its detail keys and
// how coded values read. A value that is a record id is shown as that record's name; an id
// no longer found, a key or code nobody registered, is shown as stored.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    // The name of a record of a table ("张三", "电测社区"), or nothing if there is none.
    using RecordName = std::function<std::optional<QString>(storage::Connection&, const RecordId&)>;
    using Label = std::function<QString()>;  // called when shown: in the language of that moment
    using ValueText = std::function<QString(const QString& stored)>;

    // `tableLabel` names the kind of record ("党员"); `table` as stored in audit_entry.target_table.
    static void addRecords(const QString& table, Label tableLabel, RecordName name);
    // The same for a table whose records are named by one of its columns (by id).
    static void addRecords(const QString& table, Label tableLabel, const char* nameColumn);
    // The label of a detail key in entries about `table` (empty: any table, the fallback).
    static void addKey(const QString& table, const QString& key, Label label, ValueText value = {});

    explicit AuditWording(storage::Connection& connection);

    QString details(const AuditEntry& entry);  // one line
    QString target(const AuditEntry& entry);  // "党员 张三"; empty when no record is involved
    QString account(const AuditEntry& entry);  // the account's name, or its id when unknown

private:
    QString valueText(const QString& table, const QString& key, const QJsonValue& value);
    QString fieldsText(const QString& table, const QJsonValue& fields);
    QString keyLabel(const QString& table, const QString& key) const;
    std::optional<QString> recordName(const RecordId& id, const QString& table = {});

    storage::Connection& m_db;
    QHash<QString, std::optional<QString>> m_names;  // by table and id: a log names the same records often
};

}  // namespace redgrid::audit
