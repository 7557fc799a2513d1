#include "OrgTreeModel.h"

#include "organisation/OrgStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QLocale>

namespace redgrid::ui {

using organisation::OrgKind;
using organisation::OrgLabels;
using organisation::PartyOrg;

struct OrgTreeModel::Item
{
    PartyOrg org;
    Item* parent = nullptr;
    std::vector<Item*> children;
    int row = 0;
    int depth = 0;
    qint64 ownMembers = 0;
    qint64 allMembers = 0;
};

OrgTreeModel::OrgTreeModel(storage::Connection& connection, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(connection)
{
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::reload()
{
    QList<PartyOrg> orgs;
    QHash<RecordId, qint64> counts;
    const auto failure = coreGuard(m_db.path(), [&] {
        organisation::OrgStore store(m_db);
        orgs = store.tree();  // editing reads an organisation afresh, with its nodes
        counts = store.ownMemberCounts();  // the subtree sums are added up below
    });
    beginResetModel();
    m_items.clear();
    m_top.clear();
    m_byId.clear();
    if (!failure) {
        m_items.reserve(size_t(orgs.size()));
        for (qsizetype i = 0; i < orgs.size(); ++i) {
            auto item = std::make_unique<Item>();
            item->org = orgs.at(i);
            item->ownMembers = item->allMembers = counts.value(item->org.id);
            Item* parentItem = m_byId.value(item->org.parentId);
            std::vector<Item*>& siblings = parentItem ? parentItem->children : m_top;
            item->parent = parentItem;
            item->row = int(siblings.size());
            item->depth = parentItem ? parentItem->depth + 1 : 0;
            siblings.push_back(item.get());
            m_byId.insert(item->org.id, item.get());
            m_items.push_back(std::move(item));
        }
        // Children come after their parents: adding backwards gives every subtree its sum.
        for (auto it = m_items.rbegin(); it != m_items.rend(); ++it)
            if ((*it)->parent)
                (*it)->parent->allMembers += (*it)->allMembers;
    }
    endResetModel();
    if (failure)
        emit readFailed(failure->toString());
}

OrgTreeModel::Item* OrgTreeModel::itemAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : nullptr;
}

const std::vector<OrgTreeModel::Item*>& OrgTreeModel::childrenOf(const Item* item) const
{
    return item ? item->children : m_top;
}

QModelIndex OrgTreeModel::indexOf(const RecordId& id, int column) const
{
    Item* item = m_byId.value(id);
    return item ? createIndex(item->row, column, item) : QModelIndex();
}

const PartyOrg* OrgTreeModel::orgAt(const QModelIndex& index) const
{
    const Item* item = itemAt(index);
    return item ? &item->org : nullptr;
}

const PartyOrg* OrgTreeModel::org(const RecordId& id) const
{
    const Item* item = m_byId.value(id);
    return item ? &item->org : nullptr;
}

RecordId OrgTreeModel::idAt(const QModelIndex& index) const
{
    const Item* item = itemAt(index);
    return item ? item->org.id : RecordId();
}

qint64 OrgTreeModel::memberCount(const RecordId& id, bool withSubtree) const
{
    const Item* item = m_byId.value(id);
    return !item ? 0 : withSubtree ? item->allMembers : item->ownMembers;
}

int OrgTreeModel::depth(const RecordId& id) const
{
    const Item* item = m_byId.value(id);
    return item ? item->depth : 0;
}

QList<const PartyOrg*> OrgTreeModel::inTreeOrder() const
{
    QList<const PartyOrg*> result;
    result.reserve(qsizetype(m_items.size()));
    for (const auto& item : m_items)
        result.append(&item->org);
    return result;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const auto& children = childrenOf(itemAt(parent));
    if (row < 0 || row >= int(children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, children[size_t(row)]);
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    const Item* item = itemAt(child);
    if (!item || !item->parent)
        return {};
    return createIndex(item->parent->row, 0, item->parent);
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(itemAt(parent)).size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    const Item* item = itemAt(index);
    if (!item)
        return {};
    const PartyOrg& org = item->org;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return org.shortName.isEmpty() ? org.name : org.shortName;
        case KindColumn:
            return OrgLabels::kind(org.kind);
        case MembersColumn:
            return QLocale().toString(item->allMembers);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MembersColumn && !org.childCount)
            return tr("%n active member(s)", nullptr, int(item->ownMembers));
        if (index.column() == MembersColumn)
            return tr("%1 active members in all, %2 registered in the organisation itself")
                .arg(QLocale().toString(item->allMembers), QLocale().toString(item->ownMembers));
        return QStringLiteral("%1\n%2").arg(org.name, org.code);
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return QVariant::fromValue(org.id.toString());
    case KindRole:
        return static_cast<int>(org.kind);
    case FullNameRole:
        return org.name;
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case KindColumn:
        return tr("Type");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

}  // namespace redgrid::ui
