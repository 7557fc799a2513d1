#pragma once

#include "common/RecordId.h"

#include <QHash>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::document {

// Item 8 所在党支部: the full name of the 支部 a member belongs to. A member registered in
// a 党小组 belongs to the group's branch (支部工作条例 Art. 13: a branch divides into 党小组);
// one registered directly in a 党委 or 党总支 gets that organisation's name. Cached,
// because a whole roster asks for the same few branches over and over.
class BranchNames
{
public:
    explicit BranchNames(storage::Connection& db);
    QString of(const RecordId& orgId);

private:
    storage::Connection& m_db;
    QHash<RecordId, QString> m_names;
};

}  // namespace redgrid::document
