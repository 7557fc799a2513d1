// One home per rule and label (issue 22 §3): a rule written twice drifts apart, so each of
// these is looked for in the sources of core/, document/, ui/ and app/ and must stand in one file only.
// The behaviour behind them is tested where it is used (exports, PDFs, checks); this says
// where it lives.
#include "common/Digits.h"
#include "roster/Member.h"
#include "roster/MemberWords.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

#include <string>

using namespace redgrid;

namespace {

// The files below core/, document/, ui/ and app/ (relative to the source folder) that `pattern` matches,
// joined by ", " so that a failure names them.
std::string filesMatching(const QString& pattern)
{
    const QDir root(QStringLiteral(REDGRID_SOURCE_DIR));
    const QRegularExpression expression(pattern);
    REQUIRE(expression.isValid());
    QStringList found;
    for (const char* folder : { "core", "document", "ui", "app" }) {
        QDirIterator files(root.filePath(QLatin1String(folder)),
            { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            if (expression.match(QString::fromUtf8(file.readAll())).hasMatch())
                found.append(root.relativeFilePath(path));
        }
    }
    found.sort();
    return found.join(QStringLiteral(", ")).toStdString();
}

}  // namespace

TEST_CASE("One home: one digits helper", "[core][layers][one-home]")
{
    CHECK(filesMatching(QStringLiteral(R"(bool\s+allDigits\s*\()")) == "core/common/Digits.h");
    CHECK(filesMatching(QStringLiteral(R"(bool\s+isDigit\s*\(\s*QChar)")).empty());

    CHECK(allDigits(u"110105"));
    CHECK_FALSE(allDigits(u""));  // no code is empty
    CHECK_FALSE(allDigits(u"11010５"));  // a full-width digit is a mistake to report
    CHECK_FALSE(allDigits(u"1101-5"));
}

TEST_CASE("One home: the branch sizes of 支部工作条例 Art. 4", "[core][layers][one-home]")
{
    CHECK(filesMatching(QStringLiteral(R"(CommitteeFullMembers\s*=)")) == "core/organisation/OrgChecks.h");
    CHECK(filesMatching(QStringLiteral(R"(MinFullMembers\s*=)")) == "core/organisation/OrgChecks.h");
}

TEST_CASE("One home: the 所在党支部 rule", "[core][layers][one-home]")
{
    // A 党小组's members belong to its branch: written once, as SQL the roster reads with.
    CHECK(filesMatching(QStringLiteral(R"(kind\s*=\s*'group'\s+THEN)")) == "core/roster/MemberStore.cpp");
    CHECK(filesMatching(QStringLiteral(R"(class\s+BranchNames\b)")).empty());
}

TEST_CASE("One home: the labels of a member's status", "[core][layers][one-home]")
{
    // The official labels (exports, printed roster) stand beside the translated ones.
    for (const char16_t* label : { u"\"在册\"", u"\"已转出\"", u"\"已出党\"", u"\"已去世\"" }) {
        const QString quoted = QString::fromUtf16(label);
        INFO(quoted.toStdString());
        CHECK(filesMatching(QRegularExpression::escape(quoted)) == "core/roster/MemberWords.cpp");
    }
    using roster::MemberStatus;
    CHECK(roster::MemberWords::officialStatus(MemberStatus::Active) == QString::fromUtf16(u"在册"));
    CHECK(roster::MemberWords::officialStatus(MemberStatus::TransferredOut) == QString::fromUtf16(u"已转出"));
    CHECK(roster::MemberWords::officialStatus(MemberStatus::Departed) == QString::fromUtf16(u"已出党"));
    CHECK(roster::MemberWords::officialStatus(MemberStatus::Deceased) == QString::fromUtf16(u"已去世"));
    CHECK(roster::MemberWords::status(MemberStatus::Departed) == QStringLiteral("Left the Party"));
}
