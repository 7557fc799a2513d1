#pragma once

#include "Role.h"
#include "common/RecordId.h"

#include <QString>

namespace redgrid::security {

// A person who signs in. The scope is a subtree of the hierarchy; a null scope node
// means the whole database (the first administrator, before any district exists).
struct Account
{
    RecordId id;
    QString username;
    QString displayName;
    Role role = Role::GridWorker;
    RecordId scopeNodeId;
    int failedLogins = 0;
    qint64 lockedUntilMs = 0;  // after too many failed logins
    bool disabled = false;  // locked by an administrator until unlocked
    qint64 passwordChangedAt = 0;
    qint64 createdAt = 0;

    bool isLockedOut(qint64 now) const { return lockedUntilMs > now; }
};

}  // namespace redgrid::security
