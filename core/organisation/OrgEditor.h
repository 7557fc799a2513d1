#pragma once

#include "PartyOrg.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::names {
class NameReadings;
}

namespace redgrid::organisation {

// Every change to the organisation tree, with its rules; each call is one transaction.
class OrgEditor
{
    Q_DECLARE_TR_FUNCTIONS(OrgEditor)

public:
    explicit OrgEditor(storage::Connection& connection);
    ~OrgEditor();

    // Adds an organisation below `org.parentId` (null: at the top). An empty code gets the
    // next free one under the parent. The organisation's nodeIds are anchored with it.
    Result<PartyOrg> add(const PartyOrg& org);
    // Replaces the editable fields and the anchored nodes; parent and id stay.
    Result<PartyOrg> update(const PartyOrg& org);
    Result<PartyOrg> move(const RecordId& id, const RecordId& newParentId);
    // Only an organisation without members (of any status) and without sub-organisations.
    Status remove(const RecordId& id);

    QString nextFreeCode(const RecordId& parentId);
    // Whether the account may set up or move organisations below `parentId` (null: at the top).
    Status mayEditBelow(const RecordId& parentId);
    std::optional<QString> problemWith(const PartyOrg& org);  // the rules add/update check

private:
    Status writeNodes(const PartyOrg& org);
    QString spellOf(const QString& name);

    storage::Connection& m_db;
    std::unique_ptr<names::NameReadings> m_readings;
};

}  // namespace redgrid::organisation
