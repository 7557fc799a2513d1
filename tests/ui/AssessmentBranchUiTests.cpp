// Branch sheets on the sheets page (issue 23): a 社区书记 lists the party branches of their
// community, scores one and reviews it, as SheetWorkflow lets them for a branch.
#include "UiTestSupport.h"
#include "assessment/SheetStore.h"
#include "document/PdfReading.h"
#include "organisation/OrgStore.h"
#include "support/AreaDemo.h"
#include "ui/assessment/ScoreSheetWidget.h"
#include "ui/assessment/SheetChartsWidget.h"
#include "ui/assessment/SheetsPage.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/SavedFileNotice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;

TEST_CASE(
    "A community secretary lists their community's branches, scores one and reviews it", "[ui][assessment]")
{
    test::AreaDemo d;
    // The branches of the committee covering the community, worked out as the administrator.
    QStringList expected;
    QString committee;
    {
        organisation::OrgStore orgs(*d.admin);
        const auto committees = orgs.coveringNode(d.community.id);
        REQUIRE_FALSE(committees.isEmpty());
        committee = committees.front().name;
        for (const auto& branch : assessment::SheetStore(*d.admin).branchesUnder(committees.front().id))
            expected.append(branch.name);
    }
    REQUIRE_FALSE(expected.isEmpty());

    auto db = test::signInAs(d, QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    ui::SheetsPage page(*db, test::AreaDemo::Today);
    test::showSheetsPage(page);

    auto* kind = test::namedChild<QComboBox>(page, "sheetTargetKind");
    auto* overview = test::namedChild<QTreeWidget>(page, "sheetOverview");
    REQUIRE(overview->topLevelItemCount() == 1);
    CHECK(overview->topLevelItem(0)->text(0) == d.community.name);
    kind->setCurrentIndex(kind->findData(int(assessment::TargetKind::Branch)));
    REQUIRE(kind->currentData().toInt() == int(assessment::TargetKind::Branch));
    QStringList listed;
    for (int i = 0; i < overview->topLevelItemCount(); ++i)
        listed.append(overview->topLevelItem(i)->text(0));
    CHECK(listed == expected);

    overview->setCurrentItem(overview->topLevelItem(0));
    const QString branchName = overview->topLevelItem(0)->text(0);
    REQUIRE(test::namedChild<QLabel>(page, "sheetTitle")->text().contains(branchName));
    auto* tree = test::namedChild<QTreeWidget>(page, "sheetTree");
    QTreeWidgetItem* row = test::scoreSheetRow(tree, QStringLiteral("5"));  // 保障机制, by hand, max 15
    REQUIRE(row);
    test::typeIntoCell(tree, row, ui::ScoreSheetWidget::SelfColumn, QStringLiteral("12"));
    CHECK(row->text(ui::ScoreSheetWidget::SelfColumn) == QStringLiteral("12"));
    test::namedChild<QPushButton>(page, "saveSheet")->click();
    CHECK(test::namedChild<QLabel>(page, "sheetStatus")->text() == ui::ScoreSheetWidget::tr("Saved."));
    auto* submit = test::namedChild<QPushButton>(page, "submitSheet");
    REQUIRE(submit->isEnabled());
    submit->click();
    auto* finish = test::namedChild<QPushButton>(page, "finishReview");
    REQUIRE(finish->isEnabled());  // the 社区书记 reviews their community's branches
    finish->click();
    CHECK(test::namedChild<QLabel>(page, "sheetTitle")
              ->text()
              .contains(assessment::SheetWorkflow::label(assessment::SheetState::Reviewed)));
    CHECK(overview->currentItem()->text(ui::SheetsPage::StateColumn)
        == assessment::SheetWorkflow::label(assessment::SheetState::Reviewed));
    test::screenshot(&page, QStringLiteral("assessment-branch-sheet"));

    // The branch's charts (its score over the quarters, its losses per block) and its 党委's
    // branches' (distribution, grades and stars, losses, ranking), as for a community.
    test::namedChild<QTabWidget>(page, "sheetTabs")->setCurrentIndex(1);
    auto* charts = test::namedChild<ui::SheetChartsWidget>(page, "sheetCharts");
    REQUIRE(charts->isLoaded());
    CHECK(charts->chartCount() == 6);
    CHECK(test::namedChild<QLabel>(page, "communityChartsNote")->text().contains(branchName));
    CHECK(test::namedChild<QLabel>(page, "areaChartsNote")->text().contains(committee));
    test::screenshot(&page, QStringLiteral("assessment-branch-charts"));

    // The summary is its 党委's: every branch with a saved sheet, as a PDF read back.
    {
        std::unique_ptr<ui::PrintPreview> summary = page.reportPreview(true);
        INFO(test::namedChild<QLabel>(page, "sheetsStatus")->text().toStdString());
        REQUIRE(summary);
        test::TempDir out;
        const QString pdf = out.path(QStringLiteral("summary.pdf"));
        test::onNextModalOf<ui::SavedFileNotice>([](ui::SavedFileNotice* notice) { notice->accept(); });
        REQUIRE(summary->saveAsPdf(pdf));
        const QString text = test::flat(test::pdfText(pdf));
        CHECK(text.contains(test::flat(committee)));
        CHECK(text.contains(test::flat(branchName)));
    }

    // As stored.
    assessment::SheetStore store(*d.admin);
    const auto target = store.target(assessment::TargetKind::Branch,
        RecordId::fromString(overview->currentItem()->data(0, Qt::UserRole + 1).toString()));
    REQUIRE(target);
    const auto sheet = store.open(*target, page.period(), test::AreaDemo::Today);
    REQUIRE(sheet);
    CHECK_FALSE(sheet->id.isNull());
    CHECK(sheet->state == assessment::SheetState::Reviewed);
    CHECK(sheet->target.kind == assessment::TargetKind::Branch);
}
