#include "AuditTableModel.h"

#include "audit/AuditAction.h"
#include "audit/AuditDetails.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QColor>
#include <QMetaObject>

#include <algorithm>
#include <climits>

namespace redgrid::ui {

using audit::AuditEntry;
using audit::MacStatus;

AuditTableModel::AuditTableModel(storage::Connection& connection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(connection)
    , m_wording(connection)
    , m_log(std::make_unique<audit::AuditLog>(connection, QByteArray()))  // reads need no key
{
}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setFilter(const audit::AuditFilter& filter)
{
    m_filter = filter;
    m_filter.limit = 0;
    m_filter.offset = 0;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_failed = false;
    m_count = 0;
    const auto failure = coreGuard(m_db.path(), [&] { m_count = m_log->count(m_filter); });
    endResetModel();
    emit countChanged(m_count);
    if (failure)
        fail(failure->toString());
}

void AuditTableModel::setVerifyReport(std::optional<audit::VerifyReport> report)
{
    m_report = std::move(report);
    if (rowCount() > 0)
        emit dataChanged(index(0, MacColumn), index(rowCount() - 1, MacColumn));
}

void AuditTableModel::fail(const QString& message) const
{
    m_failed = true;
    // data() runs inside painting: the message box must wait for the event loop.
    auto* self = const_cast<AuditTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->readFailed(message); }, Qt::QueuedConnection);
}

const AuditEntry* AuditTableModel::loadedEntry(int row) const
{
    if (row < 0 || qint64(row) >= m_count || m_failed)
        return nullptr;
    const int pageIndex = row / PageSize;
    const int offset = row % PageSize;
    auto page
        = std::find_if(m_pages.begin(), m_pages.end(), [&](const Page& p) { return p.index == pageIndex; });
    if (page == m_pages.end()) {
        audit::AuditFilter filter = m_filter;
        filter.limit = PageSize;
        filter.offset = qint64(pageIndex) * PageSize;
        QList<AuditEntry> entries;
        if (const auto failure = coreGuard(m_db.path(), [&] { entries = m_log->list(filter); })) {
            fail(failure->toString());
            return nullptr;
        }
        m_entriesRead += entries.size();
        if (m_pages.size() >= size_t(CachedPages))
            m_pages.erase(std::min_element(m_pages.begin(), m_pages.end(),
                [](const Page& a, const Page& b) { return a.lastUse < b.lastUse; }));
        m_pages.push_back({ pageIndex, std::move(entries), 0 });
        page = m_pages.end() - 1;
    }
    page->lastUse = ++m_useClock;
    return offset < page->entries.size() ? &page->entries.at(offset) : nullptr;
}

std::optional<AuditEntry> AuditTableModel::entryAt(int row) const
{
    if (const AuditEntry* entry = loadedEntry(row))
        return *entry;
    return std::nullopt;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::text(const AuditEntry& entry, int column) const
{
    switch (column) {
    case SeqColumn:
        return QString::number(entry.seq);
    case TimeColumn:
        return audit::AuditExport::timeText(entry.at);
    case UserColumn:
        return entry.username;
    case ActionColumn:
        return audit::AuditActionLabels::labelForKey(entry.action);
    case TargetColumn:
        return m_wording.target(entry);
    case DetailsColumn:
        return m_wording.details(entry);
    case ResultColumn:
        return audit::AuditExport::resultText(entry.succeeded);
    case MacColumn:
        return audit::AuditChain::macStatusLabel(audit::macStatus(entry, m_report ? &*m_report : nullptr));
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == SeqColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != SeqRole)
        return {};
    const AuditEntry* entry = loadedEntry(index.row());
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*entry, index.column());
    case Qt::ToolTipRole:
        // Details and ids are long: the whole text on hover.
        if (index.column() == DetailsColumn || index.column() == TargetColumn)
            return text(*entry, index.column());
        return {};
    case Qt::ForegroundRole: {
        // The entry that broke the chain stands out whole; the others only in their MAC column.
        const MacStatus status = audit::macStatus(*entry, m_report ? &*m_report : nullptr);
        if (status == MacStatus::Broken)
            return QColor(0xc0, 0x00, 0x00);
        if (index.column() == MacColumn) {
            if (status == MacStatus::AfterBreak)
                return QColor(0xc0, 0x00, 0x00);
            if (status == MacStatus::Verified)
                return QColor(0x1e, 0x6b, 0x34);
            if (status == MacStatus::NotSealed)
                return QColor(0x80, 0x80, 0x80);
        }
        if (!entry->succeeded)
            return QColor(0xa0, 0x40, 0x00);
        return {};
    }
    case SeqRole:
        return entry->seq;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers = audit::AuditExport::header();
    return section >= 0 && section < headers.size() ? QVariant(headers.at(section)) : QVariant();
}

}  // namespace redgrid::ui
