#pragma once

#include "Member.h"
#include "MemberEvents.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::roster {

// The words for a member's status, events and stored fields, in the interface language:
// one home for the roster screens, the audit log and the exports.
class MemberWords
{
    Q_DECLARE_TR_FUNCTIONS(MemberWords)

public:
    static QString status(MemberStatus status);  // Active, Transferred out …
    static QString eventKind(MemberEvent::Kind kind);
    // The item a member column holds ("joined_on" → 入党日期), as the audit log names changes;
    // empty for a key it does not know.
    static QString field(const QString& key);

    // Teaches the audit log (audit::AuditWording) the names of members, their fields and coded
    // values, and the documents the roster prints.
    static void registerAuditWords();
};

}  // namespace redgrid::roster
