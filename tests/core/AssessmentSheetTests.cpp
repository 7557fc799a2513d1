// Templates and score sheets in a real database (issue 23 §1, §2, §6): versions, import,
// the workflow by role and state, concurrent saves, refusals, rectifications and the report
// model, on the small demo district as its accounts see it.
#include "assessment/DefaultTemplates.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateEditor.h"
#include "assessment/TemplateStore.h"
#include "audit/AuditLog.h"
#include "hierarchy/HierarchyStore.h"
#include "security/AuditTrail.h"
#include "support/AreaDemo.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::assessment;
using security::Role;

namespace {

using Demo = test::AreaDemo;
// Two quarters before the year the demo scores (DemoScores: the four quarters before
// today's), so that these tests' sheets are the only ones.
Period quartersBack(int count)
{
    Period period = Period::containing(QDate::currentDate());
    for (int i = 0; i < count; ++i)
        period = period.previous();
    return period;
}
const Period Q3 = quartersBack(7);
const Period Q4 = quartersBack(6);

IndicatorEntry scored(const char* points, const QString& evidence = {})
{
    IndicatorEntry entry;
    entry.score = Points::parse(QString::fromLatin1(points));
    entry.evidence = evidence;
    return entry;
}

Sheet openSheet(
    storage::Connection& db, const hierarchy::HierarchyNode& community, const Period& quarter = Q3)
{
    SheetStore store(db);
    const auto target = store.target(TargetKind::Community, community.id);
    REQUIRE(target.ok());
    auto sheet = store.open(*target, quarter, Demo::Today);
    REQUIRE(sheet.ok());
    return *sheet;
}

hierarchy::HierarchyNode otherCommunity(Demo& d)
{
    for (const auto& node : hierarchy::HierarchyStore(*d.admin).children(d.street.id))
        if (node.id != d.community.id)
            return node;
    FAIL("the demo street has one community only");
    return {};
}

// A 社区书记 of `community`, signed in: the one who enters its self-assessment.
std::unique_ptr<storage::Connection> secretaryOf(
    Demo& d, const hierarchy::HierarchyNode& community, const QString& name)
{
    d.addAccount(name, Role::CommunitySecretary, community.id);
    return d.signIn(name);
}

qint64 auditEntriesOn(storage::Connection& db, const QString& table)
{
    return db.scalar("SELECT count(*) FROM audit_entry WHERE target_table = ?", table);
}

}  // namespace

TEST_CASE(
    "Every database holds the default templates, and an edit is a new version", "[assessment][templates]")
{
    Demo d;
    TemplateStore store(*d.admin);
    const auto latest = store.latestVersions();
    REQUIRE(latest.size() == 2);
    const auto community = store.inUse(TargetKind::Community);
    REQUIRE(community);
    CHECK(community->table->id == DefaultTemplates::communityQuarterly().id);
    CHECK(community->table->version == 1);
    CHECK(community->inUse);

    AssessmentTemplate edited = *community->table;
    edited.indicators[4].children[0].standard = QStringLiteral("满意度测评按季度开展，得分折算");
    TemplateEditor editor(*d.admin);
    const auto saved = editor.save(edited);
    REQUIRE(saved.ok());
    CHECK(saved->table->version == 2);
    CHECK(saved->table->id == edited.id);
    // Saving the same again stores nothing new; version 1 is still there, unchanged.
    const auto again = editor.save(edited);
    REQUIRE(again.ok());
    CHECK(again->row == saved->row);
    CHECK(store.versions(edited.id).size() == 2);
    CHECK(store.version(edited.id, 1)->table->indicators[4].children[0].standard
        == DefaultTemplates::communityQuarterly().indicators[4].children[0].standard);
    CHECK(store.inUse(TargetKind::Community)->table->version == 2);

    // Blocks that do not add up are refused, naming the block; nothing is stored.
    AssessmentTemplate broken = edited;
    broken.indicators[0].max = Points::whole(30);
    const auto refused = editor.save(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("强化党的领导")));
    CHECK(store.versions(edited.id).size() == 2);
}

TEST_CASE("A sheet keeps the template version it was scored with", "[assessment][templates]")
{
    Demo d;
    auto secretary = secretaryOf(d, d.community, QStringLiteral("secretary"));
    Sheet sheet = openSheet(*secretary, d.community);
    SheetInput input;
    input.entries.insert(QStringLiteral("1.2"), scored("5"));
    const auto saved = SheetEditor(*secretary).save(sheet, SheetSide::Self, input);
    // A district administrator assesses; the self-assessment is the community's own.
    CHECK_FALSE(SheetEditor(*d.admin).save(openSheet(*d.admin, d.community), SheetSide::Self, input).ok());
    REQUIRE(saved.ok());
    CHECK(saved->table.table->version == 1);
    CHECK(TemplateStore(*d.admin).version(DefaultTemplates::communityQuarterly().id, 1)->used);

    AssessmentTemplate edited = *saved->table.table;
    edited.name = QStringLiteral("社区季度考核（2027版）");
    REQUIRE(TemplateEditor(*d.admin).save(edited).ok());
    CHECK(openSheet(*d.admin, d.community).table.table->version == 1);  // the scored one keeps its version
    CHECK(openSheet(*d.admin, otherCommunity(d)).table.table->version == 2);  // a new sheet takes the new one
}

TEST_CASE("A template imported keeps its identity; other content under the same version is refused",
    "[assessment][templates]")
{
    Demo street;
    AssessmentTemplate handed = DefaultTemplates::communityQuarterly();
    handed.indicators[3].children[1].standard = QStringLiteral("诉求按时办结率不低于95%");
    const auto streetVersion = TemplateEditor(*street.admin).save(handed);
    REQUIRE(streetVersion.ok());
    const AssessmentTemplate file = *streetVersion->table;

    Demo community;  // another database: the community's
    community.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, community.community.id);
    auto secretary = community.signIn(QStringLiteral("secretary"));
    TemplateEditor editor(*secretary);
    CHECK_FALSE(editor.save(file).ok());  // a secretary does not edit templates
    const auto imported = editor.import(file);
    REQUIRE(imported.ok());
    CHECK(imported->table->id == file.id);
    CHECK(imported->table->version == 2);
    // Which template new sheets use is for the database's administrators, not a secretary.
    CHECK_FALSE(editor.use(file.id).ok());
    REQUIRE(TemplateEditor(*community.admin).use(file.id).ok());
    CHECK(TemplateStore(*secretary).inUse(TargetKind::Community)->table->indicators[3].children[1].standard
        == QStringLiteral("诉求按时办结率不低于95%"));
    CHECK(editor.import(file).ok());  // the same again: nothing to do
    CHECK(TemplateStore(*secretary).versions(file.id).size() == 2);

    AssessmentTemplate changed = file;
    changed.indicators[3].children[1].standard = QStringLiteral("另一种标准");
    const auto refused = editor.import(changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Version 2")));
}

TEST_CASE("The sheet's workflow by role: self-assessment, submission, review, confirmation, reopening",
    "[assessment][sheets]")
{
    Demo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    auto secretary = d.signIn(QStringLiteral("secretary"));
    auto streetAdmin = d.signIn(QStringLiteral("street"));

    Sheet sheet = openSheet(*secretary, d.community);
    CHECK_FALSE(sheet.isSaved());
    SheetInput self;
    self.entries.insert(QStringLiteral("1.2"), scored("6", QStringLiteral("各网格党小组组长均为两委成员")));
    self.entries.insert(QStringLiteral("5.1"), scored("9.5"));
    IndicatorEntry meetings;
    meetings.findings.insert(QStringLiteral("d2"), 2);  // 少开2次支委会: −1
    self.entries.insert(QStringLiteral("3.1"), meetings);
    auto saved = SheetEditor(*secretary).save(sheet, SheetSide::Self, self);
    REQUIRE(saved.ok());
    CHECK(saved->revision == 1);
    CHECK(saved->state == SheetState::SelfAssessment);
    CHECK(saved->self.entries.value(QStringLiteral("1.2")).evidence
        == QStringLiteral("各网格党小组组长均为两委成员"));
    CHECK(saved->selfResult().indicators.value(QStringLiteral("3.1")).score == Points::whole(7));

    // The secretary may not review their own sheet, nor may the street submit it.
    CHECK_FALSE(SheetEditor(*secretary).save(*saved, SheetSide::Review, self).ok());
    CHECK_FALSE(
        SheetEditor(*streetAdmin).act(openSheet(*streetAdmin, d.community), SheetAction::Submit).ok());

    auto submitted = SheetEditor(*secretary).act(*saved, SheetAction::Submit);
    REQUIRE(submitted.ok());
    CHECK(submitted->state == SheetState::Submitted);
    // Submitted: the self-assessment is no longer the secretary's to change.
    CHECK_FALSE(SheetEditor(*secretary).save(*submitted, SheetSide::Self, self).ok());

    Sheet atStreet = openSheet(*streetAdmin, d.community);
    SheetInput review = atStreet.self;
    review.entries.insert(QStringLiteral("5.1"), scored("8", QStringLiteral("测评表抽查：满意度86%")));
    auto reviewed = SheetEditor(*streetAdmin).save(atStreet, SheetSide::Review, review);
    REQUIRE(reviewed.ok());
    CHECK(reviewed->self.entries.value(QStringLiteral("5.1")).score == Points::parse(QStringLiteral("9.5")));
    CHECK(reviewed->review.entries.value(QStringLiteral("5.1")).score == Points::whole(8));
    CHECK(reviewed->result().total == reviewed->reviewResult().total);
    CHECK(reviewed->reviewResult().total
        == reviewed->selfResult().total - Points::parse(QStringLiteral("1.5")).value());

    auto finished = SheetEditor(*streetAdmin).act(*reviewed, SheetAction::FinishReview);
    REQUIRE(finished.ok());
    auto confirmed = SheetEditor(*streetAdmin).act(*finished, SheetAction::Confirm);
    REQUIRE(confirmed.ok());
    CHECK(confirmed->state == SheetState::Confirmed);

    // Confirmed: locked for everyone; reopening needs a reason, which is kept.
    const auto locked = SheetEditor(*streetAdmin).save(*confirmed, SheetSide::Review, review);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(d.community.name));
    CHECK_FALSE(SheetEditor(*streetAdmin).act(*confirmed, SheetAction::Reopen, QStringLiteral("  ")).ok());
    CHECK_FALSE(SheetEditor(*secretary)
                    .act(openSheet(*secretary, d.community), SheetAction::Reopen, QStringLiteral("我想改分"))
                    .ok());
    auto reopened
        = SheetEditor(*streetAdmin).act(*confirmed, SheetAction::Reopen, QStringLiteral("群众满意度复核"));
    REQUIRE(reopened.ok());
    CHECK(reopened->state == SheetState::Reviewed);
    REQUIRE(reopened->reopenings.size() == 1);
    CHECK(reopened->reopenings.first().reason == QStringLiteral("群众满意度复核"));
    CHECK(reopened->reopenings.first().by == QStringLiteral("street"));

    // Every save and state change is in the audit log: 2 saves and 4 state changes (after
    // the demo's one entry for the sheets it loaded).
    CHECK(auditEntriesOn(*d.admin, QStringLiteral("assessment_sheet")) == 1 + 6);
}

TEST_CASE(
    "Two people saving one sheet: the second save is refused naming who changed what", "[assessment][sheets]")
{
    Demo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("deputy"), Role::CommunitySecretary, d.community.id);
    auto window = d.signIn(QStringLiteral("secretary"));  // the GUI
    auto cli = d.signIn(QStringLiteral("deputy"));  // the CLI, at another desk

    Sheet inWindow = openSheet(*window, d.community);
    Sheet atCli = openSheet(*cli, d.community);
    SheetInput first;
    first.entries.insert(QStringLiteral("4.1"), scored("5"));
    REQUIRE(SheetEditor(*cli).save(atCli, SheetSide::Self, first).ok());

    SheetInput second;
    second.entries.insert(QStringLiteral("4.2"), scored("7"));
    const auto refused = SheetEditor(*window).save(inWindow, SheetSide::Self, second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("deputy")));
    CHECK(refused.error().message.contains(QStringLiteral("4.1 入户走访")));
    const Sheet now = openSheet(*window, d.community);
    CHECK(now.self.entries.value(QStringLiteral("4.1")).score == Points::whole(5));
    CHECK_FALSE(now.self.entries.contains(QStringLiteral("4.2")));
    // Opened again, the save goes through.
    CHECK(SheetEditor(*window).save(now, SheetSide::Self, second).ok());
}

TEST_CASE("Refusals name the item and the reason and change nothing", "[assessment][sheets]")
{
    Demo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    auto secretary = d.signIn(QStringLiteral("secretary"));
    Sheet sheet = openSheet(*secretary, d.community);
    SheetEditor editor(*secretary);

    SheetInput tooMuch;
    tooMuch.entries.insert(QStringLiteral("5.1"), scored("10.5"));
    auto refused = editor.save(sheet, SheetSide::Self, tooMuch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("群众满意度测评")));
    SheetInput negative;
    negative.entries.insert(QStringLiteral("4.1"), scored("-1"));
    CHECK_FALSE(editor.save(sheet, SheetSide::Self, negative).ok());
    SheetInput decimals;
    IndicatorEntry fine;
    fine.score = Points::fromHundredths(555);
    decimals.entries.insert(QStringLiteral("4.1"), fine);
    AssessmentTemplate oneDecimal = *sheet.table.table;
    oneDecimal.decimals = 1;
    Sheet strict = sheet;
    strict.table.table = std::make_shared<const AssessmentTemplate>(oneDecimal);
    CHECK_FALSE(editor.save(strict, SheetSide::Self, decimals).ok());
    CHECK(secretary->scalar("SELECT count(*) FROM assessment_sheet WHERE period = ?", sheet.period.code())
        == 0);

    SheetStore store(*secretary);
    const auto target = store.target(TargetKind::Community, d.community.id);
    const auto future = store.open(*target, Period::quarterOf(2027, 1), Demo::Today);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("2027")));
    // Another community of the street lies outside a secretary's area.
    CHECK_FALSE(store.target(TargetKind::Community, otherCommunity(d).id).ok());
    CHECK(store.communitiesUnder(d.street.id).size() == 1);
}

TEST_CASE("Rectifications: opened on a lost point, carried into the next quarter while overdue, closed",
    "[assessment][rectification]")
{
    Demo d;
    auto secretary = secretaryOf(d, d.community, QStringLiteral("secretary"));
    Sheet sheet = openSheet(*secretary, d.community);
    SheetInput input;
    input.entries.insert(QStringLiteral("1.2"), scored("6"));
    input.entries.insert(QStringLiteral("4.1"), scored("3", QStringLiteral("重点人群走访不全")));
    auto saved = SheetEditor(*secretary).save(sheet, SheetSide::Self, input);
    REQUIRE(saved.ok());
    SheetEditor editor(*secretary);
    CHECK_FALSE(editor
                    .openRectification(*saved, QStringLiteral("1.2"), QStringLiteral("无"),
                        QStringLiteral("张三"), QDate(2026, 10, 31))
                    .ok());  // 1.2 lost nothing
    auto item = editor.openRectification(*saved, QStringLiteral("4.1"), QStringLiteral("补齐独居老人走访"),
        QStringLiteral("李红梅"), QDate(2026, 10, 31));
    REQUIRE(item.ok());
    CHECK(item->isOverdue(Demo::Today));

    const Sheet next = openSheet(*secretary, d.community, Q4);
    REQUIRE(next.rectifications.size() == 1);
    CHECK(next.rectifications.first().raisedIn == Q3);
    CHECK(next.rectifications.first().indicatorName == QStringLiteral("入户走访"));

    REQUIRE(editor.closeRectification(item->id, QStringLiteral("已走访12户"), Demo::Today).ok());
    CHECK(openSheet(*secretary, d.community, Q4).rectifications.isEmpty());
    CHECK(openSheet(*secretary, d.community).rectifications.first().closed);
}

TEST_CASE("The report model ranks a street's communities and keeps each one's losses", "[assessment][report]")
{
    Demo d;
    const hierarchy::HierarchyNode other = otherCommunity(d);
    SheetInput good;
    good.entries.insert(QStringLiteral("1.2"), scored("6"));
    good.entries.insert(QStringLiteral("5.1"), scored("10"));
    SheetInput weaker;
    weaker.entries.insert(QStringLiteral("1.2"), scored("4", QStringLiteral("两个网格组长非两委成员")));
    auto first = secretaryOf(d, d.community, QStringLiteral("first"));
    auto second = secretaryOf(d, other, QStringLiteral("second"));
    REQUIRE(SheetEditor(*first).save(openSheet(*first, d.community), SheetSide::Self, good).ok());
    REQUIRE(SheetEditor(*second).save(openSheet(*second, other), SheetSide::Self, weaker).ok());

    const auto report = ReportBuilder(*d.admin).build(d.street.id, Q3, Demo::Today);
    REQUIRE(report.ok());
    CHECK(report->summary);
    REQUIRE(report->targets.size() == 2);
    CHECK(report->targets[0].target.name == d.community.name);
    CHECK(report->targets[0].rank == 1);
    CHECK(report->targets[1].rank == 2);
    CHECK(report->targets[1].rankedWith == 2);
    CHECK(report->targets[0].result.total > report->targets[1].result.total);
    bool reasonShown = false;
    for (const auto& loss : report->targets[1].losses())
        reasonShown
            = reasonShown || (loss.indicatorKey == QStringLiteral("1.2") && loss.lost == Points::whole(2));
    CHECK(reasonShown);

    const auto single = ReportBuilder(*d.admin).build(other.id, Q3, Demo::Today);
    REQUIRE(single.ok());
    CHECK_FALSE(single->summary);
    REQUIRE(single->targets.size() == 1);
    CHECK(single->targets[0].rank == 2);
    CHECK(single->targets[0].history.size() == 1);
}

TEST_CASE("The annual score: the reviewed quarters weighted, the year-end rating, bonus and penalty",
    "[assessment][annual]")
{
    Demo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    auto streetAdmin = d.signIn(QStringLiteral("street"));
    auto secretary = secretaryOf(d, d.community, QStringLiteral("secretary"));
    // Two quarters of a year the demo does not score, both reviewed by the street.
    const Period first = quartersBack(8);
    const int year = first.year();
    SheetInput input;
    input.entries.insert(QStringLiteral("5.1"), scored("8"));
    QList<Points> totals;
    for (const Period& quarter : { first, first.previous() }) {
        if (quarter.year() != year)
            continue;
        auto saved = SheetEditor(*secretary)
                         .save(openSheet(*secretary, d.community, quarter), SheetSide::Self, input);
        REQUIRE(saved.ok());
        auto submitted = SheetEditor(*secretary).act(*saved, SheetAction::Submit);
        REQUIRE(submitted.ok());
        auto reviewed = SheetEditor(*streetAdmin)
                            .act(openSheet(*streetAdmin, d.community, quarter), SheetAction::FinishReview);
        REQUIRE(reviewed.ok());
        totals.append(reviewed->result().total);
    }
    REQUIRE_FALSE(totals.isEmpty());

    const auto target = SheetStore(*streetAdmin).target(TargetKind::Community, d.community.id);
    REQUIRE(target.ok());
    // The secretary may not rate their own year; a rating above 5 is refused.
    CHECK_FALSE(SheetEditor(*secretary).saveYearEnd(*target, year, { Points::whole(5), {}, {}, {} }).ok());
    const Status tooHigh
        = SheetEditor(*streetAdmin).saveYearEnd(*target, year, { Points::whole(6), {}, {}, {} });
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error().message.contains(QStringLiteral("5.00")));
    REQUIRE(SheetEditor(*streetAdmin)
                .saveYearEnd(*target, year,
                    { Points::parse(QStringLiteral("4.5")).value(), Points::whole(1), Points::whole(2),
                        QStringLiteral("年终考评") })
                .ok());

    const auto standing = ReportBuilder(*streetAdmin).annualForCode(d.community.code, year);
    REQUIRE(standing.ok());
    REQUIRE(standing->lines.size() == 1);
    const AnnualLine& line = standing->lines.first();
    // The mean of the reviewed quarters × 95 %, + 4.5 + 1 − 2 (equal weights).
    Points sum;
    for (const Points& total : totals)
        sum += total;
    const Points expected
        = sum.scaled(95, qint64(totals.size()) * 100) + Points::parse(QStringLiteral("3.5")).value();
    CHECK(line.result.total == expected);
    CHECK(line.note == QStringLiteral("年终考评"));
    CHECK(line.rank == 1);
    // A year ahead is refused.
    CHECK_FALSE(
        ReportBuilder(*streetAdmin).annualForCode(d.community.code, QDate::currentDate().year() + 1).ok());
}
