// The annual view of the sheets page (issue 23 §2): a year's annual score of every community
// of the area from its reviewed quarters, and the year-end rating the assessor gives there.
#include "UiTestSupport.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
#include "organisation/OrgStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/SheetsPage.h"
#include "ui/common/Translations.h"

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using assessment::Points;
using security::Role;

namespace {

// The year of AreaDemo::Today, whose first three quarters the demo scored.
const int Year = test::AreaDemo::Today.year();

// The page on the year's annual scores of the communities of the account's area.
void chooseYear(QWidget& page)
{
    auto* periods = test::namedChild<QComboBox>(page, "sheetPeriod");
    const int index = periods->findData(QString::number(Year));
    REQUIRE(index >= 0);
    periods->setCurrentIndex(index);
    test::processEventsFor(20);
}

int columnNamed(QTreeWidget* overview, const QString& title)
{
    for (int column = 0; column < overview->columnCount(); ++column)
        if (overview->headerItem()->text(column) == title)
            return column;
    FAIL("no column " << title.toStdString());
    return -1;
}

QTreeWidgetItem* overviewRow(QTreeWidget* overview, const QString& name)
{
    for (int i = 0; i < overview->topLevelItemCount(); ++i)
        if (overview->topLevelItem(i)->text(0) == name)
            return overview->topLevelItem(i);
    return nullptr;
}

assessment::AnnualLine annualLineOf(storage::Connection& db, const QString& name)
{
    auto standing = assessment::ReportBuilder(db).annualForCode(QString(), Year, test::AreaDemo::Today);
    REQUIRE(standing);
    for (const assessment::AnnualLine& line : standing->lines)
        if (line.target.name == name)
            return line;
    FAIL("no annual line of " << name.toStdString());
    return {};
}

int decimalsOf(storage::Connection& db)
{
    const auto table = assessment::TemplateStore(db).inUse(assessment::TargetKind::Community);
    REQUIRE(table);
    return table->table->decimals;
}

// Opens the year-end rating of the chosen row; `act` has the dialog and must close it.
void rateChosen(QWidget& page, std::function<void(QDialog*)> act)
{
    auto* button = test::namedChild<QPushButton>(page, "yearEndRating");
    REQUIRE(button->isEnabled());
    bool opened = false;
    test::onNextModal(
        [&](QWidget* modal) {
            opened = true;
            act(qobject_cast<QDialog*>(modal));
        },
        [](QWidget* modal) { return modal->objectName() == QStringLiteral("yearEndDialog"); });
    button->click();
    REQUIRE(opened);
    test::processEventsFor(20);
}

void typeRating(QDialog* dialog, const QString& points)
{
    REQUIRE(dialog);
    auto* rating = test::namedChild<QDoubleSpinBox>(*dialog, "yearEndRatingValue");
    rating->setFocus();
    rating->selectAll();
    test::typeText(rating, points);
}

}  // namespace

TEST_CASE("A year on the sheets page lists each community's quarters and annual score as core works "
          "them out",
    "[ui][assessment]")
{
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.resize(1500, 900);
    page.show();
    chooseYear(page);

    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    auto standing = assessment::ReportBuilder(*db).annualForCode(QString(), Year, test::AreaDemo::Today);
    REQUIRE(standing);
    REQUIRE(overview->topLevelItemCount() == standing->lines.size());
    const int decimals = decimalsOf(*db);
    const int annual = columnNamed(overview, QStringLiteral("Annual"));
    const int rank = columnNamed(overview, QStringLiteral("Rank"));
    assessment::SheetStore store(*db);
    int quartersSeen = 0;
    for (const assessment::AnnualLine& line : standing->lines) {
        INFO(line.target.name.toStdString());
        QTreeWidgetItem* row = overviewRow(overview, line.target.name);
        REQUIRE(row);
        CHECK(row->text(annual) == line.result.total.toString(decimals));
        CHECK(row->text(rank) == QStringLiteral("%1 / %2").arg(line.rank).arg(line.rankedWith));
        // Each quarter's column: the reviewed sheet's total, blank when not reviewed.
        for (int q = 1; q <= 4; ++q) {
            QString expected;
            for (const auto& sheet : store.overview(assessment::Period::quarterOf(Year, q), { line.target }))
                if (sheet.total
                    && (sheet.state == assessment::SheetState::Reviewed
                        || sheet.state == assessment::SheetState::Confirmed))
                    expected = sheet.total->toString(decimals);
            CHECK(row->text(columnNamed(overview, QStringLiteral("Q%1").arg(q))) == expected);
            quartersSeen += expected.isEmpty() ? 0 : 1;
        }
    }
    CHECK(quartersSeen >= standing->lines.size() * 2);  // the demo reviewed most quarters
    // A year has no sheet, no charts and no quarterly report.
    CHECK_FALSE(test::namedChild<QTabWidget>(page, "sheetTabs")->isVisible());
    CHECK(test::namedChild<QLabel>(page, "annualNoSheet")->isVisible());
    CHECK_FALSE(test::namedChild<QPushButton>(page, "printReport")->isEnabled());
    CHECK_FALSE(test::namedChild<QPushButton>(page, "printSummary")->isEnabled());
    CHECK(test::namedChild<QPushButton>(page, "yearEndRating")->isEnabled());
    test::screenshot(&page, QStringLiteral("assessment-annual-street"));

    // Back to a quarter: its five columns and the sheet again.
    test::namedChild<QComboBox>(page, "sheetPeriod")->setCurrentIndex(1);
    test::processEventsFor(20);
    CHECK(overview->columnCount() == 5);
    CHECK(test::namedChild<QTabWidget>(page, "sheetTabs")->isVisible());
    CHECK(test::namedChild<QPushButton>(page, "printReport")->isEnabled());
    CHECK_FALSE(test::namedChild<QPushButton>(page, "yearEndRating")->isVisible());
}

TEST_CASE("The street's administrator gives a community its year-end rating from the annual view",
    "[ui][assessment]")
{
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.show();
    chooseYear(page);
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    const int annual = columnNamed(overview, QStringLiteral("Annual"));
    const int yearEnd = columnNamed(overview, QStringLiteral("Year-End"));
    const int decimals = decimalsOf(*db);
    QTreeWidgetItem* row = overviewRow(overview, d.community.name);
    REQUIRE(row);
    overview->setCurrentItem(row);
    const Points before = annualLineOf(*db, d.community.name).result.total;
    CHECK(row->text(annual) == before.toString(decimals));
    assessment::SheetStore store(*db);
    const auto target = store.target(assessment::TargetKind::Community, d.community.id);
    REQUIRE(target);
    REQUIRE_FALSE(store.yearEnd(*target, Year));

    // Esc: nothing is stored.
    rateChosen(page, [](QDialog* dialog) {
        typeRating(dialog, QStringLiteral("4"));
        test::pressKey(dialog->focusWidget(), Qt::Key_Escape);
        CHECK_FALSE(dialog->isVisible());
    });
    CHECK_FALSE(store.yearEnd(*target, Year));

    // Typed, then Enter: saved, and the line read again.
    rateChosen(page, [](QDialog* dialog) {
        typeRating(dialog, QStringLiteral("3.5"));
        test::pressKey(dialog->focusWidget(), Qt::Key_Return);
        CHECK_FALSE(dialog->isVisible());
        if (dialog->isVisible())
            dialog->reject();
    });
    const auto given = store.yearEnd(*target, Year);
    REQUIRE(given);
    CHECK(given->rating == *Points::parse(QStringLiteral("3.5")));
    const Points after = annualLineOf(*db, d.community.name).result.total;
    CHECK(after != before);
    row = overviewRow(overview, d.community.name);
    REQUIRE(row);
    CHECK(row->text(annual) == after.toString(decimals));
    CHECK(row->text(yearEnd) == given->rating.toString(decimals));
    CHECK(overview->currentItem() == row);  // the same community stays chosen

    // Opened again, the dialog holds what is stored.
    rateChosen(page, [&](QDialog* dialog) {
        REQUIRE(dialog);
        CHECK(test::namedChild<QDoubleSpinBox>(*dialog, "yearEndRatingValue")->value() == Approx(3.5));
        test::screenshot(dialog, QStringLiteral("assessment-year-end-dialog"));
        dialog->reject();
    });
}

TEST_CASE("A community's secretary may not give their own community its year-end rating", "[ui][assessment]")
{
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.show();
    chooseYear(page);
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    QTreeWidgetItem* row = overviewRow(overview, d.community.name);
    REQUIRE(row);
    overview->setCurrentItem(row);
    assessment::SheetStore store(*db);
    const auto target = store.target(assessment::TargetKind::Community, d.community.id);
    REQUIRE(target);
    // Core's own words for the refusal.
    const Status refused = assessment::SheetEditor(*db).saveYearEnd(
        *target, Year, { Points::whole(2), Points(), Points(), QString() });
    REQUIRE_FALSE(refused);

    rateChosen(page, [&](QDialog* dialog) {
        typeRating(dialog, QStringLiteral("2"));
        test::pressKey(dialog->focusWidget(), Qt::Key_Return);
        test::processEventsFor(20);
        CHECK(dialog->isVisible());  // it stays open with the entries
        CHECK(test::namedChild<QLabel>(*dialog, "yearEndRefusal")->text() == refused.error().message);
        CHECK(test::namedChild<QDoubleSpinBox>(*dialog, "yearEndRatingValue")->value() == Approx(2));
        dialog->reject();
    });
    CHECK_FALSE(store.yearEnd(*target, Year));
}

TEST_CASE("The annual view and the year-end rating read in Chinese", "[ui][assessment][i18n]")
{
    // As `redgrid --lang zh_CN` does it.
    REQUIRE(ui::installInterfaceLanguage(
        *QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    struct Restore
    {
        ~Restore()
        {
            qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    } restore;
    test::AreaDemo d;
    auto db = test::signInAs(d, QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.resize(1500, 700);
    page.show();
    chooseYear(page);
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{2,}"));
    for (int column = 0; column < overview->columnCount(); ++column)
        CHECK_FALSE(overview->headerItem()->text(column).contains(english));
    CHECK(test::namedChild<QComboBox>(page, "sheetPeriod")->currentText()
        == QStringLiteral("%1年度").arg(Year));
    // Every column reads whole at the page's width: none is cut to "…".
    for (int column = 0; column < overview->columnCount(); ++column)
        CHECK(overview->header()->sectionSize(column) >= overview->header()->sectionSizeHint(column));
    test::screenshot(&page, QStringLiteral("assessment-annual-zh"));
    REQUIRE(overview->topLevelItemCount() > 0);
    overview->setCurrentItem(overview->topLevelItem(0));
    rateChosen(page, [](QDialog* dialog) {
        REQUIRE(dialog);
        CHECK(dialog->windowTitle() == QStringLiteral("年终评定"));
        test::screenshot(dialog, QStringLiteral("assessment-year-end-dialog-zh"));
        dialog->reject();
    });
}

TEST_CASE("The administrator's year lists the branches, each ranked within its 党委", "[ui][assessment]")
{
    test::AreaDemo d;
    storage::Connection* db = d.admin.get();
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    page.show();
    auto* kinds = test::namedChild<QComboBox>(page, "sheetTargetKind");
    kinds->setCurrentIndex(kinds->findData(int(assessment::TargetKind::Branch)));
    chooseYear(page);

    // What core works out for each top organisation (the demo scored the first street's).
    const auto committees = organisation::OrgStore(*db).children(RecordId());
    REQUIRE_FALSE(committees.isEmpty());
    QList<assessment::AnnualLine> expected;
    for (const auto& committee : committees)
        if (auto standing
            = assessment::ReportBuilder(*db).annualForCode(committee.code, Year, test::AreaDemo::Today))
            expected.append(standing->lines);
    REQUIRE_FALSE(expected.isEmpty());
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    CHECK(overview->headerItem()->text(0) == QStringLiteral("Branch"));
    CHECK(overview->topLevelItemCount() == expected.size());
    const auto table = assessment::TemplateStore(*db).inUse(assessment::TargetKind::Branch);
    REQUIRE(table);
    const int annual = columnNamed(overview, QStringLiteral("Annual"));
    const int rank = columnNamed(overview, QStringLiteral("Rank"));
    for (const assessment::AnnualLine& line : expected) {
        QTreeWidgetItem* row = overviewRow(overview, line.target.name);
        REQUIRE(row);
        CHECK(row->text(annual) == line.result.total.toString(table->table->decimals));
        CHECK(row->text(rank) == QStringLiteral("%1 / %2").arg(line.rank).arg(line.rankedWith));
    }
}
