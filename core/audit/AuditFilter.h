#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace redgrid::audit {

// Which audit entries to list or export (AuditLog::list/count/visit). Empty fields
// filter nothing; entries come newest first.
struct AuditFilter
{
    std::optional<qint64> fromMs;  // at >= fromMs
    std::optional<qint64> toMs;  // at < toMs
    QString username;  // exactly this user
    QString action;  // an AuditAction key
    QString text;  // a part of the target (table or id) or of the details, any case
    std::optional<bool> succeeded;
    int limit = 0;  // 0: all
    qint64 offset = 0;

    // Whole local calendar days, both inclusive; an invalid date leaves that end open.
    void setDays(const QDate& from, const QDate& to);
};

}  // namespace redgrid::audit
