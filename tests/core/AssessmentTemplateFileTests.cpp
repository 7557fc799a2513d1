// Assessment periods, the built-in templates and template files (core/assessment): a template
// written to a file and read back is the same template, same id and version; damaged files,
// other programs' files, newer layouts and templates that do not add up are refused by name.
#include "assessment/DefaultTemplates.h"
#include "assessment/Period.h"
#include "assessment/ScoreSheet.h"
#include "assessment/SheetState.h"
#include "assessment/TemplateFile.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <functional>

using namespace redgrid;
using namespace redgrid::assessment;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

// Every node's fields, depth first, as one line each: what "the same template" means.
QStringList describe(const AssessmentTemplate& t)
{
    QStringList lines { QStringLiteral("%1 v%2 %3 %4 %5 %6 %7")
                            .arg(t.id.toString())
                            .arg(t.version)
                            .arg(t.name)
                            .arg(int(t.target))
                            .arg(t.decimals)
                            .arg(t.total.toString(), t.bonusCap.toString()) };
    for (const auto& [node, depth] : t.flatten()) {
        QString line = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                           .arg(depth)
                           .arg(node->key, node->name, node->standard, node->max.toString())
                           .arg(int(node->kind))
                           .arg(int(node->method))
                           .arg(node->source)
                           .arg(int(node->innovation));
        for (const DeductionRule& rule : node->deductions)
            line += QStringLiteral("|%1:%2:%3").arg(rule.key, rule.finding, rule.perFinding.toString());
        lines << line;
    }
    for (const VetoRule& veto : t.vetoes)
        lines << QStringLiteral("veto %1 %2 %3 %4")
                     .arg(veto.key, veto.description, veto.bestGrade, veto.bestStars);
    for (const LevelScale* scale : { &t.grades, &t.stars })
        for (const Level& level : scale->levels)
            lines << QStringLiteral("level %1 %2 %3 %4")
                         .arg(level.name, level.from.toString())
                         .arg(int(level.needsInnovation))
                         .arg(level.quotaPercent);
    lines << QStringLiteral("annual %1 %2 %3 %4 %5 %6")
                 .arg(t.annual.quarterWeights[0])
                 .arg(t.annual.quarterWeights[1])
                 .arg(t.annual.quarterWeights[2])
                 .arg(t.annual.quarterWeights[3])
                 .arg(t.annual.quartersPercent)
                 .arg(t.annual.yearEndMax.toString());
    return lines;
}

// The file of `t` with one change made to its JSON by `edit`.
QByteArray edited(const AssessmentTemplate& t, const std::function<void(QJsonObject& body)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(TemplateFile::toJson(t)).object();
    QJsonObject body = root.value(QStringLiteral("template")).toObject();
    edit(body);
    root.insert(QStringLiteral("template"), body);
    return QJsonDocument(root).toJson();
}

QString refusal(const QByteArray& bytes)
{
    auto read = TemplateFile::fromJson(bytes, QStringLiteral("考核模板.json"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().file == QStringLiteral("考核模板.json"));
    return read.error().message;
}

}  // namespace

TEST_CASE("Periods are quarters and years, and are scored once begun", "[assessment][period]")
{
    const auto q3 = Period::parse(QStringLiteral("2026Q3"));
    REQUIRE(q3);
    CHECK(q3->year() == 2026);
    CHECK(q3->quarter() == 3);
    CHECK(q3->first() == QDate(2026, 7, 1));
    CHECK(q3->last() == QDate(2026, 9, 30));
    CHECK(q3->code() == QStringLiteral("2026Q3"));
    CHECK(q3->previous().code() == QStringLiteral("2026Q2"));
    CHECK(Period::parse(QStringLiteral("2026q1"))->previous().code() == QStringLiteral("2025Q4"));
    CHECK(Period::quarterOf(2024, 1).last() == QDate(2024, 3, 31));
    CHECK(Period::quarterOf(2026, 4).last() == QDate(2026, 12, 31));
    CHECK(Period::containing(QDate(2026, 12, 7)).code() == QStringLiteral("2026Q4"));
    CHECK(Period::containing(QDate(2026, 4, 1)).code() == QStringLiteral("2026Q2"));

    const auto year = Period::parse(QStringLiteral(" 2025 "));
    REQUIRE(year);
    CHECK_FALSE(year->isQuarter());
    CHECK(year->first() == QDate(2025, 1, 1));
    CHECK(year->last() == QDate(2025, 12, 31));
    CHECK(year->quarters().size() == 4);
    CHECK(year->quarters().at(3).code() == QStringLiteral("2025Q4"));
    CHECK(year->contains(QDate(2025, 6, 30)));
    CHECK_FALSE(q3->contains(QDate(2026, 10, 1)));

    for (const char* wrong : { "2026Q5", "2026Q0", "26Q3", "2026-Q3", "Q3", "", "二〇二六", "0000Q1" })
        CHECK_FALSE(Period::parse(QString::fromUtf8(wrong)));

    const QDate today(2026, 12, 7);
    CHECK(Period::forScoring(QStringLiteral("2026Q4"), today).ok());  // the quarter under way
    CHECK(Period::forScoring(QStringLiteral("2026"), today).ok());
    const auto future = Period::forScoring(QStringLiteral("2027Q1"), today);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("2027Q1")));
    CHECK(future.error().message.contains(QStringLiteral("2027-01-01")));
    const auto wrong = Period::forScoring(QStringLiteral("2026Q5"), today);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("2026Q5")));
}

TEST_CASE("The built-in templates add up and score as the published tables do", "[assessment][template]")
{
    for (const AssessmentTemplate& t : DefaultTemplates::all()) {
        INFO(str(t.name));
        CHECK(t.problems().isEmpty());
        CHECK(t.regularMaximum() == Points::whole(100));
        CHECK_FALSE(t.id.isNull());
    }
    const AssessmentTemplate community = DefaultTemplates::communityQuarterly();
    CHECK(community.target == TargetKind::Community);
    CHECK(DefaultTemplates::branchStars().target == TargetKind::Branch);
    CHECK(community.id != DefaultTemplates::branchStars().id);
    // The same id every time: a street's default and its communities' are one template.
    CHECK(DefaultTemplates::communityQuarterly().id == community.id);

    // Full marks everywhere except three missed 支委会 (3 × 0.5) and 11 of 14 grids covered:
    // 6 × 11 / 14 = 4.714… → 4.71; 100 − 1.5 − 1.29 = 97.21.
    SheetInput input;
    for (const auto& [node, depth] : community.flatten())
        if (node->method == ScoringMethod::Manual && node->kind == IndicatorKind::Regular)
            input.entries[node->key].score = node->max;
        else if (node->method == ScoringMethod::Computed)
            input.computed[node->key] = ComputedValue { 1, 1, QStringLiteral("x") };
    input.entries[QStringLiteral("3.1")].findings[QStringLiteral("d2")] = 3;
    input.computed[QStringLiteral("1.1")] = ComputedValue { 11, 14, QStringLiteral("网格") };
    CHECK(ScoreSheet::problems(community, input).isEmpty());
    const SheetResult result = ScoreSheet::compute(community, input);
    CHECK(result.indicators.value(QStringLiteral("1.1")).score.toString() == QStringLiteral("4.71"));
    CHECK(result.indicators.value(QStringLiteral("3.1")).score.toString() == QStringLiteral("6.50"));
    CHECK(result.total.toString() == QStringLiteral("97.21"));
    CHECK(community.grades.levels.at(result.grade).name == QStringLiteral("好"));
    // 97.21 reaches 五星's points, but there is no innovation item: 四星.
    CHECK(community.stars.levels.at(result.stars).name == QStringLiteral("四星"));
    // The satisfaction veto caps it at 一般.
    input.vetoes << QStringLiteral("satisfaction");
    CHECK(community.grades.levels.at(ScoreSheet::compute(community, input).grade).name
        == QStringLiteral("一般"));
}

TEST_CASE("A template file reads back as the same template, id and version", "[assessment][template]")
{
    test::TempDir dir;
    for (AssessmentTemplate t : DefaultTemplates::all()) {
        t.version = 3;
        t.decimals = 1;
        t.annual.quarterWeights[3] = 2;
        t.annual.quartersPercent = 90;
        t.stars.levels[1].quotaPercent = 30;
        const QString path = dir.path(t.name + QStringLiteral(".json"));
        REQUIRE(TemplateFile::write(t, path).ok());
        auto read = TemplateFile::read(path);
        REQUIRE(read.ok());
        CHECK(describe(*read) == describe(t));
        CHECK(read->id == t.id);
        CHECK(read->version == 3);
    }
    // The file is UTF-8 JSON with the Chinese text as it is, for someone opening it.
    const QByteArray bytes = TemplateFile::toJson(DefaultTemplates::communityQuarterly());
    CHECK(bytes.contains(QStringLiteral("每少开1次支委会").toUtf8()));
}

TEST_CASE(
    "Template files that are damaged, foreign, newer or do not add up are refused", "[assessment][template]")
{
    const AssessmentTemplate t = DefaultTemplates::communityQuarterly();
    const QByteArray good = TemplateFile::toJson(t);

    CHECK(refusal(good.left(good.size() / 2)).contains(QStringLiteral("damaged or incomplete")));
    CHECK(refusal(QByteArray("\xFF\xFE garbage")).contains(QStringLiteral("damaged or incomplete")));
    CHECK(refusal(R"({"name": "考核", "items": []})")
              .contains(QStringLiteral("not a RedGrid assessment template")));
    CHECK(refusal("[1, 2, 3]").contains(QStringLiteral("not a RedGrid assessment template")));

    QJsonObject newer = QJsonDocument::fromJson(good).object();
    newer.insert(QStringLiteral("formatVersion"), TemplateFile::FormatVersion + 1);
    const QString newerMessage = refusal(QJsonDocument(newer).toJson());
    CHECK(newerMessage.contains(QStringLiteral("newer RedGrid")));
    CHECK(newerMessage.contains(QString::number(TemplateFile::FormatVersion + 1)));

    // A value of the wrong kind names the indicator.
    const QString badMax = refusal(edited(t, [](QJsonObject& body) {
        QJsonArray blocks = body.value(QStringLiteral("indicators")).toArray();
        QJsonObject first = blocks.at(0).toObject();
        QJsonArray children = first.value(QStringLiteral("children")).toArray();
        QJsonObject child = children.at(1).toObject();
        child.insert(QStringLiteral("max"), QStringLiteral("六分"));
        children.replace(1, child);
        first.insert(QStringLiteral("children"), children);
        blocks.replace(0, first);
        body.insert(QStringLiteral("indicators"), blocks);
    }));
    INFO(str(badMax));
    CHECK(badMax.contains(QStringLiteral("1.2")));
    CHECK(badMax.contains(QStringLiteral("六分")));

    CHECK(refusal(edited(t, [](QJsonObject& body) {
        body.insert(QStringLiteral("id"), QStringLiteral("abc"));
    })).contains(QStringLiteral("id")));
    CHECK(refusal(edited(t, [](QJsonObject& body) {
        body.insert(QStringLiteral("target"), QStringLiteral("村"));
    })).contains(QStringLiteral("target")));

    // Blocks that do not add up: the template cannot be used.
    const QString notAddingUp = refusal(
        edited(t, [](QJsonObject& body) { body.insert(QStringLiteral("total"), QStringLiteral("110")); }));
    CHECK(notAddingUp.contains(QStringLiteral("cannot be used")));
    CHECK(notAddingUp.contains(QStringLiteral("110")));

    // Nothing is written over the file being read, and a write is complete or absent.
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("模板.json"));
    REQUIRE(TemplateFile::write(t, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == good);
}

TEST_CASE(
    "A sheet moves self → submitted → reviewed → confirmed, each step by its role", "[assessment][workflow]")
{
    using security::Role;
    using S = SheetState;
    using A = SheetAction;
    const auto community = TargetKind::Community;
    // The happy path, by the roles that take it.
    CHECK_FALSE(SheetWorkflow::refusal(Role::CommunitySecretary, community, S::SelfAssessment, A::SaveSelf));
    CHECK(SheetWorkflow::after(S::SelfAssessment, A::Submit) == S::Submitted);
    CHECK_FALSE(SheetWorkflow::refusal(Role::CommunitySecretary, community, S::SelfAssessment, A::Submit));
    CHECK_FALSE(SheetWorkflow::refusal(Role::StreetAdmin, community, S::Submitted, A::SaveReview));
    CHECK(SheetWorkflow::after(S::Submitted, A::FinishReview) == S::Reviewed);
    CHECK_FALSE(SheetWorkflow::refusal(Role::StreetAdmin, community, S::Reviewed, A::SaveReview));
    CHECK(SheetWorkflow::after(S::Reviewed, A::Confirm) == S::Confirmed);
    CHECK_FALSE(SheetWorkflow::refusal(Role::DistrictAdmin, community, S::Reviewed, A::Confirm));
    CHECK(SheetWorkflow::after(S::Confirmed, A::Reopen) == S::Reviewed);
    CHECK(SheetWorkflow::after(S::Submitted, A::Return) == S::SelfAssessment);

    // Each action in every state: allowed exactly where the path above has it.
    const QList<S> states { S::SelfAssessment, S::Submitted, S::Reviewed, S::Confirmed };
    const QList<A> actions { A::SaveSelf, A::Submit, A::Return, A::SaveReview, A::FinishReview, A::Confirm,
        A::Reopen };
    int allowed = 0;
    for (S state : states)
        for (A action : actions)
            allowed += SheetWorkflow::after(state, action) ? 1 : 0;
    CHECK(allowed == 8);  // save self, submit; return, save review ×2, finish; confirm; reopen

    // A confirmed sheet says how to change it.
    const auto locked = SheetWorkflow::refusal(Role::StreetAdmin, community, S::Confirmed, A::SaveReview);
    REQUIRE(locked);
    CHECK(locked->contains(QStringLiteral("reopen")));
    // Roles: a secretary does not review their own community; a street does not fill in the
    // community's self-assessment; a grid worker and an auditor do neither.
    CHECK(SheetWorkflow::refusal(Role::CommunitySecretary, community, S::Submitted, A::SaveReview));
    CHECK(SheetWorkflow::refusal(Role::CommunitySecretary, community, S::Reviewed, A::Confirm));
    CHECK(SheetWorkflow::refusal(Role::StreetAdmin, community, S::SelfAssessment, A::SaveSelf));
    for (Role role : { Role::GridWorker, Role::Auditor })
        for (A action : actions)
            CHECK_FALSE(SheetWorkflow::roleMay(role, community, action));
    // A branch is scored and reviewed by its 党委: the community's secretary does both.
    CHECK_FALSE(
        SheetWorkflow::refusal(Role::CommunitySecretary, TargetKind::Branch, S::Submitted, A::SaveReview));
    CHECK_FALSE(
        SheetWorkflow::refusal(Role::CommunitySecretary, TargetKind::Branch, S::Reviewed, A::Confirm));
    // Codes round-trip.
    for (S state : states)
        CHECK(SheetWorkflow::fromCode(SheetWorkflow::code(state)) == state);
    CHECK_FALSE(SheetWorkflow::fromCode(u"locked"));
}
