#include "RosterModel.h"

#include "MemberLabels.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QColor>
#include <QMetaObject>

#include <algorithm>
#include <climits>

namespace redgrid::ui {

using roster::CodeTable;
using roster::RosterRow;
using roster::RosterSortKey;

namespace {

struct ColumnInfo
{
    const char* key;
    std::optional<RosterSortKey> sortKey;  // nothing: the column cannot be sorted
    bool reversed = false;  // age ascending = birth date descending
};

// In the order of RosterModel::Column. The name column's key depends on the name order.
const ColumnInfo Columns[] = {
    { "name", RosterSortKey::Pinyin },
    { "sex", RosterSortKey::Sex },
    { "ethnicity", RosterSortKey::Ethnicity },
    { "id_number", std::nullopt },  // masked: its order would tell nothing
    { "birth_date", RosterSortKey::BirthDate },
    { "age", RosterSortKey::BirthDate, true },
    { "education", RosterSortKey::Education },
    { "category", RosterSortKey::Category },
    { "branch", RosterSortKey::Organisation },
    { "joined_on", RosterSortKey::JoinedOn },
    { "converted_on", RosterSortKey::ConvertedOn },
    { "party_age", RosterSortKey::ConvertedOn, true },
    { "job_post", RosterSortKey::JobPost },
    { "mobile", std::nullopt },
    { "address", RosterSortKey::Address },
    { "standing", RosterSortKey::Standing },
    { "lost_contact", RosterSortKey::LostContactOn },
    { "mobile_member", RosterSortKey::MobileDestination },
    { "status", RosterSortKey::Status },
};
static_assert(std::size(Columns) == RosterModel::ColumnCount);

}  // namespace

RosterModel::RosterModel(storage::Connection& connection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(connection)
    , m_store(std::make_unique<roster::MemberStore>(connection))
{
}

RosterModel::~RosterModel() = default;

QString RosterModel::columnKey(int column)
{
    return column >= 0 && column < ColumnCount ? QLatin1String(Columns[column].key) : QString();
}

bool RosterModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && Columns[column].sortKey.has_value();
}

roster::RosterOrder RosterModel::currentOrder() const
{
    if (m_relevance)
        return { RosterSortKey::Relevance, false };
    const ColumnInfo& info = Columns[m_sortColumn];
    RosterSortKey key = *info.sortKey;
    if (m_sortColumn == NameColumn && m_nameOrder == NameOrder::Stroke)
        key = RosterSortKey::Stroke;
    const bool descending = (m_sortOrder == Qt::DescendingOrder) != info.reversed;
    return { key, descending };
}

void RosterModel::setFilter(const roster::RosterFilter& filter)
{
    const QString search = filter.search.trimmed();
    if (search != m_filter.search.trimmed())
        m_relevance = !search.isEmpty();
    m_filter = filter;
    runQuery();
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_relevance = false;
    runQuery();
}

void RosterModel::setNameOrder(NameOrder order)
{
    if (order == m_nameOrder)
        return;
    m_nameOrder = order;
    if (m_sortColumn == NameColumn && !m_relevance)
        runQuery();
}

void RosterModel::reload()
{
    runQuery();
}

void RosterModel::runQuery()
{
    beginResetModel();
    m_cursor.reset();  // its statements go before new ones are prepared
    m_rowIds.clear();
    m_rowIds.shrink_to_fit();
    m_pages.clear();
    m_failed = false;
    m_count = 0;
    m_orgShortNames.clear();
    const auto failure = coreGuard(m_db.path(), [&] {
        m_orgShortNames = organisation::OrgStore(m_db).shortNames();
        m_cursor = std::make_unique<roster::RosterCursor>(m_db, m_filter, currentOrder());
        m_count = m_cursor->count();
    });
    if (failure) {
        m_cursor.reset();
        m_count = 0;
    }
    endResetModel();
    emit countChanged(m_count);
    if (failure)
        fail(*failure);
}

void RosterModel::fail(const Error& error) const
{
    m_failed = true;
    // data() runs inside painting: the message box must wait for the event loop.
    auto* self = const_cast<RosterModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message = error.toString()] { emit self->readFailed(message); }, Qt::QueuedConnection);
}

bool RosterModel::ensureRowIds(int row) const
{
    if (row < 0 || qint64(row) >= m_count)
        return false;
    if (size_t(row) < m_rowIds.size())
        return true;
    if (!m_cursor || m_failed)
        return false;
    const auto failure = coreGuard(m_db.path(), [&] {
        while (m_rowIds.size() <= size_t(row)) {
            const int wanted = std::max(RowIdChunk, row + 1 - int(m_rowIds.size()));
            if (!m_cursor->fetch(m_rowIds, wanted))
                break;
        }
    });
    if (failure) {
        fail(*failure);
        return false;
    }
    return size_t(row) < m_rowIds.size();
}

const RosterRow* RosterModel::loadedRow(int row) const
{
    if (row < 0 || qint64(row) >= m_count || m_failed)
        return nullptr;
    const int pageIndex = row / PageSize;
    const int offset = row % PageSize;
    for (Page& page : m_pages) {
        if (page.index == pageIndex) {
            page.lastUse = ++m_useClock;
            return size_t(offset) < page.rows.size() && page.rows[size_t(offset)]
                ? &*page.rows[size_t(offset)]
                : nullptr;
        }
    }
    const int first = pageIndex * PageSize;
    const int last = int(std::min<qint64>(qint64(first) + PageSize, m_count)) - 1;
    ensureRowIds(last);
    if (m_failed || size_t(first) >= m_rowIds.size())
        return nullptr;
    const std::vector<qint64> ids(m_rowIds.begin() + first,
        m_rowIds.begin() + std::min<ptrdiff_t>(last + 1, ptrdiff_t(m_rowIds.size())));
    QList<RosterRow> rows;
    if (const auto failure = coreGuard(m_db.path(), [&] { rows = m_store->rows(ids); })) {
        fail(*failure);
        return nullptr;
    }
    m_membersRead += rows.size();
    Page page;
    page.index = pageIndex;
    page.lastUse = ++m_useClock;
    page.rows.resize(ids.size());
    // rows() skips members that vanished meanwhile; the others keep their places.
    qsizetype next = 0;
    for (size_t i = 0; i < ids.size() && next < rows.size(); ++i)
        if (rows.at(next).rowId == ids[i])
            page.rows[i] = std::move(rows[next++]);
    if (m_pages.size() >= size_t(CachedPages)) {
        const auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
            [](const Page& a, const Page& b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    m_pages.push_back(std::move(page));
    const Page& added = m_pages.back();
    return size_t(offset) < added.rows.size() && added.rows[size_t(offset)] ? &*added.rows[size_t(offset)]
                                                                            : nullptr;
}

std::optional<RosterRow> RosterModel::rowAt(int row) const
{
    if (const RosterRow* loaded = loadedRow(row))
        return *loaded;
    return std::nullopt;
}

RecordId RosterModel::memberIdAt(int row) const
{
    const RosterRow* loaded = loadedRow(row);
    return loaded ? loaded->member.id : RecordId();
}

int RosterModel::rowOfMember(const RecordId& id) const
{
    for (const Page& page : m_pages)
        for (size_t i = 0; i < page.rows.size(); ++i)
            if (page.rows[i] && page.rows[i]->member.id == id)
                return page.index * PageSize + int(i);
    return -1;
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::text(const RosterRow& row, int column) const
{
    const roster::Member& m = row.member;
    const QDate& today = m_filter.today;
    switch (column) {
    case NameColumn:
        return m.name;
    case SexColumn:
        return CodeTable::sex().labelFor(m.sex);
    case EthnicityColumn:
        return CodeTable::ethnicity().labelFor(m.ethnicity);
    case IdNumberColumn:
        return m.idNumber;
    case BirthDateColumn:
        return MemberLabels::date(m.birthDate);
    case AgeColumn:
        return m.birthDate.isValid() ? QString::number(m.age(today)) : QString();
    case EducationColumn:
        return CodeTable::education().labelFor(m.education);
    case CategoryColumn:
        return CodeTable::memberCategory().labelFor(m.category);
    case BranchColumn:
        return m_orgShortNames.value(m.orgId, row.orgName);
    case JoinedColumn:
        return MemberLabels::date(m.joinedOn);
    case ConvertedColumn:
        return MemberLabels::date(m.convertedOn);
    case PartyAgeColumn:
        return !m.isProbationary() && m.convertedOn.isValid() ? QString::number(m.partyAge(today))
                                                              : QString();
    case JobPostColumn:
        return CodeTable::jobPost().labelFor(m.jobPost);
    case MobileColumn:
        return m.mobile;
    case AddressColumn:
        return m.address;
    case StandingColumn:
        return CodeTable::partyStanding().labelFor(m.standing);
    case LostContactColumn:
        if (!m.isLostContact())
            return {};
        return QStringLiteral("%1 %2").arg(MemberLabels::month(m.lostContactOn),
            CodeTable::lostContactReason().labelFor(m.lostContactReason));
    case MobileMemberColumn:
        if (!m.isMobile)
            return {};
        return m.mobileDestination.isEmpty() ? MemberLabels::yesNo(true) : m.mobileDestination;
    case StatusColumn:
        return MemberLabels::status(m.status);
    }
    return {};
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::TextAlignmentRole && role != MemberIdRole && role != RowIdRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AgeColumn || index.column() == PartyAgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const RosterRow* row = loadedRow(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == JobPostColumn)
            return CodeTable::jobPost().pathFor(row->member.jobPost);
        if (index.column() == BranchColumn)
            return QStringLiteral("%1 (%2)").arg(row->orgName, row->orgCode);
        if (index.column() == MobileColumn && !row->member.landline.isEmpty())
            return tr("Landline: %1").arg(row->member.landline);
        return {};
    case Qt::ForegroundRole:
        // Former members and suspended ones stand apart from the active roster.
        if (row->member.status != roster::MemberStatus::Active)
            return QColor(0x80, 0x80, 0x80);
        if (row->member.standing == QLatin1String("2"))
            return QColor(0xa0, 0x40, 0x00);
        return {};
    case MemberIdRole:
        return row->member.id.toString();
    case RowIdRole:
        return row->rowId;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (section == NameColumn)
            return m_nameOrder == NameOrder::Stroke ? tr("Sorted by the strokes of the surname (姓氏笔画)")
                                                    : tr("Sorted by pinyin");
        if (!isSortable(section))
            return tr("Shown masked; cannot be sorted");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case EthnicityColumn:
        return tr("Ethnic group");
    case IdNumberColumn:
        return tr("ID number");
    case BirthDateColumn:
        return tr("Born");
    case AgeColumn:
        return tr("Age");
    case EducationColumn:
        return tr("Education");
    case CategoryColumn:
        return tr("Category");
    case BranchColumn:
        return tr("Branch");
    case JoinedColumn:
        return tr("Joined");
    case ConvertedColumn:
        return tr("Full member since");
    case PartyAgeColumn:
        return tr("Party age");
    case JobPostColumn:
        return tr("Job post");
    case MobileColumn:
        return tr("Mobile");
    case AddressColumn:
        return tr("Address");
    case StandingColumn:
        return tr("Standing");
    case LostContactColumn:
        return tr("Lost contact");
    case MobileMemberColumn:
        return tr("Mobile member");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

}  // namespace redgrid::ui
