#pragma once

#include "roster/RosterQuery.h"

#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::document {

// How a printed list names what it lists, so that a sheet of 预备党员 in stroke order says
// so. In Chinese whatever the interface language, as the national forms are.
class SelectionText
{
public:
    // The organisation whose subtree is listed (its full name), or the account's whole
    // area: "江北区全部党组织".
    static QString scope(storage::Connection& db, const roster::RosterFilter& filter);
    // What narrows the list beyond the scope and the active members, joined by "；";
    // empty when nothing does.
    static QString conditions(const roster::RosterFilter& filter);
    // The order: "姓名（姓氏笔画）", "出生日期（降序）" …
    static QString order(const roster::RosterOrder& order);
};

}  // namespace redgrid::document
