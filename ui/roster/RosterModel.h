#pragma once

#include "common/Error.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The roster as a lazy table over roster::RosterCursor: rowCount() is the cursor's count,
// the row ids are fetched from the cursor only as far down as the view has looked, and the
// members themselves are read a page at a time (MemberStore::rows) into a small
// least-recently-used cache. A roster of 1,000,000 members holds at most their row ids
// (8 bytes each) and CachedPages × PageSize members. ID numbers and phones arrive masked.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SexColumn,
        EthnicityColumn,
        IdNumberColumn,
        BirthDateColumn,
        AgeColumn,
        EducationColumn,
        CategoryColumn,
        BranchColumn,
        JoinedColumn,
        ConvertedColumn,
        PartyAgeColumn,
        JobPostColumn,
        MobileColumn,
        AddressColumn,
        StandingColumn,
        LostContactColumn,
        MobileMemberColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { MemberIdRole = Qt::UserRole + 1, RowIdRole };
    enum class NameOrder { Pinyin, Stroke };  // 姓氏笔画: the stroke order of the surname first

    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 8;
    static constexpr int RowIdChunk = 1000;  // row ids fetched from the cursor at a time

    explicit RosterModel(storage::Connection& connection, QObject* parent = nullptr);
    ~RosterModel() override;

    // Shows the members matching `filter`; a new search text sorts by relevance until a
    // column is clicked.
    void setFilter(const roster::RosterFilter& filter);
    const roster::RosterFilter& filter() const { return m_filter; }
    // Sorts by a column; columns without an order of their own (masked numbers) are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setNameOrder(NameOrder order);
    NameOrder nameOrder() const { return m_nameOrder; }
    bool sortsByRelevance() const { return m_relevance; }
    roster::RosterOrder currentOrder() const;  // what the cursor was given
    static bool isSortable(int column);

    // Runs the query again (after members were written), keeping filter and order.
    void reload();

    qint64 totalCount() const { return m_count; }
    std::optional<roster::RosterRow> rowAt(int row) const;
    RecordId memberIdAt(int row) const;
    int rowOfMember(const RecordId& id) const;  // among the rows fetched so far; -1 if not

    // How lazy the model has been, for tests and diagnostics.
    qsizetype rowIdsFetched() const { return qsizetype(m_rowIds.size()); }
    qint64 membersRead() const { return m_membersRead; }
    int cachedPageCount() const { return int(m_pages.size()); }

    // A stable key for a column, for settings ("birth_date").
    static QString columnKey(int column);

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
        std::vector<std::optional<roster::RosterRow>> rows;  // aligned with the row ids
        quint64 lastUse = 0;
    };

    void runQuery();
    bool ensureRowIds(int row) const;
    const roster::RosterRow* loadedRow(int row) const;
    QString text(const roster::RosterRow& row, int column) const;
    void fail(const Error& error) const;

    storage::Connection& m_db;
    std::unique_ptr<roster::MemberStore> m_store;
    QHash<RecordId, QString> m_orgShortNames;  // read with each query: organisations are few
    roster::RosterFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    NameOrder m_nameOrder = NameOrder::Pinyin;
    bool m_relevance = false;
    qint64 m_count = 0;

    // Filled while the view looks at rows: data() is const for Qt, loading is not.
    mutable std::unique_ptr<roster::RosterCursor> m_cursor;
    mutable std::vector<qint64> m_rowIds;
    mutable std::vector<Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable qint64 m_membersRead = 0;
    mutable bool m_failed = false;  // stop reading a file that fails until the next query
};

}  // namespace redgrid::ui
