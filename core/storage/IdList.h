#pragma once

#include "Statement.h"
#include "common/RecordId.h"

#include <QByteArray>
#include <QList>

namespace redgrid::storage {

// A list of ids as an `IN (?, ?, …)` of a statement prepared for it: for lists of tens or
// hundreds (a community's organisations), which one statement then counts over in one pass.
namespace IdList {

// "?, ?, ?" for `count` ids.
inline QByteArray parameters(qsizetype count)
{
    QByteArray list;
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? "?" : ", ?";
    return list;
}

// Binds the ids to the parameters after `before`.
inline void bind(Statement& st, const QList<RecordId>& ids, int before = 0)
{
    for (const RecordId& id : ids)
        st.bind(++before, id);
}

}  // namespace IdList

}  // namespace redgrid::storage
