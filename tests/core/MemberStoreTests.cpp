// Party members: the rules of a record (MemberValidator), the store (MemberStore), the life
// events (MemberEvents) and the roster query (RosterCursor), on a real database file.
#include "common/Utf16.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/Masking.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "roster/MemberValidator.h"
#include "roster/RosterQuery.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::roster;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// The first odd (male) sequence number whose check character is X.
int sequenceEndingInX(const QDate& birth)
{
    for (int sequence = 101; sequence < 999; sequence += 2)
        if (idFor(birth, sequence).endsWith(QLatin1Char('X')))
            return sequence;
    FAIL("no sequence gives X");
    return 0;
}

// 张三, a full member since 2011, valid on 2025-06-01.
Member zhangSan(const RecordId& org = RecordId::generate())
{
    Member m;
    m.orgId = org;
    m.name = s(u"张三");
    m.birthDate = QDate(1985, 3, 12);
    m.idNumber = idFor(m.birthDate, 123);
    m.sex = QStringLiteral("1");
    m.ethnicity = QStringLiteral("01");
    m.education = QStringLiteral("21");
    m.jobPost = QStringLiteral("0111");
    m.joinedOn = QDate(2010, 7, 1);
    m.convertedOn = QDate(2011, 7, 1);
    m.mobile = QStringLiteral("13812345678");
    m.landline = QStringLiteral("023-67891234");
    m.address = s(u"重庆市江北区观音桥街道花园新村1栋2单元301");
    return m;
}

const QDate Today(2025, 6, 1);

std::vector<MemberField> errorFields(const Member& m)
{
    std::vector<MemberField> fields;
    for (const FieldProblem& problem : MemberValidator::check(m, Today))
        if (!problem.warning)
            fields.push_back(problem.field);
    return fields;
}
std::vector<MemberField> warningFields(const Member& m)
{
    std::vector<MemberField> fields;
    for (const FieldProblem& problem : MemberValidator::check(m, Today))
        if (problem.warning)
            fields.push_back(problem.field);
    return fields;
}
using Fields = std::vector<MemberField>;

// Whatever a delete would be called, a store offering it satisfies this.
template<class Store>
concept CanDelete = requires(Store& store, const RecordId& id)
{
    store.remove(id);
}
|| requires(Store& store, const RecordId& id)
{
    store.erase(id);
}
|| requires(Store& store, const RecordId& id)
{
    store.deleteMember(id);
}
|| requires(Store& store, const RecordId& id)
{
    store.removeMember(id);
};

// The last event of a kind (history is in order of occurrence; 'created' is dated the day
// the record was entered, after the back-dated events of these tests).
MemberEvent eventOf(const QList<MemberEvent>& history, MemberEvent::Kind kind)
{
    for (qsizetype i = history.size() - 1; i >= 0; --i)
        if (history.at(i).kind == kind)
            return history.at(i);
    FAIL("no such event");
    return {};
}

// A database with 中共花园新村社区委员会 and two branches, the first with a group.
struct Roster
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("m.redgrid")));
    organisation::PartyOrg committee, branch1, group, branch2;
    RecordId community;

    Roster()
    {
        hierarchy::HierarchyEditor nodes(*db);
        const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
            { hierarchy::NodeKind::Street, s(u"观音桥街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        const auto added = nodes.add(
            street->id, { hierarchy::NodeKind::Community, s(u"花园新村社区"), {}, 0, std::nullopt, {} });
        REQUIRE(added.ok());
        community = added->id;
        committee = org(organisation::OrgKind::Committee, s(u"中共花园新村社区委员会"), {});
        branch1 = org(organisation::OrgKind::Branch, s(u"中共花园新村社区第一支部委员会"), committee.id);
        group = org(organisation::OrgKind::Group, s(u"第一支部第一党小组"), branch1.id);
        branch2 = org(organisation::OrgKind::Branch, s(u"中共花园新村社区第二支部委员会"), committee.id);
    }
    organisation::PartyOrg org(organisation::OrgKind kind, const QString& name, const RecordId& parent)
    {
        organisation::PartyOrg o;
        o.kind = kind;
        o.name = name;
        o.parentId = parent;
        auto added = organisation::OrgEditor(*db).add(o);
        REQUIRE(added.ok());
        return *added;
    }
    Member add(const Member& m)
    {
        auto added = MemberEditor(*db).add(m);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return *added;
    }
    qint64 events(const char* kind)
    {
        return db->scalar("SELECT count(*) FROM member_event WHERE kind = ?", QString::fromLatin1(kind));
    }
    QString allEventDetails()
    {
        auto st = db->prepare("SELECT details FROM member_event");
        QString text;
        while (st.step())
            text += st.text(0) + QLatin1Char('\n');
        return text;
    }
};

}  // namespace

TEST_CASE("Member rules: a complete record passes; names, organisation and ID number are required",
    "[roster][member]")
{
    const Member valid = zhangSan();
    CHECK(MemberValidator::check(valid, Today).isEmpty());

    Member m = valid;
    m.name = QStringLiteral("  ");
    m.orgId = {};
    CHECK(errorFields(m) == Fields { MemberField::Name, MemberField::Org });
    CHECK(MemberValidator::hasErrors(MemberValidator::check(m, Today)));

    m = valid;
    m.idNumber.clear();
    CHECK(errorFields(m) == Fields { MemberField::IdNumber });

    // A wrong check character (GB 11643-1999).
    m = valid;
    m.idNumber.chop(1);
    m.idNumber += valid.idNumber.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(errorFields(m) == Fields { MemberField::IdNumber });

    // A 15-digit first-generation number is refused too.
    m = valid;
    m.idNumber = QStringLiteral("500105850312123");
    CHECK(errorFields(m) == Fields { MemberField::IdNumber });
}

TEST_CASE("Member rules: the ID number, birth date and sex agree", "[roster][member]")
{
    Member m = zhangSan();
    m.birthDate = QDate(1985, 3, 13);
    CHECK(errorFields(m) == Fields { MemberField::BirthDate });

    m = zhangSan();
    m.sex = QStringLiteral("2");  // the 17th digit (3) is odd: male
    CHECK(errorFields(m) == Fields { MemberField::Sex });

    m = zhangSan();
    m.sex = QStringLiteral("7");
    CHECK(errorFields(m) == Fields { MemberField::Sex });
}

TEST_CASE(
    "Member rules: joining at 18 or later, not in the future; conversion after a year", "[roster][member]")
{
    // 18th birthday 2003-03-12 (党章 Art. 1).
    Member m = zhangSan();
    m.joinedOn = QDate(2003, 3, 11);
    m.convertedOn = QDate(2004, 3, 11);
    CHECK(errorFields(m) == Fields { MemberField::JoinedOn });
    m.joinedOn = QDate(2003, 3, 12);
    m.convertedOn = QDate(2004, 3, 12);
    CHECK(errorFields(m).empty());

    // Joining in the future (a probationary member has no conversion date).
    m = zhangSan();
    m.category = QStringLiteral("2");
    m.convertedOn = {};
    m.joinedOn = Today.addDays(1);
    CHECK(errorFields(m) == Fields { MemberField::JoinedOn });
    m.joinedOn = QDate(2024, 9, 1);
    CHECK(MemberValidator::check(m, Today).isEmpty());

    // A probationary member with a conversion date.
    m.convertedOn = QDate(2025, 5, 1);
    CHECK(errorFields(m) == Fields { MemberField::ConvertedOn });

    // Conversion less than one year after joining (党章 Art. 7).
    m = zhangSan();
    m.convertedOn = QDate(2011, 6, 30);
    CHECK(errorFields(m) == Fields { MemberField::ConvertedOn });
    // A full member without a conversion date.
    m.convertedOn = {};
    CHECK(errorFields(m) == Fields { MemberField::ConvertedOn });
    // Conversion in the future.
    m = zhangSan();
    m.joinedOn = QDate(2024, 9, 1);
    m.convertedOn = QDate(2025, 9, 1);
    CHECK(errorFields(m) == Fields { MemberField::ConvertedOn });

    // Two years of probation without an extension: a warning, not an error.
    m = zhangSan();
    m.convertedOn = QDate(2012, 7, 1);
    CHECK(errorFields(m).empty());
    CHECK(warningFields(m) == Fields { MemberField::ConvertedOn });

    // A probation that has run out: a warning to act on.
    m = zhangSan();
    m.category = QStringLiteral("2");
    m.convertedOn = {};
    m.joinedOn = QDate(2024, 1, 1);
    CHECK(errorFields(m).empty());
    CHECK(warningFields(m) == Fields { MemberField::ConvertedOn });
}

TEST_CASE("Member rules: a probation extension is 6 to 12 months", "[roster][member]")
{
    Member m = zhangSan();
    for (int months : { 6, 9, 12 }) {
        INFO(months);
        m.probationExtensionMonths = months;
        m.convertedOn = m.joinedOn.addYears(1).addMonths(months);
        CHECK(MemberValidator::check(m, Today).isEmpty());
    }
    for (int months : { 3, 5, 13 }) {
        INFO(months);
        m.probationExtensionMonths = months;
        m.convertedOn = m.joinedOn.addYears(1).addMonths(months);
        const auto problems = MemberValidator::check(m, Today);
        REQUIRE(errorFields(m) == Fields { MemberField::ProbationExtension });
        CHECK(MemberValidator::describe(problems, true).contains(QString::number(months)));
    }
}

TEST_CASE("Member rules: mobile and landline numbers", "[roster][member]")
{
    Member m = zhangSan();
    for (const QString& good : { QStringLiteral("13812345678"), QStringLiteral("+86 138-1234-5678"),
             QStringLiteral("19912345678") }) {
        m.mobile = good;
        CHECK(errorFields(m).empty());
    }
    for (const QString& bad : { QStringLiteral("1381234567"), QStringLiteral("12812345678"),
             QStringLiteral("110"), QStringLiteral("13812345678/13912345678") }) {
        INFO(str(bad));
        m.mobile = bad;
        CHECK(errorFields(m) == Fields { MemberField::Mobile });
    }
    m = zhangSan();
    for (const QString& good : { QStringLiteral("023-67891234"), QStringLiteral("(023)6789 1234"),
             QStringLiteral("0755-86001234"), QStringLiteral("0833-2123456") }) {
        m.landline = good;
        CHECK(errorFields(m).empty());
    }
    for (const QString& bad :
        { QStringLiteral("67891234"), QStringLiteral("023-01234567"), QStringLiteral("95588") }) {
        INFO(str(bad));
        m.landline = bad;
        CHECK(errorFields(m) == Fields { MemberField::Landline });
    }
}

TEST_CASE("Members: added once per ID number, read masked unless asked", "[roster][member]")
{
    Roster r;
    MemberStore store(*r.db);
    MemberEditor editor(*r.db);
    const Member full = zhangSan(r.branch1.id);
    const Member added = r.add(full);

    // Masked by default: first 6 + last 4 of the ID, 138****5678.
    const QString maskedId = full.idNumber.left(6) + QStringLiteral("********") + full.idNumber.right(4);
    CHECK(str(added.idNumber) == str(maskedId));
    CHECK(str(added.mobile) == "138****5678");
    CHECK(str(added.landline) == "023-****1234");
    CHECK(str(store.member(added.id)->idNumber) == str(maskedId));

    const auto unmasked = store.member(added.id, Exposure::Unmasked);
    REQUIRE(unmasked);
    CHECK(str(unmasked->idNumber) == str(full.idNumber));
    CHECK(str(unmasked->mobile) == "13812345678");
    CHECK(str(unmasked->landline) == "023-67891234");
    CHECK(unmasked->name == full.name);
    CHECK(unmasked->birthDate == full.birthDate);
    CHECK(unmasked->joinedOn == full.joinedOn);
    CHECK(unmasked->convertedOn == full.convertedOn);
    CHECK(unmasked->address == full.address);
    CHECK(unmasked->status == MemberStatus::Active);

    CHECK(store.findByIdNumber(full.idNumber)->id == added.id);
    CHECK(str(store.findByIdNumber(full.idNumber)->idNumber) == str(maskedId));
    CHECK(str(store.findByIdNumber(full.idNumber, Exposure::Unmasked)->idNumber) == str(full.idNumber));
    CHECK_FALSE(store.findByIdNumber(idFor(QDate(1985, 3, 12), 125)).has_value());

    const qint64 rowId = r.db->scalar("SELECT rowid FROM member WHERE id = ?", added.id);
    const auto rows = store.rows({ rowId, 99999 });
    REQUIRE(rows.size() == 1);
    CHECK(str(rows.front().member.idNumber) == str(maskedId));
    CHECK(rows.front().orgName == r.branch1.name);
    CHECK(rows.front().orgCode == r.branch1.code);
    CHECK(str(store.rows({ rowId }, Exposure::Unmasked).front().member.mobile) == "13812345678");

    // The same ID again (in lower case x or not), a masked ID and no ID are refused.
    Member again = zhangSan(r.branch2.id);
    again.name = s(u"张叁");
    CHECK_FALSE(editor.add(again).ok());
    again.idNumber = maskedId;
    CHECK_FALSE(editor.add(again).ok());
    again.idNumber.clear();
    CHECK_FALSE(editor.add(again).ok());
    CHECK(store.count() == 1);
    CHECK(r.events("created") == 1);

    const QDate birth(1990, 10, 1);
    Member withX = zhangSan(r.branch1.id);
    withX.name = s(u"李四");
    withX.birthDate = birth;
    withX.idNumber = idFor(birth, sequenceEndingInX(birth)).toLower();
    const Member x = r.add(withX);
    CHECK(x.idNumber.endsWith(QLatin1Char('X')));
    CHECK(store.findByIdNumber(withX.idNumber.toUpper())->id == x.id);
    CHECK(store.findByIdNumber(withX.idNumber)->id == x.id);
}

TEST_CASE("Members: a change is recorded with the fields' names, never the full numbers", "[roster][member]")
{
    Roster r;
    MemberStore store(*r.db);
    MemberEditor editor(*r.db);
    const Member added = r.add(zhangSan(r.branch1.id));

    // What the form sends back: the masked read, edited. Masked numbers mean "unchanged".
    Member edit = *store.member(added.id);
    CHECK(editor.update(edit).value() == WriteOutcome::Unchanged);
    CHECK(r.events("changed") == 0);

    edit.address = s(u"重庆市江北区观音桥街道花园新村3栋1单元502");
    edit.mobile = QStringLiteral("13987654321");
    REQUIRE(editor.update(edit, QStringLiteral("form")).value() == WriteOutcome::Updated);
    const auto history = MemberEvents(*r.db).history(added.id);
    REQUIRE(history.size() == 2);
    const MemberEvent changed = eventOf(history, MemberEvent::Kind::Changed);
    CHECK(changed.occurredOn == QDate::currentDate());
    const QJsonObject fields = changed.details.value(QStringLiteral("fields")).toObject();
    CHECK(fields.keys() == QStringList { QStringLiteral("address"), QStringLiteral("mobile") });
    // The address is sealed in the member's row; its history keeps only the masked form.
    CHECK(fields.value(QStringLiteral("address")).toObject().value(QStringLiteral("masked")).toString()
        == maskAddress(edit.address));
    CHECK_FALSE(fields.value(QStringLiteral("address")).toObject().contains(QStringLiteral("to")));
    CHECK(str(changed.details.value(QStringLiteral("source")).toString()) == "form");
    CHECK(str(store.member(added.id, Exposure::Unmasked)->mobile) == "13987654321");
    // The ID number is unchanged by the masked value the form sent.
    CHECK(str(store.member(added.id, Exposure::Unmasked)->idNumber) == str(zhangSan().idNumber));

    // A corrected ID number: named, masked, in the history.
    const QString newId = idFor(QDate(1985, 3, 12), 135);
    edit = *store.member(added.id, Exposure::Unmasked);
    edit.idNumber = newId;
    REQUIRE(editor.update(edit).value() == WriteOutcome::Updated);
    CHECK(store.findByIdNumber(newId)->id == added.id);

    const QString details = r.allEventDetails();
    INFO(str(details));
    CHECK(details.contains(QStringLiteral("id_number")));
    for (const QString& secret : { zhangSan().idNumber, newId, QStringLiteral("13812345678"),
             QStringLiteral("13987654321"), QStringLiteral("67891234") })
        CHECK_FALSE(details.contains(secret));

    // Another member's ID number is refused.
    Member other = zhangSan(r.branch1.id);
    other.name = s(u"王五");
    other.idNumber = idFor(QDate(1985, 3, 12), 147);
    const Member wang = r.add(other);
    Member clash = *store.member(wang.id, Exposure::Unmasked);
    clash.idNumber = newId;
    CHECK_FALSE(editor.update(clash).ok());
    CHECK(store.findByIdNumber(newId)->id == added.id);
}

TEST_CASE("Members: life events change status and standing and stay in the history", "[roster][member]")
{
    Roster r;
    MemberStore store(*r.db);
    MemberEvents events(*r.db);
    const Member m = r.add(zhangSan(r.branch1.id));
    const QDate on(2025, 3, 3);

    // Transfer out: the letter is valid for at most 3 months (介绍信).
    const QString destination = s(u"中共重庆市渝北区龙溪街道金山社区委员会");
    CHECK_FALSE(events.transferOut(m.id, on, destination, on.addMonths(3).addDays(1), {}).ok());
    CHECK_FALSE(events.transferOut(m.id, on, destination, on.addDays(-1), {}).ok());
    CHECK_FALSE(events.transferOut(m.id, on, QStringLiteral(" "), on.addMonths(1), {}).ok());
    CHECK_FALSE(events.transferOut(m.id, QDate::currentDate().addDays(1), destination, {}, {}).ok());
    CHECK(store.member(m.id)->status == MemberStatus::Active);
    REQUIRE(events.transferOut(m.id, on, destination, on.addMonths(3), QDate(2025, 3, 1)).ok());
    CHECK(store.member(m.id)->status == MemberStatus::TransferredOut);
    CHECK(store.count(MemberStatus::Active) == 0);
    CHECK(store.count(std::nullopt) == 1);

    // Transfer back in, to the second branch.
    REQUIRE(events.transferIn(m.id, on.addDays(10), r.branch2.id, destination).ok());
    CHECK(store.member(m.id)->status == MemberStatus::Active);
    CHECK(store.member(m.id)->orgId == r.branch2.id);
    CHECK_FALSE(events.transferIn(m.id, on.addDays(10), RecordId::generate(), destination).ok());

    // Suspension (停止党籍) and restoration.
    CHECK_FALSE(events.restore(m.id, on.addDays(20)).ok());
    REQUIRE(events.suspend(m.id, on.addDays(20), s(u"失去联系超过6个月")).ok());
    CHECK(str(store.member(m.id)->standing) == "2");
    CHECK(store.member(m.id)->status == MemberStatus::Active);
    REQUIRE(events.restore(m.id, on.addDays(30)).ok());
    CHECK(str(store.member(m.id)->standing) == "1");

    const auto history = events.history(m.id);
    std::vector<MemberEvent::Kind> kinds;
    for (const MemberEvent& event : history)
        kinds.push_back(event.kind);
    using K = MemberEvent::Kind;
    CHECK(kinds == std::vector<K> { K::TransferOut, K::TransferIn, K::Suspended, K::Restored, K::Created });
    const MemberEvent out = eventOf(history, K::TransferOut);
    CHECK(out.details.value(QStringLiteral("destination")).toString() == destination);
    CHECK(str(out.details.value(QStringLiteral("letter_valid_until")).toString()) == "2025-06-03");
    CHECK(str(out.details.value(QStringLiteral("dues_paid_to")).toString()) == "2025-03");
    CHECK(out.occurredOn == on);

    // 出党 needs one of its categories.
    CHECK_FALSE(events.depart(m.id, on.addDays(40), s(u"离开")).ok());
    REQUIRE(events.depart(m.id, on.addDays(40), s(u"自行脱党除名")).ok());
    CHECK(store.member(m.id)->status == MemberStatus::Departed);
    CHECK(str(eventOf(events.history(m.id), K::Departed).details.value(QStringLiteral("category")).toString())
        == "5");
    CHECK(store.count(MemberStatus::Active) == 0);
    CHECK(store.count(MemberStatus::Departed) == 1);

    // Death.
    Member other = zhangSan(r.branch1.id);
    other.name = s(u"王五");
    other.idNumber = idFor(QDate(1985, 3, 12), 147);
    const Member wang = r.add(other);
    CHECK(store.count(MemberStatus::Active) == 1);
    REQUIRE(events.death(wang.id, on).ok());
    CHECK(store.member(wang.id)->status == MemberStatus::Deceased);
    CHECK(eventOf(events.history(wang.id), K::Deceased).occurredOn == on);
    CHECK(store.count(MemberStatus::Active) == 0);
    CHECK_FALSE(events.death(RecordId::generate(), on).ok());
}

TEST_CASE("Members: a former member's record is not changed by further life events", "[roster][member]")
{
    Roster r;
    MemberStore store(*r.db);
    MemberEvents events(*r.db);
    const Member m = r.add(zhangSan(r.branch1.id));
    const QDate died(2025, 1, 2);
    REQUIRE(events.death(m.id, died).ok());
    const qint64 recorded = r.db->scalar("SELECT count(*) FROM member_event WHERE member_id = ?", m.id);

    // A deceased member is not transferred, suspended, expelled or buried twice.
    CHECK_FALSE(events.transferOut(m.id, QDate(2025, 2, 1), s(u"中共重庆市渝北区某支部委员会"), {}, {}).ok());
    CHECK_FALSE(events.depart(m.id, QDate(2025, 2, 1), s(u"开除党籍")).ok());
    CHECK_FALSE(events.suspend(m.id, QDate(2025, 2, 1), s(u"失联")).ok());
    CHECK_FALSE(events.death(m.id, QDate(2025, 2, 1)).ok());
    CHECK_FALSE(events.transferIn(m.id, QDate(2025, 2, 1), r.branch2.id, s(u"某支部")).ok());
    CHECK(store.member(m.id)->status == MemberStatus::Deceased);
    CHECK(store.member(m.id)->orgId == r.branch1.id);
    CHECK(r.db->scalar("SELECT count(*) FROM member_event WHERE member_id = ?", m.id) == recorded);
}

TEST_CASE(
    "Members: a member with history is never deleted, only leaves the active roster", "[roster][member]")
{
    // Neither the store nor the editor offers a way to delete a member at all.
    STATIC_REQUIRE_FALSE(CanDelete<MemberStore>);
    STATIC_REQUIRE_FALSE(CanDelete<MemberEditor>);

    Roster r;
    MemberStore store(*r.db);
    MemberEditor editor(*r.db);
    const Member m = r.add(zhangSan(r.branch1.id));
    REQUIRE(MemberEvents(*r.db).death(m.id, QDate(2025, 1, 2)).ok());
    CHECK(store.count() == 0);
    CHECK(store.count(std::nullopt) == 1);
    CHECK(store.member(m.id).has_value());
    CHECK(r.db->scalar("SELECT count(*) FROM member_event WHERE member_id = ?", m.id) == 2);
    // A former member's ID number still cannot be added again.
    CHECK_FALSE(editor.add(zhangSan(r.branch1.id)).ok());
}

TEST_CASE("Members: moving to another organisation records 'moved', all or nothing", "[roster][member]")
{
    Roster r;
    MemberStore store(*r.db);
    MemberEditor editor(*r.db);
    const Member a = r.add(zhangSan(r.branch1.id));
    Member other = zhangSan(r.branch1.id);
    other.name = s(u"王五");
    other.idNumber = idFor(QDate(1985, 3, 12), 147);
    const Member b = r.add(other);

    // One of the ids is unknown: nothing moves and nothing is recorded.
    CHECK_FALSE(editor.moveTo({ a.id, RecordId::generate(), b.id }, r.branch2.id).ok());
    CHECK(store.member(a.id)->orgId == r.branch1.id);
    CHECK(store.member(b.id)->orgId == r.branch1.id);
    CHECK(r.events("moved") == 0);
    CHECK_FALSE(editor.moveTo({ a.id }, RecordId::generate()).ok());

    REQUIRE(editor.moveTo({ a.id, b.id }, r.group.id).ok());
    CHECK(store.member(a.id)->orgId == r.group.id);
    CHECK(store.member(b.id)->orgId == r.group.id);
    CHECK(r.events("moved") == 2);
    const MemberEvent moved = eventOf(MemberEvents(*r.db).history(a.id), MemberEvent::Kind::Moved);
    CHECK(moved.details.value(QStringLiteral("from")).toString() == r.branch1.id.toString());
    CHECK(moved.details.value(QStringLiteral("to")).toString() == r.group.id.toString());

    // Already there: no event.
    REQUIRE(editor.moveTo({ a.id }, r.group.id).ok());
    CHECK(r.events("moved") == 2);
}

// ---- The roster query -------------------------------------------------------------------

namespace {

// Fifteen members of 花园新村社区 with the names the search rules are about.
struct Community : Roster
{
    QHash<QString, Member> byName;  // unmasked, as added
    int nextMobile = 0;

    Community()
    {
        const auto person = [&](const char16_t* name, const RecordId& org, const QDate& birth, int sequence) {
            Member m = zhangSan(org);
            m.name = s(name);
            m.birthDate = birth;
            m.idNumber = idFor(birth, sequence);
            m.sex = sequence % 2 ? QStringLiteral("1") : QStringLiteral("2");
            m.joinedOn = birth.addYears(22);
            m.convertedOn = m.joinedOn.addYears(1);
            m.mobile = QString::number(13900000000LL + 1111 * ++nextMobile);
            m.landline.clear();
            return m;
        };
        QList<Member> people {
            person(u"张三", branch1.id, QDate(1985, 3, 12), 123),
            person(u"张思", group.id, QDate(1984, 6, 2), 131),
            person(u"赵四", branch2.id, QDate(1960, 2, 3), 141),
            person(u"曾勇", branch1.id, QDate(1984, 6, 1), 151),
            person(u"单雄信", branch2.id, QDate(1961, 4, 5), 161),
            person(u"乐嘉", group.id, QDate(2000, 6, 1), 171),
            person(u"覃小红", branch1.id, QDate(2000, 6, 2), 182),
            person(u"翟志刚", branch2.id, QDate(1962, 7, 8), 191),
            person(u"杨洋", branch1.id, QDate(1963, 9, 10), 211),
            person(u"叶青", branch1.id, QDate(1964, 11, 12), 0),
            person(u"蔡明", branch2.id, QDate(1965, 1, 14), 231),
            person(u"蔡华", branch2.id, QDate(1966, 3, 16), 241),
            person(u"邓超", branch1.id, QDate(1967, 5, 18), 251),
            person(u"周杰", branch1.id, QDate(1968, 7, 20), 261),
            person(u"陈晨", branch1.id, QDate(1969, 9, 22), 271),
            person(u"黄河", branch2.id, QDate(1970, 11, 24), 281),
        };
        for (Member& m : people) {
            if (m.name == s(u"张三"))
                m.mobile = QStringLiteral("13812345678");
            if (m.name == s(u"叶青")) {  // an ID number ending in X
                m.idNumber = idFor(m.birthDate, sequenceEndingInX(m.birthDate));
                m.education = QStringLiteral("14");
            }
            if (m.name == s(u"周杰")) {
                m.education = QStringLiteral("11");
                m.landline = QStringLiteral("023-67895678");
            }
            if (m.name == s(u"邓超"))
                m.education = QStringLiteral("31");
            if (m.name == s(u"赵四"))
                m.education = QStringLiteral("61");
            if (m.name == s(u"陈晨")) {
                m.category = QStringLiteral("2");
                m.joinedOn = QDate(2024, 9, 1);
                m.convertedOn = {};
            }
            if (m.name == s(u"单雄信")) {
                m.isMobile = true;
                m.mobileDestination = s(u"广东省深圳市南山区");
            }
            if (m.name == s(u"翟志刚"))
                m.lostContactOn = QDate(2023, 5, 1);
            if (m.name == s(u"杨洋")) {
                m.dualNodeId = community;
                m.dualRegisteredOn = QDate(2024, 1, 1);
            }
            const Member added = add(m);
            m.id = added.id;
            byName.insert(m.name, m);
        }
        REQUIRE(MemberEvents(*db)
                    .transferOut(byName.value(s(u"黄河")).id, QDate(2025, 2, 1),
                        s(u"中共重庆市渝中区某支部委员会"), QDate(2025, 3, 1), {})
                    .ok());
    }

    std::vector<std::string> names(const RosterFilter& filter, RosterOrder order = {})
    {
        RosterCursor cursor(*db, filter, order);
        const qint64 count = cursor.count();
        std::vector<qint64> rowIds;
        while (cursor.fetch(rowIds, 2)) { }
        CHECK(cursor.atEnd());
        CHECK(qint64(rowIds.size()) == count);  // count() agrees with what is fetched
        std::vector<std::string> result;
        for (const RosterRow& row : MemberStore(*db).rows(rowIds))
            result.push_back(str(row.member.name));
        return result;
    }
    std::vector<std::string> search(const QString& text, RosterSortKey key = RosterSortKey::Relevance)
    {
        RosterFilter filter;
        filter.search = text;
        return names(filter, { key, false });
    }
};

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("Roster: pinyin order files surnames by their surname reading, and stroke order", "[roster][query]")
{
    Community c;
    // 单 is shan, 覃 qin, 乐 yue, 曾 zeng and 翟 zhai as surnames: 曾 after every Y surname
    // and before 翟 and 张 (zeng < zhai < zhang).
    const Names pinyin { "蔡华", "蔡明", "陈晨", "邓超", "覃小红", "单雄信", "杨洋", "叶青", "乐嘉", "曾勇",
        "翟志刚", "张三", "张思", "赵四", "周杰" };
    CHECK(c.names({}) == pinyin);
    Names reversed(pinyin.rbegin(), pinyin.rend());
    CHECK(c.names({}, { RosterSortKey::Pinyin, true }) == reversed);

    // 姓氏笔画: 乐 5 < 张 7 < 周 8 < 赵 9 < 曾 12 < 翟 14 strokes.
    const Names stroke = c.names({}, { RosterSortKey::Stroke, false });
    REQUIRE(stroke.size() == pinyin.size());
    const auto at
        = [&](const char* name) { return std::find(stroke.begin(), stroke.end(), name) - stroke.begin(); };
    INFO(Catch::Detail::stringify(stroke));
    CHECK(at("乐嘉") < at("张三"));
    CHECK(at("张三") < at("周杰"));
    CHECK(at("周杰") < at("赵四"));
    CHECK(at("赵四") < at("曾勇"));
    CHECK(at("曾勇") < at("翟志刚"));
    CHECK(stroke != pinyin);
    // 阝 is 2 strokes in the mainland standard (GB 13000.1 stroke order, as 姓氏笔画 lists
    // use): 邓 has 4 and comes before 乐 and 叶 (5); 陈 has 7, with 张 and 杨, before 周 (8).
    CHECK(at("邓超") < at("乐嘉"));
    CHECK(at("邓超") < at("叶青"));
    CHECK(at("陈晨") < at("周杰"));
    CHECK(at("陈晨") < at("单雄信"));

    // Another column, then pinyin.
    const Names byBirth = c.names({}, { RosterSortKey::BirthDate, false });
    CHECK(byBirth.front() == "赵四");
    CHECK(byBirth.back() == "覃小红");
}

TEST_CASE(
    "Roster: filters by organisation subtree, category, status, age, education and flags", "[roster][query]")
{
    Community c;
    RosterFilter f;
    f.orgId = c.group.id;
    CHECK(c.names(f) == Names { "乐嘉", "张思" });
    f.orgId = c.branch1.id;  // the branch and its group
    CHECK(c.names(f)
        == Names { "陈晨", "邓超", "覃小红", "杨洋", "叶青", "乐嘉", "曾勇", "张三", "张思", "周杰" });
    f.orgId = c.branch2.id;  // 黄河 has been transferred out
    CHECK(c.names(f) == Names { "蔡华", "蔡明", "单雄信", "翟志刚", "赵四" });
    f.status = std::nullopt;
    CHECK(c.names(f) == Names { "蔡华", "蔡明", "黄河", "单雄信", "翟志刚", "赵四" });
    f.status = MemberStatus::TransferredOut;
    CHECK(c.names(f) == Names { "黄河" });
    f.orgId = c.committee.id;
    CHECK(c.names(f) == Names { "黄河" });

    f = {};
    f.category = QStringLiteral("2");
    CHECK(c.names(f) == Names { "陈晨" });

    // Age 25 to 40 on 2025-06-01, both ends included.
    f = {};
    f.today = Today;
    f.minAge = 25;
    f.maxAge = 40;
    CHECK(c.names(f) == Names { "乐嘉", "张三", "张思" });
    f.maxAge = -1;
    CHECK(c.names(f).size() == 14);  // all but 覃小红 (24)
    f.minAge = -1;
    f.maxAge = 24;
    CHECK(c.names(f) == Names { "覃小红" });

    f = {};
    f.educationPrefix = QStringLiteral("1");  // 研究生教育
    CHECK(c.names(f) == Names { "叶青", "周杰" });
    f.educationPrefix = QStringLiteral("11");
    CHECK(c.names(f) == Names { "周杰" });
    f.educationPrefix = QStringLiteral("3");
    CHECK(c.names(f) == Names { "邓超" });

    f = {};
    f.isMobile = true;
    CHECK(c.names(f) == Names { "单雄信" });
    f.isMobile = false;
    CHECK(c.names(f).size() == 14);
    f = {};
    f.lostContact = true;
    CHECK(c.names(f) == Names { "翟志刚" });
    f.lostContact = false;
    CHECK(c.names(f).size() == 14);
    f = {};
    f.dualRegistered = true;
    CHECK(c.names(f) == Names { "杨洋" });

    // Filters combine.
    f = {};
    f.orgId = c.branch1.id;
    f.educationPrefix = QStringLiteral("1");
    CHECK(c.names(f) == Names { "叶青", "周杰" });
}

TEST_CASE("Roster: search by name, full pinyin and initials, both readings of a surname", "[roster][query]")
{
    Community c;
    CHECK(c.search(s(u"张")) == Names { "张三", "张思" });
    CHECK(c.search(s(u"张三")) == Names { "张三" });
    CHECK(c.search(s(u"曾")) == Names { "曾勇" });
    CHECK(c.search(QStringLiteral("zhangs")) == Names { "张三", "张思" });
    CHECK(c.search(QStringLiteral("zhangsan")) == Names { "张三" });
    CHECK(c.search(QStringLiteral("Zhang San")) == Names { "张三" });
    CHECK(c.search(QStringLiteral("zs")) == Names { "张三", "张思", "赵四" });
    CHECK(c.search(QStringLiteral("zy")) == Names { "曾勇" });
    CHECK(c.search(QStringLiteral("zengyong")) == Names { "曾勇" });
    CHECK(c.search(QStringLiteral("cy")).empty());  // 曾 is not ceng in a surname
    CHECK(c.search(QStringLiteral("sxx")) == Names { "单雄信" });
    CHECK(c.search(QStringLiteral("shanx")) == Names { "单雄信" });
    CHECK(c.search(QStringLiteral("dxx")).empty());
    for (const char* typed : { "yuejia", "lejia", "yj", "lj" }) {
        INFO(typed);
        CHECK(c.search(QString::fromLatin1(typed)) == Names { "乐嘉" });
    }
    for (const char* typed : { "qinxiaohong", "tanxiaohong", "qxh", "txh", "tanx" }) {
        INFO(typed);
        CHECK(c.search(QString::fromLatin1(typed)) == Names { "覃小红" });
    }
    for (const char* typed : { "zhaizhigang", "dizhigang", "zzg", "dzg" }) {
        INFO(typed);
        CHECK(c.search(QString::fromLatin1(typed)) == Names { "翟志刚" });
    }
    CHECK(c.search(QStringLiteral("xyz")).empty());
    CHECK(c.search(QStringLiteral("l")) == Names { "乐嘉" });  // by both le readings, listed once
    CHECK(c.search(s(u"黄")).empty());  // transferred out: not on the active roster

    // Relevance: full-pinyin matches (陈晨 chenchen) before initials matches (蔡华 ch);
    // in pinyin order 蔡华 comes first.
    CHECK(c.search(QStringLiteral("ch")) == Names { "陈晨", "蔡华" });
    CHECK(c.search(QStringLiteral("ch"), RosterSortKey::Pinyin) == Names { "蔡华", "陈晨" });
    CHECK(c.search(QStringLiteral("z"), RosterSortKey::Pinyin)
        == Names { "曾勇", "翟志刚", "张三", "张思", "赵四", "周杰" });

    // Search within an organisation.
    RosterFilter f;
    f.orgId = c.branch2.id;
    f.search = QStringLiteral("zs");
    CHECK(c.names(f, { RosterSortKey::Relevance, false }) == Names { "赵四" });
}

TEST_CASE("Roster: the name keys a search matches, as stored for a member", "[roster][query]")
{
    Community c;
    const auto keysOf = [&](const QString& name) {
        RosterFilter filter;
        filter.search = name;
        RosterCursor cursor(*c.db, filter, {});
        std::vector<qint64> rowIds;
        cursor.fetch(rowIds, 2);
        REQUIRE(rowIds.size() == 1);
        const auto keys = MemberStore(*c.db).searchKeys(rowIds.front());
        REQUIRE(keys);
        return std::pair(str(keys->spell), str(keys->initials));
    };
    CHECK(keysOf(s(u"曾勇")) == std::pair<std::string, std::string>("zengyong", "zy"));
    CHECK(keysOf(s(u"单雄信")) == std::pair<std::string, std::string>("shanxiongxin", "sxx"));
    CHECK_FALSE(MemberStore(*c.db).searchKeys(1000000).has_value());
}

TEST_CASE("Roster: search by ID number and phone, in full or by the last 4", "[roster][query]")
{
    Community c;
    const Member zhang = c.byName.value(s(u"张三"));
    const Member ye = c.byName.value(s(u"叶青"));
    CHECK(c.search(zhang.idNumber) == Names { "张三" });
    CHECK(c.search(zhang.idNumber.right(4)) == Names { "张三" });
    // Sealed ID numbers are found in full or by their last 4 digits, never by a prefix.
    CHECK(c.search(zhang.idNumber.left(10)).empty());
    CHECK(c.search(QStringLiteral("13812345678")) == Names { "张三" });
    CHECK(c.search(QStringLiteral("138 1234 5678")) == Names { "张三" });
    CHECK(c.search(QStringLiteral("5678")) == Names { "张三", "周杰" });  // mobile, then landline
    CHECK(c.search(QStringLiteral("02367895678")) == Names { "周杰" });
    CHECK(c.search(QStringLiteral("13812340000")).empty());

    // An ID number ending in X, in full and by its last 4 ("123X"), in either case.
    REQUIRE(ye.idNumber.endsWith(QLatin1Char('X')));
    CHECK(c.search(ye.idNumber) == Names { "叶青" });
    CHECK(c.search(ye.idNumber.toLower()) == Names { "叶青" });
    CHECK(c.search(ye.idNumber.right(4)) == Names { "叶青" });
    CHECK(c.search(ye.idNumber.right(4).toLower()) == Names { "叶青" });
}
