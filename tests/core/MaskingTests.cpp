#include "roster/Masking.h"

#include <catch2/catch.hpp>

using namespace redgrid::roster;

TEST_CASE("Masking: ID numbers keep the address code and the last 4", "[rules][mask]")
{
    CHECK(maskIdNumber(QStringLiteral("110105199001011234")) == QStringLiteral("110105********1234"));
    CHECK(maskIdNumber(QStringLiteral("44011320141005001X")) == QStringLiteral("440113********001X"));
    CHECK(maskIdNumber(QStringLiteral(" 440308199901101512 ")) == QStringLiteral("440308********1512"));
    // A 15-digit number is still masked the same way (6 + 5 hidden + 4).
    CHECK(maskIdNumber(QStringLiteral("610104620927690")) == QStringLiteral("610104*****7690"));
    // Too short to hide anything: fully starred, same length.
    CHECK(maskIdNumber(QStringLiteral("12345678")) == QStringLiteral("********"));
    CHECK(maskIdNumber(QStringLiteral("X")) == QStringLiteral("*"));
    CHECK(maskIdNumber(QString()).isEmpty());
    CHECK(maskIdNumber(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Masking: phone numbers", "[rules][mask]")
{
    CHECK(maskPhone(QStringLiteral("13856785678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("+86 138 1234 5678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("023-67891234")) == QStringLiteral("023-****1234"));
    CHECK(maskPhone(QStringLiteral("(0943)8212345")) == QStringLiteral("0943-***2345"));
    CHECK(maskPhone(QStringLiteral("023-67891234转801")) == QStringLiteral("023-****1234-***"));
    // Not a phone number RedGrid recognises: the last 4 stay when there is enough to hide.
    CHECK(maskPhone(QStringLiteral("67891234")) == QStringLiteral("****1234"));
    CHECK(maskPhone(QStringLiteral("95588")) == QStringLiteral("*****"));
    CHECK(maskPhone(QStringLiteral("110")) == QStringLiteral("***"));
    CHECK(maskPhone(QString()).isEmpty());
}
