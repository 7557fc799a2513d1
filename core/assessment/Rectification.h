#pragma once

#include "Period.h"
#include "common/RecordId.h"

#include <QDate>
#include <QString>

namespace redgrid::assessment {

// 整改: a lost point followed up until it is closed. An open item past its deadline is
// overdue, and is carried into the next quarters' sheets and reports until closed.
struct Rectification
{
    RecordId id;
    RecordId sheetId;
    Period raisedIn = Period::quarterOf(2000, 1);  // the quarter of the sheet it was opened on
    QString targetName;
    QString indicatorKey;
    QString indicatorName;
    QString problem;  // what was found
    QString responsible;  // the person responsible
    QDate deadline;
    bool closed = false;
    QDate closedOn;
    QString outcome;  // what was done, when closed

    bool isOverdue(const QDate& today) const { return !closed && deadline.isValid() && deadline < today; }
};

}  // namespace redgrid::assessment
