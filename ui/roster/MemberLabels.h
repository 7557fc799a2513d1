#pragma once

#include "roster/Member.h"
#include "roster/MemberEvents.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace redgrid::ui {

// The words the roster screens use for a member's status and events, and how they write
// dates: one place, so the table, the form and the history say the same thing.
class MemberLabels
{
    Q_DECLARE_TR_FUNCTIONS(MemberLabels)

public:
    static QString status(roster::MemberStatus status);  // Active, Transferred out …
    static QString eventKind(roster::MemberEvent::Kind kind);
    // What an event's details say, in a sentence ("to 中共…支部委员会; letter valid until …").
    // `orgName` turns an organisation id into its name.
    static QString eventDetails(
        const roster::MemberEvent& event, const std::function<QString(const QString& orgId)>& orgName);
    static QString date(const QDate& date);  // yyyy-MM-dd, empty when unknown
    static QString month(const QDate& date);  // yyyy-MM, empty when unknown
    static QString yesNo(bool value);
};

}  // namespace redgrid::ui
