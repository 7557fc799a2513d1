#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "audit/AuditWording.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::audit {
class AuditLog;
}

namespace redgrid::ui {

// The audit log as a lazy table, newest entry first: rowCount() is AuditLog::count() of
// the filter, and entries are read a page at a time (AuditLog::list with limit and
// offset) into a small least-recently-used cache, so a log of millions of entries
// holds only the pages on screen.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        TargetColumn,
        DetailsColumn,
        ResultColumn,
        MacColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 100;
    static constexpr int CachedPages = 10;

    explicit AuditTableModel(storage::Connection& connection, QObject* parent = nullptr);
    ~AuditTableModel() override;

    void setFilter(const audit::AuditFilter& filter);
    const audit::AuditFilter& filter() const { return m_filter; }
    void reload();  // after entries were appended, keeping the filter
    // The MAC column says what the last verification found; nothing: sealed or not.
    void setVerifyReport(std::optional<audit::VerifyReport> report);
    const std::optional<audit::VerifyReport>& verifyReport() const { return m_report; }

    qint64 totalCount() const { return m_count; }
    std::optional<audit::AuditEntry> entryAt(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    qint64 entriesRead() const { return m_entriesRead; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(qint64 count);
    void readFailed(const QString& message);

private:
    struct Page
    {
        int index = 0;
        QList<audit::AuditEntry> entries;
        quint64 lastUse = 0;
    };

    const audit::AuditEntry* loadedEntry(int row) const;
    QString text(const audit::AuditEntry& entry, int column) const;
    void fail(const QString& message) const;

    storage::Connection& m_db;
    mutable audit::AuditWording m_wording;  // names found once, then from its cache
    std::unique_ptr<audit::AuditLog> m_log;
    audit::AuditFilter m_filter;
    std::optional<audit::VerifyReport> m_report;
    qint64 m_count = 0;

    // Filled while the view looks at rows: data() is const for Qt, loading is not.
    mutable std::vector<Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable qint64 m_entriesRead = 0;
    mutable bool m_failed = false;
};

}  // namespace redgrid::ui
