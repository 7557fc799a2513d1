#include "hierarchy/DivisionCode.h"

#include <catch2/catch.hpp>

using namespace redgrid::hierarchy;

TEST_CASE("Division codes: valid codes at every level", "[core][hierarchy][code]")
{
    CHECK_FALSE(DivisionCode::problem(NodeLevel::District, QStringLiteral("500105"), {}));
    CHECK_FALSE(
        DivisionCode::problem(NodeLevel::Street, QStringLiteral("500105006000"), QStringLiteral("500105")));
    CHECK_FALSE(DivisionCode::problem(
        NodeLevel::Community, QStringLiteral("500105006012"), QStringLiteral("500105006000")));
    CHECK_FALSE(DivisionCode::problem(
        NodeLevel::Grid, QStringLiteral("500105006012003"), QStringLiteral("500105006012")));
    CHECK_FALSE(DivisionCode::problem(
        NodeLevel::Building, QStringLiteral("50010500601200300017"), QStringLiteral("500105006012003")));
}

TEST_CASE("Division codes: each kind of wrong code is named", "[core][hierarchy][code]")
{
    const QString street = QStringLiteral("500105006000");
    auto problem = [](NodeLevel level, const char* code, const QString& parent) {
        const auto p = DivisionCode::problem(level, QString::fromLatin1(code), parent);
        return p ? p->toStdString() : std::string();
    };
    CHECK_THAT(problem(NodeLevel::Community, "", street), Catch::Contains("empty"));
    CHECK_THAT(problem(NodeLevel::Community, "50010500601A", street), Catch::Contains("digits only"));
    CHECK_THAT(problem(NodeLevel::Community, "5001050060120", street), Catch::Contains("13 digits"));
    CHECK_THAT(
        problem(NodeLevel::Community, "500105007012", street), Catch::Contains("must begin with 500105006"));
    CHECK_THAT(problem(NodeLevel::Community, "500105006000", street), Catch::Contains("zero sequence"));
    CHECK_THAT(
        problem(NodeLevel::Street, "500105006001", QStringLiteral("500105")), Catch::Contains("end in 000"));
    CHECK_THAT(problem(NodeLevel::District, "500100", {}), Catch::Contains("province or city"));
    CHECK_THAT(problem(NodeLevel::Grid, "500105006012", QStringLiteral("500105006012")),
        Catch::Contains("12 digits"));
}

TEST_CASE("Division codes: compose, sequence and stem agree", "[core][hierarchy][code]")
{
    CHECK(DivisionCode::compose(NodeLevel::Street, QStringLiteral("500105"), 7)
        == QStringLiteral("500105007000"));
    CHECK(DivisionCode::compose(NodeLevel::Community, QStringLiteral("500105006000"), 12)
        == QStringLiteral("500105006012"));
    CHECK(DivisionCode::compose(NodeLevel::Grid, QStringLiteral("500105006012"), 3)
        == QStringLiteral("500105006012003"));
    CHECK(DivisionCode::compose(NodeLevel::Building, QStringLiteral("500105006012003"), 17)
        == QStringLiteral("50010500601200300017"));
    CHECK(DivisionCode::sequenceOf(NodeLevel::Street, QStringLiteral("500105101000")) == 101);
    CHECK(DivisionCode::sequenceOf(NodeLevel::Building, QStringLiteral("50010500601200300017")) == 17);
    CHECK(
        DivisionCode::stem(NodeLevel::Street, QStringLiteral("500105006000")) == QStringLiteral("500105006"));
    CHECK(DivisionCode::stem(NodeLevel::Grid, QStringLiteral("500105006012003"))
        == QStringLiteral("500105006012003"));
    CHECK(DivisionCode::districtFromStatistical(QStringLiteral("500105000000")) == QStringLiteral("500105"));
}
