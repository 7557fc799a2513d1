#include "ReportWorkbook.h"

#include "ReportFigures.h"
#include "common/Utf16.h"
#include "format/XlsxReadBack.h"
#include "storage/OutputPath.h"
#include "storage/UnfinishedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace redgrid::document {

using assessment::AssessmentReport;
using assessment::IndicatorKind;
using assessment::TargetScores;

namespace {

QByteArray nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();  // libxlsxwriter takes UTF-8 on Windows
#else
    return QFile::encodeName(path);
#endif
}

// A column of a sheet: under a group title shared with its neighbours ("得分" over 自评,
// 审核, 最终), or alone, its title then filling both header rows.
struct Column
{
    QString group;
    QString title;
    double width;  // in characters; a Chinese character takes two
};

class Book
{
public:
    explicit Book(lxw_workbook* book)
        : m_book(book)
    {
        m_title = workbook_add_format(book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        format_set_align(m_title, LXW_ALIGN_CENTER);
        format_set_align(m_title, LXW_ALIGN_VERTICAL_CENTER);
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        format_set_align(m_header, LXW_ALIGN_CENTER);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(m_header);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8E8E8);
        m_text = workbook_add_format(book);
        format_set_num_format_index(m_text, 49);  // "@": text stays text when edited
        format_set_border(m_text, LXW_BORDER_THIN);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(m_text);
        m_points = workbook_add_format(book);
        format_set_num_format(m_points, "0.00");
        format_set_border(m_points, LXW_BORDER_THIN);
        format_set_align(m_points, LXW_ALIGN_VERTICAL_CENTER);
        m_whole = workbook_add_format(book);
        format_set_num_format(m_whole, "0");
        format_set_border(m_whole, LXW_BORDER_THIN);
        format_set_align(m_whole, LXW_ALIGN_CENTER);
        format_set_align(m_whole, LXW_ALIGN_VERTICAL_CENTER);
    }

    // A sheet with its title row, its two header rows and its print setup.
    void start(const QString& name, const QString& title, const QList<Column>& columns, bool landscape)
    {
        m_sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        m_row = ReportWorkbook::HeaderRows;
        if (!m_sheet) {
            m_failed = true;
            return;
        }
        const auto last = lxw_col_t(columns.size() - 1);
        worksheet_set_row(m_sheet, 0, 28, nullptr);
        keep(worksheet_merge_range(m_sheet, 0, 0, 0, last, title.toUtf8().constData(), m_title));
        for (lxw_col_t c = 0; c < lxw_col_t(columns.size()); ++c) {
            const Column& column = columns[c];
            worksheet_set_column(m_sheet, c, c, column.width, nullptr);
            if (column.group.isEmpty()) {
                keep(worksheet_merge_range(m_sheet, 1, c, 2, c, column.title.toUtf8().constData(), m_header));
                continue;
            }
            lxw_col_t end = c;
            while (end + 1 < lxw_col_t(columns.size()) && columns[end + 1].group == column.group)
                ++end;
            if (c == 0 || columns[c - 1].group != column.group) {
                if (end > c)
                    keep(worksheet_merge_range(
                        m_sheet, 1, c, 1, end, column.group.toUtf8().constData(), m_header));
                else
                    keep(worksheet_write_string(m_sheet, 1, c, column.group.toUtf8().constData(), m_header));
            }
            keep(worksheet_write_string(m_sheet, 2, c, column.title.toUtf8().constData(), m_header));
        }
        worksheet_set_paper(m_sheet, 9);  // A4
        if (landscape)
            worksheet_set_landscape(m_sheet);
        else
            worksheet_set_portrait(m_sheet);
        worksheet_set_margins(m_sheet, 0.5, 0.5, 0.6, 0.6);
        worksheet_fit_to_pages(m_sheet, 1, 0);  // as wide as the paper, as long as it takes
        keep(worksheet_repeat_rows(m_sheet, 1, ReportWorkbook::HeaderRows - 1));
        worksheet_freeze_panes(m_sheet, ReportWorkbook::HeaderRows, 0);
    }

    void text(int column, const QString& value)
    {
        if (m_sheet)
            keep(worksheet_write_string(
                m_sheet, m_row, lxw_col_t(column), value.toUtf8().constData(), m_text));
    }
    void points(int column, assessment::Points value)
    {
        if (m_sheet)
            keep(worksheet_write_number(
                m_sheet, m_row, lxw_col_t(column), ReportFigures::number(value), m_points));
    }
    void whole(int column, qint64 value)
    {
        if (m_sheet)
            keep(worksheet_write_number(m_sheet, m_row, lxw_col_t(column), double(value), m_whole));
    }
    void blank(int column)
    {
        if (m_sheet)
            keep(worksheet_write_blank(m_sheet, m_row, lxw_col_t(column), m_text));
    }
    void nextRow() { ++m_row; }
    bool failed() const { return m_failed; }

private:
    void keep(lxw_error error)
    {
        if (error != LXW_NO_ERROR)
            m_failed = true;
    }

    lxw_workbook* m_book;
    lxw_worksheet* m_sheet = nullptr;
    lxw_row_t m_row = 0;
    bool m_failed = false;
    lxw_format* m_title;
    lxw_format* m_header;
    lxw_format* m_text;
    lxw_format* m_points;
    lxw_format* m_whole;
};

QString sheetTitle(const AssessmentReport& report, const QString& what)
{
    return s(u"%1 %2 %3").arg(report.period.label(), report.unit, what);
}

QStringList blockNames(const AssessmentReport& report)
{
    QStringList names;
    if (!report.targets.isEmpty())
        for (const auto& [name, lost] : report.targets.first().lostPerBlock()) {
            Q_UNUSED(lost)
            names.append(name);
        }
    return names;
}

QString capsCell(const TargetScores& target)
{
    const QString caps = ReportFigures::caps(target);
    return caps == s(u"—") ? QString() : caps;
}

void writeSummary(Book& book, const AssessmentReport& report)
{
    const QString score = s(u"得分");
    const QString lost = s(u"各板块失分");
    QList<Column> columns { { {}, s(u"排名"), 7 }, { {}, s(u"单位"), 22 }, { score, s(u"自评"), 9 },
        { score, s(u"审核"), 9 }, { score, s(u"最终"), 9 }, { {}, s(u"等次"), 8 }, { {}, s(u"星级"), 8 } };
    const QStringList blocks = blockNames(report);
    for (const QString& block : blocks)
        columns.append({ lost, block, std::max(10.0, 2.2 * block.size()) });
    columns.append({ {}, s(u"名额限制及一票否决"), 40 });
    columns.append({ {}, s(u"考核状态"), 10 });
    book.start(ReportWorkbook::summarySheet(), sheetTitle(report, s(u"考核结果汇总")), columns, true);
    for (const TargetScores& target : report.targets) {
        int c = 0;
        if (target.rank > 0)
            book.whole(c++, target.rank);
        else
            book.blank(c++);
        book.text(c++, target.target.name);
        book.points(c++, target.self.total);
        if (target.reviewed)
            book.points(c++, target.result.total);
        else
            book.blank(c++);
        book.points(c++, target.result.total);
        book.text(c++, target.gradeName());
        book.text(c++, target.starsName());
        for (const auto& [name, points] : target.lostPerBlock()) {
            Q_UNUSED(name)
            book.points(c++, points);
        }
        book.text(c++, capsCell(target));
        book.text(c++, ReportFigures::sheetState(target));
        book.nextRow();
    }
}

void writeIndicators(Book& book, const AssessmentReport& report)
{
    const QString score = s(u"得分");
    const QList<Column> columns { { {}, s(u"单位"), 22 }, { {}, s(u"序号"), 7 }, { {}, s(u"指标"), 28 },
        { {}, s(u"分值"), 8 }, { score, s(u"自评"), 9 }, { score, s(u"审核"), 9 }, { score, s(u"最终"), 9 },
        { {}, s(u"扣分"), 8 }, { {}, s(u"扣分原因及依据"), 60 } };
    book.start(ReportWorkbook::indicatorSheet(), sheetTitle(report, s(u"指标得分")), columns, true);
    for (const TargetScores& target : report.targets) {
        if (!target.table)
            continue;
        for (const auto& [indicator, depth] : target.table->flatten()) {
            Q_UNUSED(depth)
            const auto self = target.self.indicators.value(indicator->key);
            const auto counted = target.result.indicators.value(indicator->key);
            book.text(0, target.target.name);
            book.text(1, indicator->key);
            book.text(2, indicator->name);
            book.points(3, indicator->max);
            book.points(4, self.score);
            if (target.reviewed)
                book.points(5, counted.score);
            else
                book.blank(5);
            book.points(6, counted.score);
            // Points lost are the table's: bonus and penalty items stand outside it.
            if (indicator->kind == IndicatorKind::Regular)
                book.points(7, assessment::max(assessment::Points(), counted.max - counted.score));
            else
                book.blank(7);
            if (indicator->children.isEmpty())
                book.text(8, ReportFigures::reasons(target, indicator->key));
            else
                book.blank(8);
            book.nextRow();
        }
    }
}

void writeRanking(Book& book, const AssessmentReport& report)
{
    const QString rank = s(u"排名");
    const QList<Column> columns { { rank, s(u"本级"), 8 }, { rank, s(u"全区"), 8 }, { {}, s(u"单位"), 24 },
        { {}, s(u"总得分"), 10 }, { {}, s(u"等次"), 8 }, { {}, s(u"星级"), 8 },
        { {}, s(u"参加排名数"), 11 } };
    book.start(ReportWorkbook::rankingSheet(), sheetTitle(report, s(u"排名")), columns, false);
    for (const TargetScores& target : report.targets) {
        if (target.rank > 0)
            book.whole(0, target.rank);
        else
            book.blank(0);
        if (target.districtRank > 0)
            book.whole(1, target.districtRank);
        else
            book.blank(1);
        book.text(2, target.target.name);
        book.points(3, target.result.total);
        book.text(4, target.gradeName());
        book.text(5, target.starsName());
        book.whole(6, target.rankedWith);
        book.nextRow();
    }
}

void writeRectifications(Book& book, const AssessmentReport& report)
{
    const QString progress = s(u"整改情况");
    const QList<Column> columns { { {}, s(u"序号"), 6 }, { {}, s(u"单位"), 22 }, { {}, s(u"指标"), 24 },
        { {}, s(u"存在问题"), 44 }, { {}, s(u"责任人"), 10 }, { progress, s(u"整改期限"), 12 },
        { progress, s(u"状态"), 9 }, { progress, s(u"是否逾期"), 9 }, { progress, s(u"完成日期"), 12 },
        { progress, s(u"整改结果"), 30 } };
    book.start(ReportWorkbook::rectificationSheet(), sheetTitle(report, s(u"整改事项")), columns, true);
    const QDate today = ReportFigures::today(report);
    int number = 0;
    for (const assessment::Rectification& item : report.rectifications()) {
        book.whole(0, ++number);
        book.text(1, item.targetName);
        book.text(2, item.indicatorName);
        book.text(3, item.problem);
        book.text(4, item.responsible);
        book.text(5, ReportFigures::date(item.deadline));
        book.text(6, ReportFigures::state(item, today));
        book.text(7, item.isOverdue(today) ? s(u"是") : s(u"否"));
        book.text(8, item.closed ? ReportFigures::date(item.closedOn) : QString());
        book.text(9, item.outcome);
        book.nextRow();
    }
}

}  // namespace

QString ReportWorkbook::summarySheet()
{
    return s(u"汇总");
}

QString ReportWorkbook::indicatorSheet()
{
    return s(u"指标得分");
}

QString ReportWorkbook::rankingSheet()
{
    return s(u"排名");
}

QString ReportWorkbook::rectificationSheet()
{
    return s(u"整改");
}

Status ReportWorkbook::write(const AssessmentReport& report, const QString& path, const QStringList& inputs)
{
    if (Status allowed = storage::OutputPath::check(path, inputs); !allowed)
        return allowed;
    // Reserving the unfinished file beside the target proves that the folder can be written.
    auto scratch = storage::UnfinishedFile::create(path);
    if (!scratch)
        return scratch.error();

    // libxlsxwriter's own scratch files go to a private folder beside the target, removed
    // with them.
    auto scratchFolder = storage::UnfinishedFile::createFolder(path);
    if (!scratchFolder)
        return scratchFolder.error();
    const QByteArray folder = nativePath((*scratchFolder)->path());
    lxw_workbook_options options {};
    options.tmpdir = const_cast<char*>(folder.constData());
    lxw_workbook* workbook = workbook_new_opt(nativePath((*scratch)->path()).constData(), &options);
    if (!workbook)
        return Error::inFile(path, tr("cannot start a workbook: out of memory"));
    Book book(workbook);
    writeSummary(book, report);
    writeIndicators(book, report);
    writeRanking(book, report);
    writeRectifications(book, report);
    const lxw_error closed = workbook_close(workbook);  // frees the workbook, also on failure
    if (book.failed() || closed != LXW_NO_ERROR)
        return Error::inFile(path,
            tr("cannot write the workbook: %1")
                .arg(closed != LXW_NO_ERROR ? QString::fromUtf8(lxw_strerror(closed))
                                            : tr("a cell could not be written")));
    if (Status complete = format::XlsxReadBack::check((*scratch)->path(), path); !complete)
        return complete;
    return (*scratch)->commit();
}

}  // namespace redgrid::document
