#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace redgrid::audit {

// A field of a record before and after a change. Sensitive values (ID numbers, phones)
// are given masked (roster/Masking), as the audit log is shown and exported like any list.
struct FieldChange
{
    QString field;  // the column, e.g. "name"
    QJsonValue oldValue;  // Null: it had none
    QJsonValue newValue;
};

// The details of an audit entry (audit_entry.details, JSON): built by the services that
// write entries; AuditWording shows them as text for the viewer, the exports and the CLI.
class AuditDetails
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetails)

public:
    // {"changes": {"name": {"old": "张三", "new": "张四"}, …}}, with the fields whose values
    // really differ; `extra` keys (a file name, a reason) are kept beside.
    static QJsonObject changes(const QList<FieldChange>& changes, QJsonObject extra = {});
};

}  // namespace redgrid::audit
