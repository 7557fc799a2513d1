// Recording meetings (issue 25 §1): a meeting with its attendance sheet saved once and read
// back whole, its quorum worked out from the sheet and kept with it, an invalid meeting saved
// with its figures, the rules refused in words, and every read and write within the account's
// area. Real SQLite files: the small demo district (support/AreaDemo), whose own meetings are
// this year's: the tests record theirs in 2025.
#include "due/DueList.h"
#include "hierarchy/HierarchyStore.h"
#include "meetings/MeetingEditor.h"
#include "meetings/MeetingStore.h"
#include "organisation/OrgStore.h"
#include "support/AreaDemo.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace redgrid;
using namespace redgrid::meetings;

namespace {

// The branch of the demo's community with the most members, and its default sheet.
struct Branch
{
    RecordId id;
    QList<AttendanceLine> sheet;
};

Branch largestBranch(test::AreaDemo& demo)
{
    Branch best;
    for (const RecordId& orgId : demo.orgsOf(demo.community)) {
        const auto org = organisation::OrgStore(*demo.admin).org(orgId);
        REQUIRE(org);
        if (org->kind != organisation::OrgKind::Branch)
            continue;
        const QList<AttendanceLine> sheet = MeetingStore(*demo.admin).defaultAttendance(orgId);
        if (sheet.size() > best.sheet.size())
            best = { orgId, sheet };
    }
    REQUIRE(best.sheet.size() >= 4);
    return best;
}

Meeting generalMeeting(const Branch& branch, const QDate& date)
{
    Meeting m;
    m.orgId = branch.id;
    m.kind = MeetingKind::of(MeetingType::GeneralMeeting);
    m.heldOn = date;
    m.startsAt = QStringLiteral("14:30");
    m.endsAt = QStringLiteral("16:00");
    m.place = QStringLiteral("社区党群服务中心二楼会议室");
    m.chair = QStringLiteral("王书记");
    m.recorder = QStringLiteral("李委员");
    m.topic = QStringLiteral("讨论发展对象的确定");
    m.summary = QStringLiteral("学习《中国共产党支部工作条例（试行）》第十一条。");
    m.resolutions = QStringLiteral("同意确定张某为发展对象。");
    m.attendance = branch.sheet;
    return m;
}

int voters(const QList<AttendanceLine>& sheet)
{
    return int(std::count_if(sheet.cbegin(), sheet.cend(),
        [](const AttendanceLine& line) { return line.hasVote && line.attendance != Attendance::Mobile; }));
}

}  // namespace

TEST_CASE(
    "A meeting is recorded once with its sheet and read back whole, its quorum kept", "[meetings][store]")
{
    test::AreaDemo demo;
    const Branch branch = largestBranch(demo);
    const int base = voters(branch.sheet);
    REQUIRE(base >= 3);

    // All present by default: the exceptions are what a secretary clicks.
    Meeting m = generalMeeting(branch, QDate(2025, 3, 28));
    m.attendance[0].attendance = Attendance::SickLeave;
    m.attendance[0].note = QStringLiteral("住院");
    m.attachments = { QStringLiteral("/home/shuji/会议照片.jpg") };
    m.motionInFavour = base - 1;
    const qint64 entries
        = demo.admin->scalar("SELECT count(*) FROM audit_entry WHERE target_table = 'meeting'");
    const auto added = MeetingEditor(*demo.admin).add(m);
    INFO((added ? QString() : added.error().toString()).toStdString());
    REQUIRE(added.ok());

    const auto read = MeetingStore(*demo.admin).meeting(added->id);
    REQUIRE(read);
    CHECK(read->orgId == branch.id);
    CHECK(read->kind == MeetingKind::of(MeetingType::GeneralMeeting));
    CHECK(read->heldOn == QDate(2025, 3, 28));
    CHECK(read->place == m.place);
    CHECK(read->topic == m.topic);
    CHECK(read->resolutions == m.resolutions);
    CHECK(read->attachments == m.attachments);
    REQUIRE(read->attendance.size() == branch.sheet.size());
    for (int i = 0; i < branch.sheet.size(); ++i) {
        CHECK(read->attendance[i].memberId == branch.sheet[i].memberId);  // the sheet's order kept
        CHECK(read->attendance[i].memberName == branch.sheet[i].memberName);
    }
    CHECK(read->attendance[0].attendance == Attendance::SickLeave);
    CHECK(read->attendance[0].note == QStringLiteral("住院"));
    CHECK(read->createdBy == QStringLiteral("admin"));

    // The quorum from the sheet: the sick member is in the base and did not come.
    const int sickVoter = branch.sheet[0].hasVote && branch.sheet[0].attendance != Attendance::Mobile ? 1 : 0;
    CHECK(read->quorum.base == base);
    CHECK(read->quorum.attended == base - sickVoter);
    CHECK(read->quorum.needed == base / 2 + 1);
    CHECK(read->valid == (base - sickVoter > base / 2));
    REQUIRE(read->motion());
    CHECK(read->motion()->passed == (base - 1 > base / 2));

    // In the organisation's list and its compliance, by date.
    const QList<Meeting> listed
        = MeetingStore(*demo.admin).meetingsOf(branch.id, QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == added->id);
    const QList<HeldMeeting> held = MeetingStore(*demo.admin).heldIn(branch.id, 2025);
    REQUIRE(held.size() == 1);
    CHECK(held.first().date == QDate(2025, 3, 28));
    CHECK(MeetingStore(*demo.admin).heldIn(branch.id, 2024).isEmpty());
    CHECK(
        demo.admin->scalar("SELECT count(*) FROM audit_entry WHERE target_table = 'meeting'") == entries + 1);
}

TEST_CASE("A meeting that misses its quorum is saved, marked invalid, with the figures", "[meetings][store]")
{
    test::AreaDemo demo;
    const Branch branch = largestBranch(demo);
    Meeting m = generalMeeting(branch, QDate(2025, 6, 30));
    // Only one voting member came.
    bool oneCame = false;
    for (AttendanceLine& line : m.attendance) {
        if (line.attendance == Attendance::Mobile)
            continue;
        if (line.hasVote && !oneCame)
            oneCame = true;
        else
            line.attendance = Attendance::PersonalLeave;
    }
    const int base = voters(branch.sheet);
    REQUIRE(base >= 3);
    const auto added = MeetingEditor(*demo.admin).add(m);
    REQUIRE(added.ok());
    CHECK_FALSE(added->valid);
    CHECK(added->quorum.base == base);
    CHECK(added->quorum.attended == 1);
    CHECK(MeetingStore(*demo.admin).heldIn(branch.id, 2025).first().valid == false);

    // Corrected: everybody had come after all. The same record, now valid.
    Meeting corrected = *added;
    for (AttendanceLine& line : corrected.attendance)
        if (line.attendance == Attendance::PersonalLeave)
            line.attendance = Attendance::Present;
    const auto updated = MeetingEditor(*demo.admin).update(corrected);
    REQUIRE(updated.ok());
    CHECK(updated->id == added->id);
    CHECK(updated->valid);
    CHECK(
        MeetingStore(*demo.admin).meetingsOf(branch.id, QDate(2025, 1, 1), QDate(2025, 12, 31)).size() == 1);

    const qint64 lines = demo.admin->scalar("SELECT count(*) FROM meeting_attendance");
    REQUIRE(MeetingEditor(*demo.admin).remove(added->id).ok());
    CHECK_FALSE(MeetingStore(*demo.admin).meeting(added->id));
    CHECK(demo.admin->scalar("SELECT count(*) FROM meeting_attendance") == lines - branch.sheet.size());
}

TEST_CASE("The rules of a meeting are refused in words, nothing saved", "[meetings][store]")
{
    test::AreaDemo demo;
    const Branch branch = largestBranch(demo);
    MeetingEditor editor(*demo.admin);
    const qint64 meetings = demo.admin->scalar("SELECT count(*) FROM meeting");
    const auto refusedWith = [&](const Meeting& m, const QString& words) {
        const auto added = editor.add(m);
        REQUIRE_FALSE(added.ok());
        INFO(added.error().message.toStdString());
        CHECK(added.error().message.contains(words));
    };
    Meeting m = generalMeeting(branch, QDate(2025, 5, 20));

    Meeting future = m;
    future.heldOn = QDate::currentDate().addDays(1);
    refusedWith(future, QStringLiteral("after today"));
    Meeting twice = m;
    twice.attendance.append(twice.attendance.first());
    refusedWith(twice, QStringLiteral("twice"));
    Meeting noSheet = m;
    noSheet.attendance.clear();
    refusedWith(noSheet, QStringLiteral("needs its attendance"));
    Meeting badTime = m;
    badTime.endsAt = QStringLiteral("13:00");
    refusedWith(badTime, QStringLiteral("before it begins"));
    Meeting tooManyVotes = m;
    tooManyVotes.motionInFavour = voters(branch.sheet) + 1;
    refusedWith(tooManyVotes, QStringLiteral("votes in favour"));
    Meeting lectureMotion = m;
    lectureMotion.kind = MeetingKind::of(MeetingType::PartyLecture);
    lectureMotion.motionInFavour = 1;
    refusedWith(lectureMotion, QStringLiteral("支部党员大会"));
    Meeting talk = m;
    talk.kind = MeetingKind::of(MeetingType::HeartTalk);
    talk.attendance.clear();
    talk.talkFirst = branch.sheet[0].memberId;
    refusedWith(talk, QStringLiteral("two people"));
    talk.talkSecond = branch.sheet[0].memberId;
    refusedWith(talk, QStringLiteral("two different people"));
    Meeting unnamed = m;
    unnamed.kind = MeetingKind::other(QString());
    CHECK_FALSE(editor.add(unnamed).ok());

    // A member of another organisation on the sheet.
    for (const RecordId& orgId : demo.orgsOf(demo.street)) {
        if (orgId == branch.id)
            continue;
        const QList<AttendanceLine> other = MeetingStore(*demo.admin).defaultAttendance(orgId);
        const auto stranger = std::find_if(other.cbegin(), other.cend(), [&](const AttendanceLine& line) {
            return std::none_of(branch.sheet.cbegin(), branch.sheet.cend(),
                [&](const AttendanceLine& own) { return own.memberId == line.memberId; });
        });
        if (stranger == other.cend())
            continue;
        Meeting withStranger = m;
        withStranger.attendance.append(*stranger);
        refusedWith(withStranger, QStringLiteral("is not a member of this organisation"));
        break;
    }
    CHECK(demo.admin->scalar("SELECT count(*) FROM meeting") == meetings);

    // A 谈心谈话 between two members, without a sheet, is fine.
    talk.talkSecond = branch.sheet[1].memberId;
    CHECK(editor.add(talk).ok());
}

TEST_CASE("Meetings are read and recorded only within the account's area", "[meetings][store][scope]")
{
    test::AreaDemo demo;
    const Branch branch = largestBranch(demo);
    const qint64 meetings = demo.admin->scalar("SELECT count(*) FROM meeting");
    const auto added = MeetingEditor(*demo.admin).add(generalMeeting(branch, QDate(2025, 4, 10)));
    REQUIRE(added.ok());

    // The community's secretary: sees and records the branch's meetings.
    demo.addAccount(QStringLiteral("shuji"), security::Role::CommunitySecretary, demo.community.id);
    auto secretary = demo.signIn(QStringLiteral("shuji"));
    CHECK(MeetingStore(*secretary).meeting(added->id));
    CHECK(MeetingStore(*secretary).defaultAttendance(branch.id).size() == branch.sheet.size());
    CHECK(MeetingEditor(*secretary).add(generalMeeting(branch, QDate(2025, 5, 12))).ok());

    // Another community's secretary: sees nothing of it, and a write is refused for lack of
    // permission (exit 4 in the CLI).
    std::optional<hierarchy::HierarchyNode> otherCommunity;
    for (const hierarchy::HierarchyNode& node :
        hierarchy::HierarchyStore(*demo.admin).children(demo.street.id))
        if (node.id != demo.community.id)
            otherCommunity = node;
    REQUIRE(otherCommunity);
    demo.addAccount(QStringLiteral("linju"), security::Role::CommunitySecretary, otherCommunity->id);
    auto neighbour = demo.signIn(QStringLiteral("linju"));
    CHECK_FALSE(MeetingStore(*neighbour).meeting(added->id));
    CHECK(MeetingStore(*neighbour).meetingsOf(branch.id).isEmpty());
    CHECK(due::DueList(*neighbour).collect(QDate(2025, 6, 1), branch.id).isEmpty());
    const auto notTheirs = MeetingEditor(*neighbour).add(generalMeeting(branch, QDate(2025, 5, 14)));
    REQUIRE_FALSE(notTheirs.ok());
    CHECK(notTheirs.error().isDenied());

    // A grid worker reads no party-member data.
    demo.addAccount(QStringLiteral("wanggeyuan"), security::Role::GridWorker, demo.grid.id);
    auto gridWorker = demo.signIn(QStringLiteral("wanggeyuan"));
    CHECK_FALSE(MeetingStore(*gridWorker).meeting(added->id));
    CHECK(MeetingStore(*gridWorker).meetingsOf(branch.id).isEmpty());
    CHECK(MeetingStore(*gridWorker).defaultAttendance(branch.id).isEmpty());
    const auto refused = MeetingEditor(*gridWorker).add(generalMeeting(branch, QDate(2025, 5, 13)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isDenied());
    const auto removal = MeetingEditor(*gridWorker).remove(added->id);
    CHECK_FALSE(removal.ok());
    CHECK(demo.admin->scalar("SELECT count(*) FROM meeting") == meetings + 2);
}
