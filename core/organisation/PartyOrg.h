#pragma once

#include "OrgKind.h"
#include "common/RecordId.h"

#include <QDate>
#include <QList>
#include <QString>

namespace redgrid::organisation {

// One party organisation: the items of the 2017 national collection (附件1) that a
// community keeps, its place in the organisation tree and the hierarchy nodes it covers.
struct PartyOrg
{
    RecordId id;
    RecordId parentId;  // null for the top organisation(s)
    OrgKind kind = OrgKind::Branch;
    QString name;  // full name, as on the seal: 中共…委员会 / …支部委员会
    QString shortName;
    QString code;  // unique; used by the CLI (--org) and in exchange packages
    QString category;  // 组织类别 ①-⑨, CodeTable::orgCategory()
    QString unitSituation;  // 党组织所在单位情况, CodeTable::unitSituation()
    QDate foundedOn;
    RecordId secretaryId;  // members
    RecordId contactId;
    QString phone;
    QDate termStart;
    QDate termEnd;
    bool hasCommittee = false;  // 支部委员会 set up
    int sortOrder = 0;
    QString remarks;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;

    QList<RecordId> nodeIds;  // hierarchy nodes covered (双网融合)
    int childCount = 0;  // filled in by listings
};

}  // namespace redgrid::organisation
