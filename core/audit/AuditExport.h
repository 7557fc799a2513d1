#pragma once

#include "AuditFilter.h"
#include "AuditWording.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::audit {

struct AuditEntry;
struct VerifyReport;

// Writes the entries of the audit log a filter selects, newest first, to .xlsx or .csv
// (by the file's suffix, format/TableWriter): seq, local time, user, action, target,
// details (read as AuditWording words them), result and MAC status. With the key the chain is verified first,
// so the MAC status column says which entries are vouched for. The file is complete or absent.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    AuditExport(storage::Connection& connection, QByteArray macKey);

    // The filter's limit and offset are ignored: every matching entry is written.
    // Returns the number of entries written.
    Result<qint64> write(const QString& path, const AuditFilter& filter);

    static QStringList header();
    // One row as the viewer shows it: names, not ids; labels in the interface language.
    QStringList cells(const AuditEntry& entry, const VerifyReport* report);
    static QString timeText(qint64 ms);  // local yyyy-MM-dd HH:mm:ss
    static QString resultText(bool succeeded);

private:
    storage::Connection& m_db;
    QByteArray m_key;
    AuditWording m_wording;
};

}  // namespace redgrid::audit
