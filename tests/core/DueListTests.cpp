// What is due (issue 25 §5): the meeting rules' items for a given day, by severity, for the
// organisations of the account's area, on the small demo district with meetings recorded in
// 2025 (the demo's own are this year's).
#include "due/DueList.h"
#include "meetings/MeetingEditor.h"
#include "meetings/MeetingStore.h"
#include "organisation/OrgStore.h"
#include "support/AreaDemo.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::meetings;

namespace {

std::optional<due::DueItem> itemOf(
    const QList<due::DueItem>& items, const RecordId& org, const QString& title)
{
    for (const due::DueItem& item : items)
        if (item.orgId == org && item.title == title)
            return item;
    return std::nullopt;
}

}  // namespace

TEST_CASE("The due list: this period's meetings upcoming or due, the year's missing ones overdue",
    "[meetings][due]")
{
    test::AreaDemo demo;
    RecordId branch;
    for (const RecordId& orgId : demo.orgsOf(demo.community))
        if (organisation::OrgStore(*demo.admin).org(orgId)->kind == organisation::OrgKind::Branch)
            branch = orgId;
    REQUIRE_FALSE(branch.isNull());
    const auto record = [&](MeetingType type, const QDate& date) {
        Meeting m;
        m.orgId = branch;
        m.kind = MeetingKind::of(type);
        m.heldOn = date;
        m.attendance = MeetingStore(*demo.admin).defaultAttendance(branch);
        const auto added = MeetingEditor(*demo.admin).add(m);
        INFO((added ? QString() : added.error().toString()).toStdString());
        REQUIRE(added.ok());
    };
    record(MeetingType::PartyLecture, QDate(2025, 3, 31));  // Q1's lecture, on its last day
    record(MeetingType::GeneralMeeting, QDate(2025, 10, 9));
    record(MeetingType::ThemeDay, QDate(2024, 11, 15));  // last year's: counts for nothing now

    const QDate day(2025, 11, 20);
    const QList<due::DueItem> items = due::DueList(*demo.admin).collect(day);
    const auto q1 = itemOf(items, branch, QStringLiteral("党课 (2025 Q1)"));
    CHECK_FALSE(q1);  // held
    const auto q2 = itemOf(items, branch, QStringLiteral("党课 (2025 Q2)"));
    REQUIRE(q2);
    CHECK(q2->severity == due::Severity::Overdue);
    CHECK(q2->dueOn == QDate(2025, 6, 30));
    CHECK(q2->rule == QStringLiteral("meetings.party_lecture"));
    CHECK_FALSE(q2->source.isEmpty());
    CHECK_FALSE(itemOf(items, branch, QStringLiteral("支部党员大会 (2025 Q4)")));  // held in October
    const auto q4 = itemOf(items, branch, QStringLiteral("党课 (2025 Q4)"));
    REQUIRE(q4);
    CHECK(q4->severity == due::Severity::Upcoming);  // 41 days left
    const auto november = itemOf(items, branch, QStringLiteral("主题党日 (2025-11)"));
    REQUIRE(november);
    CHECK(november->severity == due::Severity::Upcoming);  // 10 days left: due in the last week
    CHECK_FALSE(itemOf(items, branch, QStringLiteral("主题党日 (2025-12)")));  // not begun yet
    // Committees hold no 三会一课 of their own.
    for (const due::DueItem& item : items)
        CHECK(organisation::OrgStore(*demo.admin).org(item.orgId)->kind != organisation::OrgKind::Committee);

    // Below one organisation only; an account without meetings sees nothing.
    const QList<due::DueItem> below = due::DueList(*demo.admin).collect(day, branch);
    REQUIRE_FALSE(below.isEmpty());
    for (const due::DueItem& item : below)
        CHECK(organisation::OrgStore(*demo.admin).subtree(branch).contains(item.orgId));
    demo.addAccount(QStringLiteral("wanggeyuan"), security::Role::GridWorker, demo.grid.id);
    CHECK(due::DueList(*demo.signIn(QStringLiteral("wanggeyuan"))).collect(day).isEmpty());
    // A community secretary sees the items of the community's organisations only.
    demo.addAccount(QStringLiteral("shuji"), security::Role::CommunitySecretary, demo.community.id);
    const QList<due::DueItem> secretary = due::DueList(*demo.signIn(QStringLiteral("shuji"))).collect(day);
    REQUIRE_FALSE(secretary.isEmpty());
    const QSet<RecordId> community = demo.orgsOf(demo.community);
    for (const due::DueItem& item : secretary)
        CHECK(community.contains(item.orgId));
}

TEST_CASE(
    "Due severity: upcoming until the last week of its period, due in it, overdue after", "[meetings][due]")
{
    const QDate end(2026, 12, 31);
    CHECK(due::DueList::severityOn(end, QDate(2026, 12, 23)) == due::Severity::Upcoming);
    CHECK(due::DueList::severityOn(end, QDate(2026, 12, 24)) == due::Severity::Due);
    CHECK(due::DueList::severityOn(end, end) == due::Severity::Due);
    CHECK(due::DueList::severityOn(end, QDate(2027, 1, 1)) == due::Severity::Overdue);
}

TEST_CASE("The demo's year of meetings: kept by most branches, so the due list is mostly this period's",
    "[meetings][due][demo]")
{
    test::AreaDemo demo;
    const QDate today = QDate::currentDate();
    const QList<organisation::PartyOrg> orgs = organisation::OrgStore(*demo.admin).tree();
    const auto held = MeetingStore(*demo.admin).heldInYear(today.year());
    int branches = 0, kept = 0;
    for (const organisation::PartyOrg& org : orgs) {
        if (org.kind != organisation::OrgKind::Branch
            || MeetingStore(*demo.admin).defaultAttendance(org.id).isEmpty())
            continue;
        ++branches;
        // A 主题党日 in every month begun so far, today's perhaps not yet.
        QSet<int> months;
        for (const HeldMeeting& meeting : held.value(org.id))
            if (meeting.type == MeetingType::ThemeDay)
                months.insert(meeting.date.month());
        kept += months.size() >= today.month() - 1 ? 1 : 0;
    }
    REQUIRE(branches > 5);
    CHECK(kept == branches);
    // Overdue items are the exceptions the demo drew, not the rule.
    const QList<due::DueItem> items = due::DueList(*demo.admin).collect(today);
    const auto overdue = std::count_if(items.cbegin(), items.cend(),
        [](const due::DueItem& item) { return item.severity == due::Severity::Overdue; });
    CHECK(overdue * 2 < items.size() + 2 * branches);
    // Written as one load, said once in the audit log.
    CHECK(demo.admin->scalar(
              "SELECT count(*) FROM audit_entry WHERE target_table = 'meeting' AND action = 'imported'")
        == 1);
}
