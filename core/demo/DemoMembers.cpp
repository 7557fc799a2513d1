#include "DemoMembers.h"

#include "DemoNames.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgChecks.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <span>

namespace redgrid::demo {

using namespace hierarchy;
using organisation::OrgKind;
using organisation::PartyOrg;
using roster::Member;
using roster::MemberEvent;

namespace {

// 支部工作条例 Art. 4: a branch has at least 3 full members and generally no more than 50;
// a normal demo branch stays well inside, the deliberate ones step outside.
constexpr int MinBranchSize = 8;
constexpr int MaxBranchSize = 45;
constexpr int TooSmallSize = 2;
constexpr int OversizedSize = 56;
// Members that keep a branch above its thresholds are never given a status that would
// take them out of the count of full members.
constexpr int ProtectedPerBranch = 3;

// What a member's record shows besides the ordinary: each role is given to an exact number
// of members, so the shares hold at every scale.
enum class Role {
    Plain,
    Probationary,
    ProbationOverdue,  // deliberate warning
    OffConversion,  // deliberate warning
    TransferredOut,
    Deceased,
    LostContact,
    Suspended,  // 停止党籍 after six months without contact (党员教育管理条例 Art. 24)
};

bool countsAsFull(Role role)
{
    return role == Role::Plain || role == Role::OffConversion || role == Role::LostContact;
}

template<class T>
struct Weighted
{
    T value;
    int weight;
};

template<class T>
const T& pickWeighted(DemoRandom& random, std::span<const Weighted<T>> table)
{
    int total = 0;
    for (const auto& entry : table)
        total += entry.weight;
    int draw = random.between(1, total);
    for (const auto& entry : table) {
        draw -= entry.weight;
        if (draw <= 0)
            return entry.value;
    }
    return table.back().value;
}

using Code = const char*;

// Address codes of ID numbers (GB/T 2260) with the 籍贯 written for them: mostly 江北区,
// then the rest of 重庆 and the provinces people come to 重庆 from.
struct Origin
{
    Code code;
    const char16_t* place;
};
const Weighted<Origin> Origins[] = { { { "500105", u"重庆江北" }, 110 }, { { "500103", u"重庆渝中" }, 10 },
    { { "500106", u"重庆沙坪坝" }, 6 }, { { "500107", u"重庆九龙坡" }, 6 }, { { "500108", u"重庆南岸" }, 6 },
    { { "500112", u"重庆渝北" }, 10 }, { { "500101", u"重庆万州" }, 6 }, { { "500102", u"重庆涪陵" }, 4 },
    { { "500113", u"重庆巴南" }, 4 }, { { "500115", u"重庆长寿" }, 6 }, { { "500228", u"重庆梁平" }, 4 },
    { { "500233", u"重庆忠县" }, 4 }, { { "500236", u"重庆奉节" }, 2 }, { { "500240", u"重庆石柱" }, 2 },
    { { "510104", u"四川成都" }, 4 }, { { "511602", u"四川广安" }, 4 }, { { "513701", u"四川巴中" }, 2 },
    { { "520102", u"贵州贵阳" }, 2 }, { { "430102", u"湖南长沙" }, 2 }, { { "420106", u"湖北武汉" }, 2 },
    { { "422801", u"湖北恩施" }, 2 }, { { "410105", u"河南郑州" }, 1 }, { { "370102", u"山东济南" }, 1 },
    { { "440305", u"广东深圳" }, 1 }, { { "110105", u"北京" }, 1 }, { { "610113", u"陕西西安" }, 1 } };

// GB/T 3304: 汉族, then the 土家族 and 苗族 of south-east 重庆.
const Weighted<Code> Ethnicities[]
    = { { "01", 930 }, { "15", 45 }, { "06", 12 }, { "03", 5 }, { "11", 4 }, { "07", 2 }, { "08", 2 } };

// GB/T 4658 education by birth cohort: 小学/初中/高中 for the old, 大专/本科 for the young.
const Weighted<Code> EducationBefore1950[]
    = { { "81", 15 }, { "71", 40 }, { "61", 25 }, { "41", 10 }, { "31", 7 }, { "21", 3 } };
const Weighted<Code> Education1950[]
    = { { "81", 5 }, { "71", 30 }, { "61", 33 }, { "41", 12 }, { "31", 12 }, { "21", 8 } };
const Weighted<Code> Education1965[]
    = { { "71", 12 }, { "61", 22 }, { "41", 12 }, { "44", 4 }, { "31", 25 }, { "21", 22 }, { "14", 3 } };
const Weighted<Code> Education1980[]
    = { { "61", 8 }, { "41", 6 }, { "31", 30 }, { "21", 45 }, { "14", 10 }, { "11", 1 } };
const Weighted<Code> Education1990[] = { { "61", 3 }, { "31", 25 }, { "21", 57 }, { "14", 14 }, { "11", 1 } };

// 工作岗位 codes (CodeTable::jobPost) of members of working age.
const Weighted<Code> UrbanJobs[] = { { "0111", 6 }, { "0112", 2 }, { "0121", 5 }, { "0131", 10 },
    { "0141", 6 }, { "0151", 7 }, { "0161", 4 }, { "0211", 8 }, { "0221", 10 }, { "0231", 2 }, { "0251", 5 },
    { "502", 8 }, { "504", 8 }, { "505", 7 }, { "512", 6 }, { "513", 4 } };
const Weighted<Code> VillageJobs[] = { { "111", 40 }, { "113", 30 }, { "112", 2 }, { "114", 5 }, { "504", 8 },
    { "0253", 8 }, { "502", 3 }, { "513", 4 } };
const Weighted<Code> StudentJobs[] = { { "321", 40 }, { "323", 30 }, { "311", 10 }, { "331", 20 } };
const Weighted<Code> VillageElderJobs[] = { { "111", 50 }, { "114", 25 }, { "42", 25 } };

// 失去联系情形 ①-⑦ (CodeTable::lostContactReason), most often work away or a move.
const Weighted<Code> LostContactReasons[]
    = { { "1", 35 }, { "6", 25 }, { "4", 15 }, { "2", 10 }, { "3", 5 }, { "5", 5 }, { "7", 5 } };

// Birth years by cohort, 1935-2003; villages are older.
const int CohortStarts[] = { 1935, 1945, 1955, 1965, 1975, 1985, 1995, 2004 };
const Weighted<int> UrbanCohorts[]
    = { { 0, 10 }, { 1, 20 }, { 2, 22 }, { 3, 16 }, { 4, 13 }, { 5, 12 }, { 6, 7 } };
const Weighted<int> VillageCohorts[]
    = { { 0, 14 }, { 1, 24 }, { 2, 24 }, { 3, 16 }, { 4, 10 }, { 5, 7 }, { 6, 5 } };
constexpr int LastBirthYear = 2003;

// One building where members of a branch live.
struct Place
{
    RecordId building;
    RecordId orgId;  // the 党小组 covering the building, else the branch
    QString address;  // 观音桥街道建新北路社区金源花园3栋
    bool courtyard = false;
    int households = 0;
};

struct BranchPlan
{
    RecordId branchId;
    RecordId committeeId;
    RecordId streetOrgId;
    RecordId communityNode;
    QString communityName;
    bool village = false;
    QList<Place> places;
    int households = 0;
    int size = 0;
    int protectedCount = ProtectedPerBranch;
    bool withoutCommittee = false;
    QList<Role> roles;
};

struct PendingEvent
{
    QString idNumber;
    MemberEvent::Kind kind;
    QDate on;
    QJsonObject details;
};

// Makes one member's record.
class PersonMaker
{
public:
    PersonMaker(DemoRandom& random, const QDate& today)
        : m_random(random)
        , m_today(today)
    {
    }

    Member make(const BranchPlan& plan, const Place& place, Role role, QList<PendingEvent>& events)
    {
        Member m;
        m.orgId = place.orgId;
        const bool probationary = role == Role::Probationary || role == Role::ProbationOverdue;
        const int year = birthYear(plan.village, role);
        const bool female = m_random.chance(femaleShare(year));
        m.sex = female ? QStringLiteral("2") : QStringLiteral("1");
        m.birthDate = QDate(year, 1, 1).addDays(m_random.between(0, QDate(year, 1, 1).daysInYear() - 1));
        m.name = personName(female, year >= 1980);
        m.ethnicity = QLatin1String(pickWeighted<Code>(m_random, Ethnicities));
        m.education = education(year, plan.village);
        if (m.education == QLatin1String("21"))
            m.degree = m_random.chance(0.85) ? QStringLiteral("4") : QString();
        else if (m.education == QLatin1String("14"))
            m.degree = QStringLiteral("3");
        else if (m.education == QLatin1String("11"))
            m.degree = QStringLiteral("2");

        if (probationary)
            probation(m, role);
        else
            membership(m, role);
        // The ID number last: the dates above may move the birth date.
        const Origin& origin = pickWeighted<Origin>(m_random, Origins);
        m.idNumber = idNumber(QLatin1String(origin.code), m.birthDate, female);
        m.nativePlace = QString::fromUtf16(origin.place);

        const int age = m.age(m_today);
        work(m, plan, age, female);
        if (!m_random.chance(age >= 85 ? 0.3 : 0.05))
            m.mobile = random(names::mobilePrefixes()) + digits(8);
        if (age >= 60 && m_random.chance(0.25))
            m.landline = QStringLiteral("023-6") + digits(7);
        m.address = place.address + houseNumber(place);
        m.residenceNodeId = place.building;

        const bool active = role == Role::Plain || role == Role::OffConversion || probationary;
        const bool working = m.jobPost.startsWith(QLatin1Char('0'));
        if (active && role != Role::Probationary) {
            // 流动党员: away six months or more without transferring (Art. 32), mostly
            // villagers working elsewhere.
            const bool ofWorkingAge = age < 60 && !m.jobPost.startsWith(QLatin1Char('3'))
                && !m.jobPost.startsWith(QLatin1Char('4'));  // not students or retired
            const bool away = m.jobPost == QLatin1String("113") ? m_random.chance(0.85)
                                                                : (ofWorkingAge && m_random.chance(0.05));
            if (away) {
                m.isMobile = true;
                m.mobileDestination = random(names::mobileDestinations());
            }
        }
        if (working && role != Role::Deceased && m_random.chance(plan.village ? 0.15 : 0.35)) {
            m.dualNodeId = plan.communityNode;  // 双报到 where they live
            m.dualRegisteredOn = std::max(m.joinedOn, m_today.addDays(-m_random.between(30, 2200)));
        }
        if (m_random.chance(0.25)) {
            m.skills.append(random(names::skillTags()));
            const QString second = random(names::skillTags());
            if (m_random.chance(0.4) && !m.skills.contains(second))
                m.skills.append(second);
        }
        m.hardship = m_random.chance(age >= 70 || plan.village ? 0.06 : 0.015);
        m.exempt = age >= 80 && m_random.chance(0.4);
        status(m, role, events);
        return m;
    }

private:
    QString random(const QStringList& list) { return m_random.pick(list); }
    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text.append(QLatin1Char(static_cast<char>('0' + m_random.between(0, 9))));
        return text;
    }

    // "2单元1502号" in a building, as many units and floors as its households fill (two or
    // four flats a floor); "12号" in a courtyard.
    QString houseNumber(const Place& place)
    {
        if (place.courtyard)
            return QStringLiteral("%1号").arg(m_random.between(1, std::max(1, place.households)));
        const int units = std::clamp(place.households / 18, 1, 4);
        const int perUnit = std::max(1, place.households / units);
        const int perFloor = perUnit > 40 ? 4 : 2;
        return QStringLiteral("%1单元%2%3号")
            .arg(m_random.between(1, units))
            .arg(m_random.between(1, std::max(1, perUnit / perFloor)))
            .arg(m_random.between(1, perFloor), 2, 10, QLatin1Char('0'));
    }

    int birthYear(bool village, Role role)
    {
        if (role == Role::Deceased)
            return m_random.between(1935, 1948);
        if (role == Role::Probationary || role == Role::ProbationOverdue) {
            // New members are mostly young: the larger of two draws leans to the late years.
            const int first = std::max(1935, m_today.year() - 45);
            return std::max(m_random.between(first, LastBirthYear), m_random.between(first, LastBirthYear));
        }
        const int cohort = village ? pickWeighted<int>(m_random, VillageCohorts)
                                   : pickWeighted<int>(m_random, UrbanCohorts);
        return std::min(LastBirthYear, m_random.between(CohortStarts[cohort], CohortStarts[cohort + 1] - 1));
    }

    // About 70/30 male/female overall; the younger the cohort, the more women.
    static double femaleShare(int year)
    {
        if (year < 1950)
            return 0.18;
        if (year < 1965)
            return 0.24;
        if (year < 1980)
            return 0.32;
        if (year < 1990)
            return 0.40;
        return 0.48;
    }

    // GB 11643: address code, birth date, a sequence whose last digit is odd for men and
    // even for women, then the check character. Never the same number twice.
    QString idNumber(const QString& area, const QDate& birth, bool female)
    {
        for (;;) {
            const int sequence = m_random.between(0, 99) * 10 + 2 * m_random.between(0, 4) + (female ? 0 : 1);
            const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd"))
                + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
            const QString number = first17 + roster::IdNumber::checkCharacter(first17);
            if (!m_usedIds.contains(number)) {
                m_usedIds.insert(number);
                return number;
            }
        }
    }

    QString personName(bool female, bool young)
    {
        const QStringList& common = names::commonPersonSurnames();
        // The smallest of three draws favours the frequent surnames at the front.
        const int last = static_cast<int>(common.size()) - 1;
        const QString surname = m_random.chance(0.025)
            ? random(names::rarePersonSurnames())
            : common[std::min(
                { m_random.between(0, last), m_random.between(0, last), m_random.between(0, last) })];
        const QStringList& characters = names::givenNameCharacters(female, young);
        QString given = random(characters);
        if (m_random.chance(0.75)) {
            QString second = random(characters);
            while (second == given)
                second = random(characters);
            given += second;
        }
        return surname + given;
    }

    QString education(int year, bool village)
    {
        // Villagers went to school like townspeople some fifteen years older.
        if (village && m_random.chance(0.5))
            year -= 15;
        if (year < 1950)
            return QLatin1String(pickWeighted<Code>(m_random, EducationBefore1950));
        if (year < 1965)
            return QLatin1String(pickWeighted<Code>(m_random, Education1950));
        if (year < 1980)
            return QLatin1String(pickWeighted<Code>(m_random, Education1965));
        if (year < 1990)
            return QLatin1String(pickWeighted<Code>(m_random, Education1980));
        return QLatin1String(pickWeighted<Code>(m_random, Education1990));
    }

    // A full member: joined at 18 or later (党章 Art. 1), converted one year later (Art. 7),
    // now and then after an extension of 6-12 months.
    void membership(Member& m, Role role)
    {
        QDate latest = m_today.addMonths(-14);
        // Room after the conversion for what happened since.
        if (role == Role::OffConversion || role == Role::LostContact || role == Role::Suspended)
            latest = m_today.addYears(-3);
        if (m.birthDate.addYears(18) > latest)  // too young to have joined that early
            m.birthDate = latest.addYears(-18).addDays(-m_random.between(0, 2000));
        const QDate earliest = m.birthDate.addYears(18);
        const int draw = m_random.between(0, 99);
        const int ageAtJoining = draw < 30 ? m_random.between(18, 24)
            : draw < 75                    ? m_random.between(25, 35)
            : draw < 95                    ? m_random.between(36, 50)
                                           : m_random.between(51, 60);
        m.joinedOn = m.birthDate.addYears(ageAtJoining).addDays(m_random.between(0, 364));
        if (m.joinedOn > latest)
            m.joinedOn = dayBetween(earliest, latest);
        m.category = QStringLiteral("1");
        if (role == Role::OffConversion) {
            // Deliberate: converted 3-9 months after the probation ended, no extension recorded.
            m.convertedOn = m.joinedOn.addYears(1).addMonths(m_random.between(3, 9));
            return;
        }
        if (role == Role::Plain && m.joinedOn < m_today.addYears(-3) && m_random.chance(0.02))
            m.probationExtensionMonths = m_random.between(6, 12);
        m.convertedOn
            = m.joinedOn.addYears(1).addMonths(m.probationExtensionMonths).addDays(m_random.between(0, 20));
    }

    // A probationary member, within the one-year probation; or, deliberately, past it.
    void probation(Member& m, Role role)
    {
        m.category = QStringLiteral("2");
        if (role == Role::ProbationOverdue) {
            m.joinedOn = m_today.addDays(-m_random.between(395, 480));
        } else if (m_random.chance(0.05)) {
            // 延长预备期: joined 13-16 months ago, the probation extended into the future.
            m.joinedOn = m_today.addDays(-m_random.between(380, 480));
            m.probationExtensionMonths = m_random.between(6, 12);
        } else {
            m.joinedOn = m_today.addDays(-m_random.between(20, 340));
        }
        if (m.joinedOn < m.birthDate.addYears(18))
            m.birthDate = m.joinedOn.addYears(-18).addDays(-m_random.between(0, 3000));
    }

    QDate dayBetween(const QDate& from, const QDate& to)
    {
        return from.addDays(m_random.between(0, static_cast<int>(std::max<qint64>(0, from.daysTo(to)))));
    }

    void work(Member& m, const BranchPlan& plan, int age, bool female)
    {
        if (plan.village && age >= 60)
            m.jobPost = QLatin1String(pickWeighted<Code>(m_random, VillageElderJobs));
        else if (!plan.village && age >= (female ? 55 : 60))  // retirement ages
            m.jobPost = m_random.chance(0.95) ? QStringLiteral("42") : QStringLiteral("505");
        else if (age <= 24 && m_random.chance(0.3))
            m.jobPost = QLatin1String(pickWeighted<Code>(m_random, StudentJobs));
        else
            m.jobPost = QLatin1String(plan.village ? pickWeighted<Code>(m_random, VillageJobs)
                                                   : pickWeighted<Code>(m_random, UrbanJobs));

        const QString& job = m.jobPost;
        if (job.startsWith(QLatin1String("011"))) {
            m.workUnit = random(names::governmentUnits());
            m.workPost = random(
                { QStringLiteral("一级科员"), QStringLiteral("四级主任科员"), QStringLiteral("科长") });
        } else if (job.startsWith(QLatin1String("012")) || job.startsWith(QLatin1String("013"))) {
            m.workUnit = random(names::publicInstitutions());
            m.workPost = random({ QStringLiteral("医生"), QStringLiteral("护士"), QStringLiteral("教师"),
                QStringLiteral("办公室主任") });
        } else if (job.startsWith(QLatin1String("01"))) {
            m.workUnit = random(names::stateEnterprises());
            m.workPost = random({ QStringLiteral("工程师"), QStringLiteral("会计"), QStringLiteral("技术员"),
                QStringLiteral("部门经理") });
        } else if (job.startsWith(QLatin1String("02"))) {
            m.workUnit = random(names::privateEnterprises());
            m.workPost = random({ QStringLiteral("经理"), QStringLiteral("工程师"),
                QStringLiteral("销售主管"), QStringLiteral("出纳") });
        } else if (job == QLatin1String("502")) {
            m.workUnit = plan.communityName
                + (plan.village ? QStringLiteral("村民委员会") : QStringLiteral("居民委员会"));
            m.workPost = plan.village ? QStringLiteral("村干部") : QStringLiteral("社区专职工作者");
        } else if (job.startsWith(QLatin1Char('3'))) {
            m.workUnit = random(names::universities());
            m.workPost = QStringLiteral("学生");
        }
    }

    void status(Member& m, Role role, QList<PendingEvent>& events)
    {
        const QDate converted = m.convertedOn;
        switch (role) {
        case Role::TransferredOut: {
            m.status = roster::MemberStatus::TransferredOut;
            const QDate on = std::max(converted, m_today.addDays(-m_random.between(20, 900)));
            // The 介绍信: valid a month here (at most 3), dues paid to the month of leaving.
            events.append({ m.idNumber, MemberEvent::Kind::TransferOut, on,
                { { QStringLiteral("destination"), random(names::transferDestinations()) },
                    { QStringLiteral("letter_valid_until"), on.addMonths(1).toString(Qt::ISODate) },
                    { QStringLiteral("dues_paid_to"), on.toString(QStringLiteral("yyyy-MM")) } } });
            break;
        }
        case Role::Deceased:
            m.status = roster::MemberStatus::Deceased;
            events.append({ m.idNumber, MemberEvent::Kind::Deceased,
                std::max(converted, m_today.addDays(-m_random.between(10, 700))), {} });
            break;
        case Role::LostContact: {
            // 失去联系日期 is a month: the first of a month since the conversion.
            const QDate lost = dayBetween(std::max(converted, m_today.addYears(-3)), m_today.addMonths(-2));
            m.lostContactOn = QDate(lost.year(), lost.month(), 1);
            m.lostContactReason = QLatin1String(pickWeighted<Code>(m_random, LostContactReasons));
            break;
        }
        case Role::Suspended: {
            // 停止党籍 after six months or more without contact (党员教育管理条例 Art. 24).
            const QDate lost
                = dayBetween(std::max(converted.addMonths(1), m_today.addMonths(-30)), m_today.addMonths(-8));
            m.lostContactOn = QDate(lost.year(), lost.month(), 1);
            m.lostContactReason = QLatin1String(pickWeighted<Code>(m_random, LostContactReasons));
            m.standing = QStringLiteral("2");
            events.append({ m.idNumber, MemberEvent::Kind::Suspended,
                std::min(m_today, m.lostContactOn.addMonths(m_random.between(6, 7))),
                { { QStringLiteral("reason"),
                    QStringLiteral("失去联系超过六个月，经多方查找仍无法取得联系") } } });
            break;
        }
        default:
            break;
        }
    }

    DemoRandom& m_random;
    QDate m_today;
    QSet<QString> m_usedIds;
};

// The branches and where their members live, read back from what DemoOrganisations wrote.
QList<BranchPlan> planBranches(const QList<PartyOrg>& orgs, HierarchyStore& nodes)
{
    QHash<RecordId, RecordId> parentOf;
    QHash<RecordId, RecordId> groupOfBuilding;
    for (const PartyOrg& org : orgs) {
        parentOf.insert(org.id, org.parentId);
        if (org.kind == OrgKind::Group)
            for (const RecordId& node : org.nodeIds)
                groupOfBuilding.insert(node, org.id);
    }
    QHash<RecordId, HierarchyNode> cache;
    const auto nodeOf = [&](const RecordId& id) {
        auto found = cache.constFind(id);
        if (found == cache.cend())
            found = cache.insert(id, nodes.node(id).value_or(HierarchyNode {}));
        return *found;
    };
    QList<BranchPlan> plans;
    for (const PartyOrg& org : orgs) {
        if (!organisation::isBranch(org.kind))
            continue;
        BranchPlan plan;
        plan.branchId = org.id;
        plan.committeeId = org.parentId;
        plan.streetOrgId = parentOf.value(org.parentId);
        for (const RecordId& nodeId : org.nodeIds) {
            const HierarchyNode grid = nodeOf(nodeId);
            if (grid.level != NodeLevel::Grid)
                continue;
            const HierarchyNode community = nodeOf(grid.parentId);
            const HierarchyNode street = nodeOf(community.parentId);
            plan.communityNode = community.id;
            plan.communityName = community.name;
            plan.village = community.kind == NodeKind::Village;
            for (const HierarchyNode& building : nodes.children(grid.id)) {
                const int households = building.households.value_or(0);
                if (households <= 0)
                    continue;  // the buildings of a 专属网格 have no residents
                plan.places.append({ building.id, groupOfBuilding.value(building.id, org.id),
                    street.name + community.name + building.name, building.kind == NodeKind::Courtyard,
                    households });
                plan.households += households;
            }
        }
        if (!plan.places.isEmpty())
            plans.append(plan);
    }
    return plans;
}

template<class T>
void shuffle(QList<T>& list, DemoRandom& random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)  // Fisher-Yates
        list.swapItemsAt(i, random.between(0, static_cast<int>(i)));
}

// Sizes follow the households covered; then the deliberate branches get their sizes.
void sizeBranches(QList<BranchPlan>& plans, DemoRandom& random, double perHundred)
{
    for (BranchPlan& plan : plans) {
        const double spread = 0.7 + 0.6 * random.between(0, 1000) / 1000.0;
        const double expected = plan.households * perHundred / 100.0 * spread;
        plan.size = std::clamp(static_cast<int>(std::lround(expected)), MinBranchSize, MaxBranchSize);
    }
    const int deliberate = DemoMembers::TooSmallBranches + DemoMembers::OversizedBranches
        + DemoMembers::BranchesWithoutCommittee;
    if (plans.size() < deliberate)
        return;
    QList<int> order;
    for (int i = 0; i < plans.size(); ++i)
        order.append(i);
    shuffle(order, random);
    int next = 0;
    for (int i = 0; i < DemoMembers::TooSmallBranches; ++i) {
        BranchPlan& plan = plans[order[next++]];
        plan.size = plan.protectedCount = TooSmallSize;
    }
    for (int i = 0; i < DemoMembers::OversizedBranches; ++i) {
        BranchPlan& plan = plans[order[next++]];
        plan.size = plan.protectedCount = OversizedSize;
    }
    for (int i = 0; i < DemoMembers::BranchesWithoutCommittee; ++i) {
        BranchPlan& plan = plans[order[next++]];
        plan.size = random.between(12, 18);
        plan.protectedCount = organisation::BranchSize::CommitteeFullMembers + 1;
        plan.withoutCommittee = true;
    }
}

// Gives each role to an exact number of members, drawn from the unprotected places.
void assignRoles(QList<BranchPlan>& plans, DemoRandom& random)
{
    struct Slot
    {
        int plan;
        int position;
    };
    QList<Slot> openings;
    int total = 0;
    for (int p = 0; p < plans.size(); ++p) {
        BranchPlan& plan = plans[p];
        plan.roles = QList<Role>(plan.size, Role::Plain);
        total += plan.size;
        for (int position = plan.protectedCount; position < plan.size; ++position)
            openings.append({ p, position });
    }
    const auto share = [&](double rate, int minimum) {
        return std::max(minimum, static_cast<int>(std::lround(rate * total)));
    };
    const std::pair<Role, int> wanted[] = {
        { Role::ProbationOverdue, DemoMembers::OverdueProbations },
        { Role::Probationary, share(DemoMembers::ProbationaryShare, 1) - DemoMembers::OverdueProbations },
        { Role::OffConversion, DemoMembers::OffConversionDates },
        { Role::TransferredOut, share(0.015, 2) },
        { Role::Deceased, share(0.005, 1) },
        { Role::LostContact, share(0.006, 2) },
        { Role::Suspended, share(0.002, 1) },
    };
    int k = 0;
    for (const auto& [role, count] : wanted) {
        for (int i = 0; i < count && k < openings.size(); ++i, ++k) {
            openings.swapItemsAt(k, random.between(k, static_cast<int>(openings.size()) - 1));
            plans[openings[k].plan].roles[openings[k].position] = role;
        }
    }
}

const Place& pickPlace(const BranchPlan& plan, DemoRandom& random)
{
    int draw = random.between(1, plan.households);
    for (const Place& place : plan.places) {
        draw -= place.households;
        if (draw <= 0)
            return place;
    }
    return plan.places.constLast();
}

// Who leads an organisation: a secretary and a contact (组织委员), two members drawn evenly
// (reservoir sampling) from its active members in contact, preferring those of working age
// who are not away.
struct Leadership
{
    QString suitable[2];
    QString any[2];
    int suitableSeen = 0;
    int anySeen = 0;

    static void offer(QString (&chosen)[2], int& seen, const QString& idNumber, DemoRandom& random)
    {
        ++seen;
        const int slot = seen <= 2 ? seen - 1 : random.between(0, seen - 1);
        if (slot < 2)
            chosen[slot] = idNumber;
    }
    void offer(const QString& idNumber, bool isSuitable, DemoRandom& random)
    {
        offer(any, anySeen, idNumber, random);
        if (isSuitable)
            offer(suitable, suitableSeen, idNumber, random);
    }
    QString secretary() const { return suitable[0].isEmpty() ? any[0] : suitable[0]; }
    QString contact() const
    {
        for (const QString& candidate : { suitable[1], any[0], any[1] })
            if (!candidate.isEmpty() && candidate != secretary())
                return candidate;
        return {};
    }
};

}  // namespace

QString DemoMembers::description() const
{
    return tr("party members");
}

Status DemoMembers::build(DemoContext& context)
{
    DemoRandom random = context.random.fork(4);
    DemoRandom leaders = context.random.fork(5);
    const QDate today = QDate::currentDate();
    organisation::OrgStore orgStore(context.db);
    HierarchyStore nodes(context.db);
    // OrgStore::all() leaves nodeIds empty; read the anchors in one go (an update without
    // them would drop them).
    QList<PartyOrg> orgs = orgStore.all();
    QHash<RecordId, QList<RecordId>> anchors;
    auto st = context.db.prepare("SELECT a.org_id, a.node_id FROM party_org_node a "
                                 "JOIN hierarchy_node n ON n.id = a.node_id ORDER BY n.code");
    while (st.step())
        anchors[st.id(0)].append(st.id(1));
    for (PartyOrg& org : orgs)
        org.nodeIds = anchors.value(org.id);
    QList<BranchPlan> plans = planBranches(orgs, nodes);
    sizeBranches(plans, random, MembersPerHundredHouseholds);
    assignRoles(plans, random);

    // Inside DemoBuilder's transaction: the importer's write without a transaction per row.
    roster::MemberStore store(context.db);
    roster::MemberEditor memberEditor(context.db);
    const QString source = QStringLiteral("demo");
    PersonMaker maker(random, today);
    QList<PendingEvent> events;
    QHash<RecordId, Leadership> leadership;
    QHash<RecordId, int> fullMembers;
    QSet<RecordId> withoutCommittee;
    for (const BranchPlan& plan : plans) {
        if (plan.withoutCommittee)
            withoutCommittee.insert(plan.branchId);
        for (Role role : plan.roles) {
            const Member m = maker.make(plan, pickPlace(plan, random), role, events);
            if (memberEditor.upsertByIdNumber(m, source) != roster::WriteOutcome::Inserted)
                return Error::plain(tr("the demo made the ID number of %1 twice").arg(m.name));
            if (countsAsFull(role))
                ++fullMembers[plan.branchId];
            if (role != Role::Plain)
                continue;
            const int age = m.age(today);
            const bool suitable = age >= 28 && age <= 68 && !m.isMobile;
            QList<RecordId> scopes { plan.branchId, plan.committeeId, plan.streetOrgId };
            if (m.orgId != plan.branchId)
                scopes.prepend(m.orgId);
            for (const RecordId& scope : scopes)
                leadership[scope].offer(m.idNumber, suitable, leaders);
        }
    }

    const auto idOf = [&](const QString& idNumber) {
        const auto member = store.findByIdNumber(idNumber);
        return member ? member->id : RecordId();
    };
    for (const PendingEvent& event : events)
        roster::MemberEvents::record(context.db, idOf(event.idNumber), event.kind, event.on, event.details);

    // Secretaries, contacts and 支部委员会 (7 or more full members, 支部工作条例 Art. 4).
    organisation::OrgEditor editor(context.db);
    for (PartyOrg org : orgs) {
        const Leadership chosen = leadership.value(org.id);
        const QString secretary = chosen.secretary();
        if (secretary.isEmpty())
            continue;
        org.secretaryId = idOf(secretary);
        if (organisation::isBranch(org.kind))
            org.hasCommittee = fullMembers.value(org.id) >= organisation::BranchSize::CommitteeFullMembers
                && !withoutCommittee.contains(org.id);
        if (org.hasCommittee && !chosen.contact().isEmpty())
            org.contactId = idOf(chosen.contact());
        if (auto updated = editor.update(org); !updated)
            return Error::plain(tr("%1: %2").arg(org.name, updated.error().message));
    }
    return Status::success();
}

}  // namespace redgrid::demo
