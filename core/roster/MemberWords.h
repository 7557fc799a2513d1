#pragma once

#include "Member.h"
#include "MemberEvents.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::roster {

// The words for a member's status, events and stored fields, in the interface language:
// one home for the roster screens, the audit log, the exports and the printed documents.
class MemberWords
{
    Q_DECLARE_TR_FUNCTIONS(MemberWords)

public:
    static QString status(MemberStatus status);  // Active, Transferred out …
    // As the 党员基本信息 exports and the printed roster write it in any language: 在册, 已转出 …
    static QString officialStatus(MemberStatus status);
    static QString eventKind(MemberEvent::Kind kind);
    // The item a member column holds ("joined_on" → 入党日期), as the audit log names changes;
    // empty for a key it does not know.
    static QString field(const QString& key);

    // Teaches the audit log (audit::AuditWording) the names of members, their fields and coded
    // values, and the documents the roster prints.
    static void registerAuditWords();
};

}  // namespace redgrid::roster
