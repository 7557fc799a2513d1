#pragma once

#include "common/RecordId.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RosterFilterBar;
class RosterModel;
class RosterWidget;

// The roster's list in words, for the print and export dialogs, which print and export
// exactly that list: which members (an organisation and everything below it, or the
// account's whole area), the filters and search in force, the order, and how many.
class RosterSelectionText
{
    Q_DECLARE_TR_FUNCTIONS(RosterSelectionText)

public:
    // Three lines: members (scope and count), filters, order.
    static QString describe(storage::Connection& db, const RosterWidget& roster);

    static QString scope(storage::Connection& db, const RecordId& orgId);
    static QString conditions(const RosterFilterBar& filters);  // "none" when nothing narrows
    static QString order(const RosterModel& model);
};

}  // namespace redgrid::ui
