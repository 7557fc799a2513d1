#include "SelectionText.h"

#include "FieldText.h"
#include "common/Utf16.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "roster/MemberWords.h"
#include "security/Access.h"

#include <QStringList>

namespace redgrid::document {

namespace {
QString statusText(const std::optional<roster::MemberStatus>& status)
{
    if (!status)
        return s(u"含已转出、已出党、已去世党员");
    if (*status == roster::MemberStatus::Active)
        return {};  // what a roster lists unless asked otherwise
    return roster::MemberWords::officialStatus(*status);
}

QString ageText(int minAge, int maxAge)
{
    if (minAge < 0 && maxAge < 0)
        return {};
    if (minAge < 0)
        return s(u"%1岁及以下").arg(maxAge);
    if (maxAge < 0)
        return s(u"%1岁及以上").arg(minAge);
    return s(u"%1至%2岁").arg(minAge).arg(maxAge);
}

// The filter's education prefix is the first digit of a GB/T 4658 level.
QString educationText(const QString& prefix)
{
    if (prefix.isEmpty())
        return {};
    for (const roster::CodeEntry& level : roster::CodeTable::education().children(QString()))
        if (level.code.startsWith(prefix))
            return level.label;
    return prefix;
}

QString yesNoText(const std::optional<bool>& value, const char16_t* yes, const char16_t* no)
{
    return value ? s(*value ? yes : no) : QString();
}
}  // namespace

QString SelectionText::scope(storage::Connection& db, const roster::RosterFilter& filter)
{
    if (!filter.orgId.isNull()) {
        const auto org = organisation::OrgStore(db).org(filter.orgId);
        return org ? org->name : QString();
    }
    const security::Access access(db);
    hierarchy::HierarchyStore hierarchy(db);
    const auto area = !access.session() || access.coversWholeDatabase()
        ? hierarchy.root()
        : hierarchy.node(access.session()->account().scopeNodeId);
    return (area ? area->name : QString()) + s(u"全部党组织");
}

QString SelectionText::conditions(const roster::RosterFilter& filter)
{
    const QStringList parts {
        codeLabel(roster::CodeTable::memberCategory(), filter.category),
        codeLabel(roster::CodeTable::partyStanding(), filter.standing),
        statusText(filter.status),
        ageText(filter.minAge, filter.maxAge),
        educationText(filter.educationPrefix),
        yesNoText(filter.isMobile, u"流动党员", u"非流动党员"),
        yesNoText(filter.lostContact, u"失联党员", u"未失联党员"),
        yesNoText(filter.dualRegistered, u"双报到党员", u"未双报到党员"),
        filter.search.trimmed().isEmpty() ? QString() : s(u"搜索“%1”").arg(filter.search.trimmed()),
    };
    QStringList given;
    for (const QString& part : parts)
        if (!part.isEmpty())
            given.append(part);
    return given.join(s(u"；"));
}

QString SelectionText::order(const roster::RosterOrder& order)
{
    using roster::RosterSortKey;
    QString key;
    switch (order.key) {
    case RosterSortKey::Pinyin:
        key = s(u"姓名（拼音）");
        break;
    case RosterSortKey::Stroke:
        key = s(u"姓名（姓氏笔画）");
        break;
    case RosterSortKey::Relevance:
        return s(u"搜索匹配程度");
    case RosterSortKey::Sex:
        key = s(u"性别");
        break;
    case RosterSortKey::Ethnicity:
        key = s(u"民族");
        break;
    case RosterSortKey::BirthDate:
        key = s(u"出生日期");
        break;
    case RosterSortKey::Education:
        key = s(u"学历");
        break;
    case RosterSortKey::Category:
        key = s(u"人员类别");
        break;
    case RosterSortKey::Organisation:
        key = s(u"所在党支部");
        break;
    case RosterSortKey::JoinedOn:
        key = s(u"加入党组织日期");
        break;
    case RosterSortKey::ConvertedOn:
        key = s(u"转为正式党员日期");
        break;
    case RosterSortKey::JobPost:
        key = s(u"工作岗位");
        break;
    case RosterSortKey::Standing:
        key = s(u"党籍状态");
        break;
    case RosterSortKey::Status:
        key = s(u"在册状态");
        break;
    case RosterSortKey::LostContactOn:
        key = s(u"失去联系日期");
        break;
    case RosterSortKey::MobileDestination:
        key = s(u"外出流向");
        break;
    case RosterSortKey::Address:
        key = s(u"家庭住址");
        break;
    }
    return order.descending ? key + s(u"（降序）") : key;
}

}  // namespace redgrid::document
