#pragma once

#include "common/RecordId.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace redgrid::roster {

// Where a member stands on the roster. Members are never deleted once they have history:
// they leave the active roster and stay on record.
enum class MemberStatus { Active, TransferredOut, Departed, Deceased };
QString memberStatusKey(MemberStatus status);  // stored in member.status

// Between the skills of member.skills (、).
inline constexpr QChar SkillSeparator(0x3001);
MemberStatus memberStatusFromKey(QStringView key);

// One party member: the 16 items of the 2017 党员基本信息采集表 plus what a community
// keeps beside them. Coded items hold codes (core/roster/CodeTable), dates are invalid
// QDates when unknown.
struct Member
{
    RecordId id;
    RecordId orgId;  // the organisation the member is registered in (所在党支部 or its 党小组)
    QString name;
    QString sex;  // GB/T 2261.1: "1" 男, "2" 女
    QString ethnicity;  // GB/T 3304: "01" 汉族 …
    QString idNumber;  // 18 characters, upper-case X; only MemberStore reads it and MemberEditor writes it
    QDate birthDate;
    QString education;  // GB/T 4658: "21" 大学本科毕业 …
    QString degree;
    QString category = QStringLiteral("1");  // "1" 正式党员, "2" 预备党员
    QDate joinedOn;  // 加入党组织日期
    QDate convertedOn;  // 转为正式党员日期
    int probationExtensionMonths = 0;  // 延长预备期 (6-12 months), 0 if none
    QString jobPost;  // 工作岗位 code
    QString mobile;  // normalised; only MemberStore reads it and MemberEditor writes it
    QString landline;  // "023-67891234"
    QString address;  // 家庭住址, down to the house number
    RecordId residenceNodeId;  // the building in the hierarchy, if known
    QString nativePlace;  // 籍贯
    QString workUnit;
    QString workPost;
    QString standing = QStringLiteral("1");  // 党籍状态: "1" 正常, "2" 停止党籍
    MemberStatus status = MemberStatus::Active;
    QDate lostContactOn;  // 失去联系日期 (month); invalid = in contact
    QString lostContactReason;  // ①-⑦
    bool isMobile = false;  // 流动党员
    QString mobileDestination;  // 外出流向
    RecordId dualNodeId;  // 双报到: the community
    QDate dualRegisteredOn;
    QStringList skills;  // 特长 tags
    bool hardship = false;  // 困难党员
    bool exempt = false;  // exempt from activities (elderly or ill)
    QString remarks;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;

    bool isProbationary() const { return category == QLatin1String("2"); }
    bool isLostContact() const { return lostContactOn.isValid(); }
    // 党龄: whole years since conversion to full membership (0 while probationary).
    int partyAge(const QDate& today) const;
    int age(const QDate& today) const;
};

// Years completed between two dates.
int yearsBetween(const QDate& from, const QDate& to);

}  // namespace redgrid::roster
