#pragma once

#include "DueItem.h"

#include <QList>

#include <functional>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::organisation {
struct PartyOrg;
}

namespace redgrid::due {

// The core service behind 本月待办 (issue 25 §5): each module registers, once at start-up
// (core/CoreModules), the rules it knows (the meetings register theirs); the list asks each
// rule for the items of every organisation in the account's area, or below one organisation,
// on a given day: this period's items and the overdue ones of the year.
class DueList
{
public:
    // How many days before its end a period's item turns from upcoming to due.
    static constexpr int SoonDays = 7;

    // The items one rule finds for the organisations given (parents before children) on
    // `date`, each item naming its organisation (orgId): a rule asks the file once for all of
    // them, not once for each.
    using Rule = std::function<QList<DueItem>(
        storage::Connection& db, const QList<organisation::PartyOrg>& orgs, const QDate& date)>;
    static void registerRule(const QString& key, Rule rule);

    explicit DueList(storage::Connection& connection);

    // Every item of the organisations in the account's area (or of `below` and the
    // organisations under it, when given), grouped by organisation in the tree's order, each
    // organisation's items by due date. Nothing for an account that may not read organisations.
    QList<DueItem> collect(const QDate& date, const RecordId& below = {});

    // The severity of an item of the period ending on `periodEnd`, on `date`.
    static Severity severityOn(const QDate& periodEnd, const QDate& date);

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::due
