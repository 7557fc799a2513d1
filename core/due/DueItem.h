#pragma once

#include "common/RecordId.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace redgrid::due {

// How pressing a reminder is on the day it is asked for.
enum class Severity {
    Upcoming,  // due later in this period
    Due,  // due within the next days (DueList::SoonDays), or today
    Overdue,  // its period is over and it was not done
};

QString severityKey(Severity severity);  // "upcoming", "due", "overdue"
std::optional<Severity> severityFromKey(QStringView key);

// One thing an organisation has to do, as a reminder: no ranking, no score, nothing forced
// (issue 25 §5).
struct DueItem
{
    RecordId orgId;
    QString orgCode;
    QString orgName;
    QString rule;  // the registered rule's key, e.g. "meetings.party_lecture"
    QString title;  // what is due, in the interface language: "党课 (2026 Q4)"
    QDate dueOn;  // the last day of the period it belongs to
    Severity severity = Severity::Upcoming;
    QString source;  // where the rule comes from: 《中国共产党支部工作条例（试行）》第十一条
};

class DueWords
{
    Q_DECLARE_TR_FUNCTIONS(DueWords)

public:
    static QString severityLabel(Severity severity);
};

}  // namespace redgrid::due
