#pragma once

#include "common/RecordId.h"

#include <QList>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::roster {

// How many members meet a rule: "12 of 14".
struct MemberShare
{
    qint64 achieved = 0;
    qint64 possible = 0;
};

// The member figures that assessment's data sources count for one community or one branch,
// each in one statement over the active members registered in the organisations listed
// (organisation::OrgFigures finds a target's). Not scoped: the caller has checked that the
// target lies in the signed-in account's area, and the figures cover everything inside it.
class RosterFigures
{
public:
    explicit RosterFigures(storage::Connection& connection);

    // 在职党员 (in service): a 工作岗位 under 0 在岗职工, employed by a public or a non-public
    // unit (CodeTable::jobPost 0, 01xx, 02xx). They are the members 双报到 is asked of
    // ("工作在单位、服务在社区", domain rules): farmers, soldiers, students, the retired and
    // 5 其他 (社区工作人员 among them, who serve the community already) are not.
    //
    // In-service members who live in the community (their residence a node of its subtree),
    // and of them those registered (双报到) with it or one of its grids or buildings.
    MemberShare dualRegisteredLivingIn(const RecordId& communityId);
    // In-service members of the organisations, and of them those registered with any community.
    MemberShare dualRegistered(const QList<RecordId>& orgIds);

    // Members whose 16 items of the 党员信息采集表 are filled: 姓名, 公民身份号码, 人员类别,
    // 所在党支部 and 党籍状态 always are (the table requires them); 性别, 民族, 出生日期, 学历,
    // 加入党组织日期, 工作岗位, a phone (mobile or landline), 转为正式党员日期 for a full member,
    // 外出流向 for a mobile member; 是否失联 is its date or nothing. 家庭住址 is sealed together
    // with the ID number (MemberSecrets) and not opened here: a count over thousands of members
    // may not decrypt them, and the sealed value does not tell an empty address apart.
    MemberShare complete(const QList<RecordId>& orgIds);

    // The roster keeps a member's lost-contact state, not a history of searches: members who
    // have ever been recorded lost contact (their lost-contact date set now, or cleared by a
    // recorded change, MemberEvents), and of them those in contact now.
    MemberShare lostContactFound(const QList<RecordId>& orgIds);

    // 流动党员, and of them those not recorded lost contact.
    MemberShare mobileInContact(const QList<RecordId>& orgIds);

private:
    MemberShare share(const char* achieved, const char* where, const QList<RecordId>& orgIds);

    storage::Connection& m_db;
};

}  // namespace redgrid::roster
