// The assessment's quarterly reports (issue 23 §3, §4) drawn from a report model made in
// memory with the shipped community template: each PDF read back with poppler-utils, the
// workbook read back cell by cell with RedGrid's own XLSX reader, and its merged header
// cells read from the sheet's XML in the zip.
#include "PdfReading.h"
#include "assessment/AssessmentReport.h"
#include "assessment/DefaultTemplates.h"
#include "assessment/Ranking.h"
#include "assessment/ScoreSheet.h"
#include "audit/AuditLog.h"
#include "common/Utf16.h"
#include "document/assessment/AssessmentCharts.h"
#include "document/assessment/ReportWorkbook.h"
#include "document/assessment/SummaryReportDocument.h"
#include "document/assessment/TargetReportDocument.h"
#include "document/engine/DeviceCanvas.h"
#include "format/XlsxReader.h"
#include "support/TestSupport.h"

#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPrinter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <minizip/unzip.h>

#include <memory>

using namespace redgrid;
using namespace redgrid::assessment;
using test::flat;

namespace {

const QStringList Names { s(u"建新北路社区"), s(u"花园新村社区"), s(u"洋河社区"), s(u"北城天街社区") };
const QString Vetoed = s(u"洋河社区");
const QString MeetingsMissed = s(u"每少开1次支部党员大会");
const QString MeetingsEvidence = s(u"会议记录本缺第二季度记录");
const QString PhotoFile = s(u"走访照片.jpg");
const QString OverdueProblem = s(u"主题党日活动记录不全");

// One community's quarter: `quality` 0 (best) … 3; the third is vetoed for an incident; the
// second missed meetings, with the evidence noted.
SheetInput sheet(int quality, bool vetoed)
{
    SheetInput input;
    const auto manual = [&](const char* key, qint64 hundredths, const QString& evidence = {}) {
        IndicatorEntry entry;
        entry.score = Points::fromHundredths(hundredths);
        entry.evidence = evidence;
        input.entries.insert(QString::fromLatin1(key), entry);
    };
    for (const char* key : { "1.1", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4" })
        input.computed.insert(QString::fromLatin1(key), { 12 - quality, 12, s(u"项") });
    manual("1.2", 600 - quality * 50);
    manual("4.1", 600 - quality * 75, quality ? s(u"重点人群走访未全覆盖") : QString());
    manual("4.2", 800 - quality * 100);
    manual("5.1", 1000 - quality * 120);
    if (quality == 0)
        manual("B1", 300, s(u"网格议事会做法被区委组织部推广"));
    if (quality == 1) {
        // A file attached as evidence: the report names it, not the office's folder.
        input.entries[QStringLiteral("4.2")].attachments = { s(u"/home/office/考核材料/") + PhotoFile };
        IndicatorEntry meetings;
        meetings.findings.insert(QStringLiteral("d1"), 2);
        meetings.evidence = MeetingsEvidence;
        input.entries.insert(QStringLiteral("3.1"), meetings);
    }
    if (vetoed)
        input.vetoes.append(QStringLiteral("incident"));
    return input;
}

// A street of `count` communities in 2026Q3 with four quarters of history, ranked with the
// quotas applied; the second has two rectifications, one overdue.
AssessmentReport street(int count)
{
    auto table = std::make_shared<const AssessmentTemplate>(DefaultTemplates::communityQuarterly());
    AssessmentReport report;
    report.unit = s(u"观音桥街道");
    report.unitCode = QStringLiteral("500105001");
    report.period = Period::quarterOf(2026, 3);
    report.preparedOn = QDate(2026, 10, 15);
    report.summary = true;
    QList<RankedTarget> ranked;
    for (int i = 0; i < count; ++i) {
        TargetScores t;
        t.target.name = i < Names.size() ? Names[i] : s(u"第%1社区").arg(i + 1);
        t.target.id = RecordId::generate();
        t.target.unit = report.unit;
        t.period = report.period;
        t.table = table;
        const bool vetoed = t.target.name == Vetoed;
        t.selfInput = sheet(i % 4, vetoed);
        t.self = ScoreSheet::compute(*table, t.selfInput);
        t.reviewed = true;
        t.state = SheetState::Confirmed;
        t.reviewInput = t.selfInput;
        if (i % 4 == 3)  // the review took a point more off 4.2
            t.reviewInput.entries[QStringLiteral("4.2")].score = Points::whole(4);
        t.result = ScoreSheet::compute(*table, t.reviewInput);
        // 2025Q4 … 2026Q3, a point better each quarter.
        Period quarter = report.period;
        for (int q = 0; q < 4; ++q, quarter = quarter.previous())
            t.history.prepend({ quarter, t.result.total - Points::whole(q) });
        if (i == 1) {
            Rectification open;
            open.targetName = t.target.name;
            open.indicatorKey = QStringLiteral("3.2");
            open.indicatorName = s(u"主题党日");
            open.problem = OverdueProblem;
            open.responsible = s(u"张丽");
            open.deadline = QDate(2026, 9, 30);
            Rectification closed = open;
            closed.closed = true;
            closed.closedOn = QDate(2026, 10, 8);
            closed.outcome = s(u"已补开支部党员大会");
            closed.indicatorKey = QStringLiteral("3.1");
            closed.indicatorName = s(u"三会一课");
            closed.problem = s(u"支部党员大会少开2次");
            closed.deadline = QDate(2026, 11, 30);
            t.rectifications = { closed, open };
        }
        ranked.append({ QString::number(i), t.target.name, t.result.total, t.result.grade, t.result.stars });
        report.targets.append(t);
    }
    Ranking::rank(ranked);
    Ranking::applyQuotas(ranked, table->grades, &RankedTarget::grade);
    Ranking::applyQuotas(ranked, table->stars, &RankedTarget::stars);
    QList<TargetScores> ordered;
    for (const RankedTarget& r : ranked) {
        TargetScores t = report.targets.at(r.id.toInt());
        t.grade = r.grade;
        t.stars = r.stars;
        t.capped = r.capped;
        t.rank = r.rank;
        t.rankedWith = int(ranked.size());
        ordered.append(t);
    }
    report.targets = ordered;
    return report;
}

const TargetScores& named(const AssessmentReport& report, const QString& name)
{
    for (const TargetScores& t : report.targets)
        if (t.target.name == name)
            return t;
    FAIL("no target " << name.toStdString());
    return report.targets.first();
}

int indexOf(const AssessmentReport& report, const QString& name)
{
    for (int i = 0; i < report.targets.size(); ++i)
        if (report.targets[i].target.name == name)
            return i;
    return -1;
}

// Every cell of a sheet by (row, column), 1-based rows as the spreadsheet shows them.
QHash<std::pair<qint64, int>, format::Cell> readSheet(const QString& path, const QString& name)
{
    auto reader = format::XlsxReader::open(path);
    REQUIRE(reader);
    auto rows = (*reader)->openSheet(name);
    REQUIRE(rows);
    QHash<std::pair<qint64, int>, format::Cell> cells;
    format::SheetRow row;
    while (true) {
        auto more = (*rows)->next(row);
        REQUIRE(more);
        if (!*more)
            break;
        for (int c = 0; c < row.cells.size(); ++c)
            cells.insert({ row.row, c }, row.cells[c]);
    }
    return cells;
}

// The text of one part of the workbook's zip.
QString zipPart(const QString& path, const char* part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip);
    REQUIRE(unzLocateFile(zip, part, 0) == UNZ_OK);
    REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
    QByteArray data;
    char buffer[8192];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        data.append(buffer, read);
    unzCloseCurrentFile(zip);
    unzClose(zip);
    return QString::fromUtf8(data);
}

}  // namespace

TEST_CASE("A community's quarterly report shows its scores, reasons, rectifications and signature lines",
    "[assessment][report]")
{
    QTemporaryDir dir;
    const AssessmentReport report = street(4);
    const TargetScores& second = named(report, Names[1]);
    const int index = indexOf(report, Names[1]);
    const QString pdf = dir.filePath(QStringLiteral("target.pdf"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(document::writeTargetReportPdf(report, pdf, index));
    WARN("one community's report PDF: " << timer.elapsed() << " ms");
    const QString text = flat(test::pdfText(pdf));

    CHECK(text.contains(flat(document::TargetReportDocument(report, index).title())));
    CHECK(text.contains(Names[1]));
    CHECK(text.contains(s(u"2026-10-15")));
    CHECK(text.contains(second.result.total.toString()));
    CHECK(text.contains(second.self.total.toString()));
    CHECK(text.contains(second.gradeName()));
    CHECK(text.contains(QStringLiteral("%1/4").arg(second.rank)));
    for (const QString& column : { s(u"序号"), s(u"指标"), s(u"标准"), s(u"分值"), s(u"自评"), s(u"审核"),
             s(u"得分"), s(u"扣分原因及依据") })
        CHECK(text.contains(column));
    CHECK(text.contains(MeetingsMissed));
    CHECK(text.contains(MeetingsEvidence));
    // The file's name, not its folder (the name may wrap in its cell: its end is checked).
    CHECK(text.contains(s(u"附件：")));
    CHECK(text.contains(QStringLiteral(".jpg")));
    CHECK_FALSE(text.contains(s(u"考核材料")));
    CHECK(text.contains(OverdueProblem));
    CHECK(text.contains(s(u"逾期")));
    CHECK(text.contains(s(u"已整改")));
    CHECK(text.contains(s(u"考核单位（盖章）")));
    CHECK(text.contains(s(u"负责人签字")));
    CHECK(text.contains(s(u"日期")));
    // The charts are drawn: their titles are text on the page.
    CHECK(text.contains(s(u"历次季度总得分")));
    CHECK(text.contains(s(u"各板块失分")));
    // The vetoed community's report says why its grade is capped.
    const int vetoed = indexOf(report, Vetoed);
    const QString vetoedPdf = dir.filePath(QStringLiteral("vetoed.pdf"));
    REQUIRE(document::writeTargetReportPdf(report, vetoedPdf, vetoed));
    CHECK(flat(test::pdfText(vetoedPdf)).contains(s(u"发生重大安全事故或群体性事件")));
    CHECK(named(report, Vetoed).gradeName() == s(u"较差"));
    CHECK(flat(test::pdfText(vetoedPdf)).contains(s(u"较差")));
}

TEST_CASE("A street's summary lists every community in rank order with its charts and rectifications",
    "[assessment][report]")
{
    QTemporaryDir dir;
    const AssessmentReport report = street(4);
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(document::writeSummaryReportPdf(report, pdf));
    const QString text = flat(test::pdfText(pdf));
    CHECK(text.contains(flat(report.title())));
    qsizetype last = -1;
    for (const TargetScores& t : report.targets) {
        CHECK(text.contains(t.target.name));
        CHECK(text.contains(t.result.total.toString()));
        CHECK(text.contains(t.gradeName()));
        CHECK(text.contains(t.starsName()));
    }
    // In rank order in the summary table (the first time each name appears after the heading).
    const qsizetype table = text.indexOf(s(u"一、考核结果汇总"));
    REQUIRE(table > 0);
    for (const TargetScores& t : report.targets) {
        const qsizetype at = text.indexOf(t.target.name, table);
        CHECK(at > last);
        last = at;
    }
    CHECK(text.contains(s(u"发生重大安全事故或群体性事件")));
    CHECK(text.contains(s(u"总得分排名")));
    CHECK(text.contains(s(u"得分分布")));
    CHECK(text.contains(s(u"等次与星级分布")));
    CHECK(text.count(s(u"逾期")) >= 2);  // the heading's "逾期在前" and the overdue item
    CHECK(text.contains(OverdueProblem));
    // Overdue first: the overdue item is listed before the closed one.
    CHECK(text.indexOf(OverdueProblem) < text.indexOf(s(u"支部党员大会少开2次")));
    CHECK(text.contains(s(u"考核单位（盖章）")));
    CHECK(text.contains(s(u"负责人签字")));
}

TEST_CASE(
    "The report workbook holds the model's figures as numbers under merged headers", "[assessment][report]")
{
    QTemporaryDir dir;
    const AssessmentReport report = street(4);
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(document::writeReportWorkbook(report, path));

    auto reader = format::XlsxReader::open(path);
    REQUIRE(reader);
    CHECK((*reader)->sheets() == QStringList { s(u"汇总"), s(u"指标得分"), s(u"排名"), s(u"整改") });

    const auto summary = readSheet(path, s(u"汇总"));
    CHECK(summary.value({ 1, 0 }).text.contains(report.unit));
    CHECK(summary.value({ 2, 2 }).text == s(u"得分"));
    CHECK(summary.value({ 3, 2 }).text == s(u"自评"));
    CHECK(summary.value({ 3, 4 }).text == s(u"最终"));
    CHECK(summary.value({ 2, 0 }).text == s(u"排名"));
    for (int i = 0; i < report.targets.size(); ++i) {
        const TargetScores& t = report.targets[i];
        const qint64 row = document::ReportWorkbook::HeaderRows + 1 + i;
        CHECK(summary.value({ row, 0 }).type == format::CellType::Number);
        CHECK(summary.value({ row, 0 }).text.toInt() == t.rank);
        CHECK(summary.value({ row, 1 }).type == format::CellType::Text);
        CHECK(summary.value({ row, 1 }).text == t.target.name);
        CHECK(summary.value({ row, 2 }).type == format::CellType::Number);
        CHECK(qRound(summary.value({ row, 2 }).text.toDouble() * 100) == t.self.total.hundredths());
        CHECK(summary.value({ row, 4 }).type == format::CellType::Number);
        CHECK(qRound(summary.value({ row, 4 }).text.toDouble() * 100) == t.result.total.hundredths());
        CHECK(summary.value({ row, 5 }).text == t.gradeName());
        CHECK(summary.value({ row, 6 }).text == t.starsName());
        const auto lost = t.lostPerBlock();
        for (int b = 0; b < lost.size(); ++b) {
            CHECK(summary.value({ row, 7 + b }).type == format::CellType::Number);
            CHECK(qRound(summary.value({ row, 7 + b }).text.toDouble() * 100) == lost[b].second.hundredths());
        }
    }

    // The indicators: the deduction of the community that missed meetings, with its reason.
    const auto indicators = readSheet(path, s(u"指标得分"));
    bool found = false;
    for (auto cell = indicators.cbegin(); cell != indicators.cend(); ++cell) {
        if (cell.key().second != 1 || cell->text != QStringLiteral("3.1")
            || indicators.value({ cell.key().first, 0 }).text != Names[1])
            continue;
        found = true;
        const qint64 row = cell.key().first;
        CHECK(indicators.value({ row, 3 }).type == format::CellType::Number);
        CHECK(indicators.value({ row, 3 }).text.toDouble() == 8);
        CHECK(indicators.value({ row, 6 }).text.toDouble() == 6);
        CHECK(indicators.value({ row, 7 }).type == format::CellType::Number);
        CHECK(indicators.value({ row, 7 }).text.toDouble() == 2);
        CHECK(indicators.value({ row, 8 }).text.contains(MeetingsMissed));
        CHECK(indicators.value({ row, 8 }).text.contains(MeetingsEvidence));
    }
    CHECK(found);
    // Its evidence file, by name.
    bool attached = false;
    for (auto cell = indicators.cbegin(); cell != indicators.cend(); ++cell)
        if (cell.key().second == 1 && cell->text == QStringLiteral("4.2")
            && indicators.value({ cell.key().first, 0 }).text == Names[1])
            attached = indicators.value({ cell.key().first, 8 }).text.contains(s(u"附件：") + PhotoFile);
    CHECK(attached);

    const auto ranking = readSheet(path, s(u"排名"));
    CHECK(ranking.value({ 2, 0 }).text == s(u"排名"));
    CHECK(ranking.value({ 3, 0 }).text == s(u"本级"));
    CHECK(ranking.value({ 4, 3 }).type == format::CellType::Number);
    CHECK(qRound(ranking.value({ 4, 3 }).text.toDouble() * 100)
        == report.targets.first().result.total.hundredths());

    const auto rectifications = readSheet(path, s(u"整改"));
    CHECK(rectifications.value({ 4, 3 }).text == OverdueProblem);  // overdue first
    CHECK(rectifications.value({ 4, 6 }).text == s(u"逾期"));
    CHECK(rectifications.value({ 4, 7 }).text == s(u"是"));
    CHECK(rectifications.value({ 4, 5 }).text == s(u"2026-09-30"));
    CHECK(rectifications.value({ 5, 6 }).text == s(u"已整改"));

    // The merged cells and the print setup, as the sheet's XML holds them.
    const QString sheet1 = zipPart(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet1.contains(QStringLiteral("<mergeCell ref=\"C2:E2\"/>")));  // 得分 over 自评/审核/最终
    CHECK(sheet1.contains(QStringLiteral("<mergeCell ref=\"A2:A3\"/>")));  // 排名 over both rows
    CHECK(sheet1.contains(QStringLiteral("paperSize=\"9\"")));
    CHECK(sheet1.contains(QStringLiteral("orientation=\"landscape\"")));
    const QString workbook = zipPart(path, "xl/workbook.xml");
    CHECK(workbook.contains(QStringLiteral("_xlnm.Print_Titles")));
}

TEST_CASE("A report that cannot be written leaves no file", "[assessment][report]")
{
    // A folder that cannot be written whoever runs the test (root ignores permissions): its
    // "folder" is a file.
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notAFolder);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const AssessmentReport report = street(4);
    CHECK_FALSE(document::writeTargetReportPdf(report, notAFolder + QStringLiteral("/target.pdf")));
    CHECK_FALSE(document::writeSummaryReportPdf(report, notAFolder + QStringLiteral("/summary.pdf")));
    const Status workbook
        = document::writeReportWorkbook(report, notAFolder + QStringLiteral("/report.xlsx"));
    CHECK_FALSE(workbook);
    if (!workbook)
        CHECK(workbook.error().toString().contains(QStringLiteral("report.xlsx")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
        == QStringList { QStringLiteral("notes.txt") });

    // Nor over the database that is open.
    const QString database = dir.filePath(QStringLiteral("office.redgrid"));
    auto db = test::createJiangbeiDatabase(database);
    REQUIRE(db);
    const QByteArray before = test::readBytes(database);
    CHECK_FALSE(document::writeReportWorkbook(report, database));
    CHECK_FALSE(document::writeSummaryReportPdf(report, database));
    CHECK(test::readBytes(database) == before);
}

TEST_CASE("A report printed as the print preview prints it is checked and audited", "[assessment][report]")
{
    QTemporaryDir dir;
    auto db = test::createJiangbeiDatabase(dir.filePath(QStringLiteral("office.redgrid")));
    REQUIRE(db);
    const AssessmentReport report = street(4);
    // Qt's PDF printer stands in for paper, as in the preview's Print.
    const QString file = dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    {
        document::DeviceCanvas canvas(
            printer, { document::PrintDestination::Kind::Printer, s(u"办公室打印机") });
        REQUIRE(document::TargetReportDocument(report, 1).print(canvas, {}, db.get()).ok());
    }
    {
        document::DeviceCanvas canvas(
            printer, { document::PrintDestination::Kind::Printer, s(u"办公室打印机") });
        REQUIRE(document::SummaryReportDocument(report).print(canvas, {}, db.get()).ok());
    }
    CHECK(test::pdfPageCount(file) > 1);  // the summary, the last print into the file
    const auto printed = audit::AuditLog(*db, {}).list({ .action = QStringLiteral("printed") });
    REQUIRE(printed.size() == 2);
    const auto target = std::find_if(printed.cbegin(), printed.cend(),
        [](const auto& entry) { return entry.details.contains(QStringLiteral("\"assessment_report\"")); });
    REQUIRE(target != printed.cend());
    CHECK(target->targetId == report.targets.at(1).target.id);
    CHECK(target->details.contains(QStringLiteral("\"period\":\"2026Q3\"")));
    CHECK(std::any_of(printed.cbegin(), printed.cend(),
        [](const auto& entry) { return entry.details.contains(QStringLiteral("\"assessment_summary\"")); }));
}

TEST_CASE("The charts are drawn from the model", "[assessment][report]")
{
    const AssessmentReport report = street(4);
    std::unique_ptr<QChart> history(document::AssessmentCharts::history(report.targets.first()));
    auto* line = qobject_cast<QLineSeries*>(history->series().value(0));
    REQUIRE(line);
    REQUIRE(line->count() == 4);
    CHECK(qRound(line->at(3).y() * 100) == report.targets.first().result.total.hundredths());
    CHECK(qRound(line->at(0).y() * 100)
        == (report.targets.first().result.total - Points::whole(3)).hundredths());
    std::unique_ptr<QChart> ranking(document::AssessmentCharts::ranking(report));
    auto* bars = qobject_cast<QHorizontalBarSeries*>(ranking->series().value(0));
    REQUIRE(bars);
    // The best at the top: the last category of a horizontal bar chart.
    QBarSet* totals = bars->barSets().value(0);
    REQUIRE(totals);
    CHECK(qRound(totals->at(totals->count() - 1) * 100) == report.targets.first().result.total.hundredths());
}

TEST_CASE("A street of thirty: every report, the summary and the workbook", "[assessment][report][.measure]")
{
    QTemporaryDir dir;
    const AssessmentReport report = street(30);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < report.targets.size(); ++i)
        REQUIRE(document::writeTargetReportPdf(report, dir.filePath(QStringLiteral("t%1.pdf").arg(i)), i));
    const qint64 targets = timer.restart();
    REQUIRE(document::writeSummaryReportPdf(report, dir.filePath(QStringLiteral("summary.pdf"))));
    const qint64 summary = timer.restart();
    REQUIRE(document::writeReportWorkbook(report, dir.filePath(QStringLiteral("report.xlsx"))));
    const qint64 workbook = timer.elapsed();
    WARN("30 target PDFs " << targets << " ms, summary PDF " << summary << " ms, workbook " << workbook
                           << " ms");
    test::keep(dir.filePath(QStringLiteral("summary.pdf")));
    test::keep(dir.filePath(QStringLiteral("t0.pdf")));
}
