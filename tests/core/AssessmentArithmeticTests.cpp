// The arithmetic of assessment (core/assessment) against cases worked out by hand: points in
// hundredths, deduction floors, computed shares, bonus caps, penalties, vetoes, grade and star
// bands at their edges, ranking and quotas with ties, and the annual formula.
#include "assessment/AnnualScore.h"
#include "assessment/AssessmentTemplate.h"
#include "assessment/Ranking.h"
#include "assessment/ScoreSheet.h"
#include "common/Utf16.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::assessment;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

Points p(const char* text)
{
    const auto parsed = Points::parse(QString::fromLatin1(text));
    REQUIRE(parsed);
    return *parsed;
}

// 100 points: a block of 40 (a manual item of 10, 三会一课 by deductions, grid coverage
// computed) and a manual block of 60; two bonus items (one an innovation), capped at 5
// together; a penalty item of up to 10; two vetoes.
AssessmentTemplate communityTemplate()
{
    AssessmentTemplate t;
    t.name = s(u"社区季度考核");
    Indicator building { QStringLiteral("1"), s(u"党组织建设"), {}, Points::whole(40), IndicatorKind::Regular,
        ScoringMethod::Sum, {}, {}, false, {} };
    building.children << Indicator { QStringLiteral("1.1"), s(u"班子建设"), s(u"班子健全"), Points::whole(10),
        IndicatorKind::Regular, ScoringMethod::Manual, {}, {}, false, {} };
    building.children << Indicator { QStringLiteral("1.2"), s(u"三会一课"), s(u"按期召开"), Points::whole(10),
        IndicatorKind::Regular, ScoringMethod::Deductions,
        { { QStringLiteral("missed"), s(u"少开1次"), p("0.5") },
            { QStringLiteral("no_record"), s(u"无记录1处"), Points::whole(2) } },
        {}, false, {} };
    building.children << Indicator { QStringLiteral("1.3"), s(u"网格党组织覆盖"), {}, Points::whole(20),
        IndicatorKind::Regular, ScoringMethod::Computed, {}, QStringLiteral("grids_covered"), false, {} };
    t.indicators << building;
    t.indicators << Indicator { QStringLiteral("2"), s(u"网格治理"), {}, Points::whole(60),
        IndicatorKind::Regular, ScoringMethod::Manual, {}, {}, false, {} };
    t.indicators << Indicator { QStringLiteral("B1"), s(u"创新项目"), {}, Points::whole(5),
        IndicatorKind::Bonus, ScoringMethod::Manual, {}, {}, true, {} };
    t.indicators << Indicator { QStringLiteral("B2"), s(u"宣传报道"), {}, Points::whole(4),
        IndicatorKind::Bonus, ScoringMethod::Manual, {}, {}, false, {} };
    t.indicators << Indicator { QStringLiteral("P1"), s(u"安全事故"), {}, Points::whole(10),
        IndicatorKind::Penalty, ScoringMethod::Manual, {}, {}, false, {} };
    t.vetoes << VetoRule { QStringLiteral("incident"), s(u"发生重大安全事故"), s(u"一般"), s(u"三星") };
    t.vetoes << VetoRule { QStringLiteral("satisfaction"), s(u"群众满意率低于90%"), s(u"一般"), {} };
    return t;
}

SheetInput fullMarks()
{
    SheetInput in;
    in.entries.insert(QStringLiteral("1.1"), { Points::whole(10), {}, {}, {} });
    in.entries.insert(QStringLiteral("2"), { Points::whole(60), {}, {}, {} });
    in.computed.insert(QStringLiteral("1.3"), { 14, 14, s(u"个网格有党组织") });
    return in;
}

}  // namespace

TEST_CASE("Points are hundredths: parsed, shown and rounded exactly", "[assessment]")
{
    CHECK(p("89.99").hundredths() == 8999);
    CHECK(p("0.5").hundredths() == 50);
    CHECK(p("-3").hundredths() == -300);
    CHECK(p("5.10") == p("5.1"));
    CHECK_FALSE(Points::parse(QStringLiteral("5.15"), 1));
    CHECK(Points::parse(QStringLiteral("5.10"), 1));
    CHECK_FALSE(Points::parse(QStringLiteral("1.005")));
    CHECK_FALSE(Points::parse(QStringLiteral("abc")));
    CHECK_FALSE(Points::parse(QString()));
    CHECK(str(p("89.99").toString()) == "89.99");
    CHECK(str(p("5.14").toString(1)) == "5.1");
    CHECK(str(p("5.15").toString(1)) == "5.2");  // half away from zero
    CHECK(str(p("-0.55").toString(1)) == "-0.6");
    CHECK(str(Points::whole(90).toString(0)) == "90");
    CHECK(Points::whole(6).scaled(12, 14) == p("5.14"));  // 5.142857…
    CHECK(p("0.05").fitsDecimals(2));
    CHECK_FALSE(p("0.05").fitsDecimals(1));
}

TEST_CASE("A sheet: deductions floored at zero, computed shares, bonus cap and penalty", "[assessment]")
{
    const AssessmentTemplate t = communityTemplate();
    REQUIRE(t.problems().isEmpty());

    SheetInput in = fullMarks();
    in.entries[QStringLiteral("1.1")].score = p("8.5");
    in.entries[QStringLiteral("1.1")].evidence = s(u"缺少一名委员");
    in.entries.insert(QStringLiteral("1.2"), { {}, { { QStringLiteral("missed"), 3 } }, {}, {} });
    in.computed[QStringLiteral("1.3")] = { 12, 14, s(u"个网格有党组织") };
    in.entries[QStringLiteral("2")].score = p("52.25");
    SheetResult r = ScoreSheet::compute(t, in);
    // 8.5 + (10 − 3 × 0.5) + 20 × 12 / 14 (17.142… → 17.14) + 52.25
    CHECK(r.indicators.value(QStringLiteral("1.2")).score == p("8.5"));
    CHECK(str(r.indicators.value(QStringLiteral("1.2")).reasons.join(QLatin1Char('|')))
        == "少开1次 × 3: −1.50");
    CHECK(r.indicators.value(QStringLiteral("1.3")).score == p("17.14"));
    CHECK(str(r.indicators.value(QStringLiteral("1.3")).reasons.first())
        == "12 of 14 个网格有党组织 → 17.14 of 20.00");
    CHECK(r.indicators.value(QStringLiteral("1")).score == p("34.14"));
    CHECK(r.regular == p("86.39"));
    CHECK(r.total == p("86.39"));
    CHECK(t.grades.levels.at(r.grade).name == s(u"较好"));

    SECTION("deductions beyond the maximum stop at zero")
    {
        in.entries[QStringLiteral("1.2")].findings
            = { { QStringLiteral("missed"), 4 }, { QStringLiteral("no_record"), 5 } };
        r = ScoreSheet::compute(t, in);
        CHECK(r.indicators.value(QStringLiteral("1.2")).score == Points());
        CHECK(r.indicators.value(QStringLiteral("1.2")).reasons.last().contains(QStringLiteral("12.00")));
        CHECK(r.regular == p("77.89"));
    }
    SECTION("bonus items capped together, the penalty outside the 100 points")
    {
        in.entries.insert(QStringLiteral("B1"), { Points::whole(3), {}, s(u"“红色物业”项目"), {} });
        in.entries.insert(QStringLiteral("B2"), { Points::whole(4), {}, {}, {} });
        in.entries.insert(QStringLiteral("P1"), { p("1.5"), {}, {}, {} });
        r = ScoreSheet::compute(t, in);
        CHECK(r.bonusEntered == Points::whole(7));
        CHECK(r.bonus == Points::whole(5));
        CHECK(r.penalty == p("1.5"));
        CHECK(r.total == p("89.89"));  // 86.39 + 5 − 1.5
        CHECK(r.innovation);
        // Full marks and the bonus go beyond 100.
        const SheetResult full = ScoreSheet::compute(t, [&] {
            SheetInput best = fullMarks();
            best.entries.insert(QStringLiteral("B2"), { Points::whole(4), {}, {}, {} });
            return best;
        }());
        CHECK(full.total == Points::whole(104));
    }
    SECTION("a computed indicator with nothing to count gets its maximum")
    {
        in.computed[QStringLiteral("1.3")] = { 0, 0, s(u"个网格") };
        CHECK(ScoreSheet::compute(t, in).indicators.value(QStringLiteral("1.3")).score == Points::whole(20));
    }
    SECTION("a template with one decimal rounds computed points to it")
    {
        AssessmentTemplate one = t;
        one.decimals = 1;
        CHECK(ScoreSheet::compute(one, in).indicators.value(QStringLiteral("1.3")).score == p("17.1"));
    }
}

TEST_CASE("Grades and stars at their edges, vetoes and the innovation item", "[assessment]")
{
    const AssessmentTemplate t = communityTemplate();
    const auto grade
        = [&](const char* total) { return t.grades.levels.at(t.grades.levelFor(p(total), false)).name; };
    CHECK(grade("90.00") == s(u"好"));
    CHECK(grade("89.99") == s(u"较好"));
    CHECK(grade("80") == s(u"较好"));
    CHECK(grade("79.99") == s(u"一般"));
    CHECK(grade("60") == s(u"一般"));
    CHECK(grade("59.99") == s(u"较差"));
    CHECK(grade("0") == s(u"较差"));
    const auto stars = [&](const char* total, bool innovation) {
        return t.stars.levels.at(t.stars.levelFor(p(total), innovation)).name;
    };
    CHECK(stars("90", true) == s(u"五星"));
    CHECK(stars("90", false) == s(u"四星"));
    CHECK(stars("89.99", true) == s(u"四星"));
    CHECK(stars("70", false) == s(u"三星"));
    CHECK(stars("69.99", false) == s(u"二星"));
    CHECK(stars("59.99", false) == s(u"一星"));

    SheetInput in = fullMarks();
    in.entries.insert(QStringLiteral("B1"), { Points::whole(2), {}, {}, {} });
    SheetResult r = ScoreSheet::compute(t, in);
    CHECK(r.total == Points::whole(102));
    CHECK(t.grades.levels.at(r.grade).name == s(u"好"));
    CHECK(t.stars.levels.at(r.stars).name == s(u"五星"));

    SECTION("a veto caps the grade whatever the points")
    {
        in.vetoes << QStringLiteral("satisfaction");
        r = ScoreSheet::compute(t, in);
        CHECK(t.grades.levels.at(r.grade).name == s(u"一般"));
        CHECK(t.stars.levels.at(r.stars).name == s(u"五星"));  // this veto leaves the stars
        CHECK(str(r.gradeReasons.join(QLatin1Char('|'))) == str(s(u"群众满意率低于90%: at best 一般")));
        in.vetoes << QStringLiteral("incident");
        r = ScoreSheet::compute(t, in);
        CHECK(t.stars.levels.at(r.stars).name == s(u"三星"));
        CHECK(r.vetoes.size() == 2);
    }
    SECTION("五星 needs an innovation item")
    {
        in.entries.remove(QStringLiteral("B1"));
        r = ScoreSheet::compute(t, in);
        CHECK(t.stars.levels.at(r.stars).name == s(u"四星"));
        CHECK(r.gradeReasons.join(QLatin1Char('|')).contains(s(u"五星 needs an innovation item")));
    }
}

TEST_CASE("Entries out of range are refused with the indicator named", "[assessment]")
{
    const AssessmentTemplate t = communityTemplate();
    SheetInput in = fullMarks();
    CHECK(ScoreSheet::problems(t, in).isEmpty());
    in.entries[QStringLiteral("1.1")].score = p("10.5");
    in.entries[QStringLiteral("2")].score = p("-1");
    in.entries.insert(QStringLiteral("1.2"), { {}, { { QStringLiteral("late"), 1 } }, {}, {} });
    in.entries.insert(QStringLiteral("9"), { Points::whole(1), {}, {}, {} });
    in.vetoes << QStringLiteral("flood");
    const QString problems = ScoreSheet::problems(t, in).join(QLatin1Char('\n'));
    INFO(str(problems));
    CHECK(problems.contains(s(u"1.1 班子建设: 10.50 is above its maximum of 10.00")));
    CHECK(problems.contains(s(u"2 网格治理: -1.00 is below zero")));
    CHECK(problems.contains(s(u"1.2 三会一课: it has no deduction rule late")));
    CHECK(problems.contains(s(u"9: there is no such indicator")));
    CHECK(problems.contains(s(u"flood: there is no such veto")));
    AssessmentTemplate one = t;
    one.decimals = 1;
    SheetInput fine = fullMarks();
    fine.entries[QStringLiteral("1.1")].score = p("8.25");
    CHECK(ScoreSheet::problems(one, fine).join(QString()).contains(QStringLiteral("more decimals")));
}

TEST_CASE("A template whose blocks do not add up is refused, naming the block", "[assessment]")
{
    AssessmentTemplate t = communityTemplate();
    t.indicators[0].children[2].max = Points::whole(19);
    QString problems = t.problems().join(QLatin1Char('\n'));
    CHECK(problems.contains(s(u"1 党组织建设: its indicators add up to 39.00 points, not 40.00")));
    t.indicators[0].max = Points::whole(39);
    problems = t.problems().join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("the blocks add up to 99.00 points, not 100.00")));
    t = communityTemplate();
    t.indicators[0].children[2].source.clear();
    t.indicators[1].key = QStringLiteral("1.1");
    problems = t.problems().join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("needs a data source")));
    CHECK(problems.contains(QStringLiteral("the key 1.1 is used twice")));
}

TEST_CASE("Ranking gives ties the same rank and skips the next", "[assessment]")
{
    QList<RankedTarget> targets { { QStringLiteral("d"), s(u"丁"), p("90") },
        { QStringLiteral("a"), s(u"甲"), p("95") }, { QStringLiteral("c"), s(u"丙"), p("93") },
        { QStringLiteral("b"), s(u"乙"), p("93") } };
    Ranking::rank(targets);
    QList<int> ranks;
    QStringList order;
    for (const RankedTarget& t : targets) {
        ranks << t.rank;
        order << t.id;
    }
    CHECK(ranks == QList<int> { 1, 2, 2, 4 });
    CHECK(order.first() == QStringLiteral("a"));
    CHECK(order.last() == QStringLiteral("d"));
}

TEST_CASE("Quotas are applied in rank order and never split a tie", "[assessment]")
{
    const LevelScale stars = LevelScale::defaultStars();  // 五星 ≤ 10 %, 四星 ≤ 40 %
    const auto ranked = [&](const QList<const char*>& totals) {
        QList<RankedTarget> targets;
        int n = 0;
        for (const char* total : totals) {
            RankedTarget t;
            t.id = QString::number(++n);
            t.name = QString::number(n);
            t.total = p(total);
            t.stars = stars.levelFor(t.total, true);
            targets << t;
        }
        Ranking::rank(targets);
        Ranking::applyQuotas(targets, stars, &RankedTarget::stars);
        QStringList names;
        for (const RankedTarget& t : targets)
            names << stars.levels.at(t.stars).name;
        return std::pair { targets, names.join(QLatin1Char(' ')) };
    };
    // Ten targets: one 五星, four 四星.
    auto [ten, names] = ranked({ "96", "95", "91", "88", "85", "84", "82", "75", "65", "50" });
    CHECK(str(names) == str(s(u"五星 四星 四星 四星 四星 三星 三星 三星 二星 一星")));
    CHECK(ten[0].capped.isEmpty());
    REQUIRE(ten[1].capped.size() == 1);
    CHECK(str(ten[1].capped.first())
        == str(
            s(u"五星 is for at most 10 % of the 10 ranked together (1); ranked 2 with 95.00, given 四星")));
    CHECK(ten[5].capped.first().contains(s(u"四星 is for at most 40 %")));

    // A tie at the limit is capped together.
    auto [tied, tiedNames] = ranked({ "96", "96", "88", "85", "84", "75", "70", "65", "60", "50" });
    CHECK(str(tiedNames) == str(s(u"四星 四星 四星 四星 三星 三星 三星 二星 二星 一星")));
    CHECK(tied[0].rank == 1);
    CHECK(tied[1].rank == 1);
    // … and given together when it fits (20 targets: two 五星).
    auto [twenty, twentyNames] = ranked({ "96", "96", "88", "85", "84", "75", "70", "65", "60", "50", "50",
        "50", "50", "50", "50", "50", "50", "50", "50", "50" });
    CHECK(twentyNames.startsWith(s(u"五星 五星 四星")));
}

TEST_CASE(
    "The annual score: 95 % of the quarters' mean, the year-end rating, bonus and penalty", "[assessment]")
{
    const AnnualRule rule;
    AnnualInput in;
    in.quarters[0] = p("92");
    in.quarters[1] = p("88");
    in.quarters[2] = p("90.5");
    in.quarters[3] = p("85.25");
    in.yearEnd = p("4.5");
    in.bonus = Points::whole(1);
    in.penalty = p("0.5");
    // mean 88.9375 × 95 % = 84.490625 → 84.49; + 4.5 + 1 − 0.5
    AnnualResult r = AnnualScore::compute(rule, in);
    CHECK(r.quartersPart == p("84.49"));
    CHECK(r.total == p("89.49"));
    CHECK(r.notes.isEmpty());

    in.quarters[3].reset();
    in.yearEnd = Points::whole(7);
    r = AnnualScore::compute(rule, in);
    CHECK(r.quartersPart == p("85.66"));  // 90.1666… × 95 % = 85.658…
    CHECK(r.yearEnd == Points::whole(5));
    CHECK(r.notes.size() == 2);

    AnnualRule weighted;  // Q4 counts double, the quarters are 100 %
    weighted.quarterWeights[3] = 2;
    weighted.quartersPercent = 100;
    weighted.yearEndMax = Points();
    AnnualInput plain;
    for (int q = 0; q < 4; ++q)
        plain.quarters[q] = Points::whole(80 + q * 5);  // 80 85 90 95
    CHECK(AnnualScore::compute(weighted, plain).total == Points::whole(89));  // (80 + 85 + 90 + 2 × 95) / 5
}
