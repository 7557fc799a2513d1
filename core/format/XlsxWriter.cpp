#include "XlsxWriter.h"

#include "XlsxReadBack.h"
#include "storage/FileKind.h"
#include "storage/UnfinishedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>

namespace redgrid::format {

struct XlsxWriter::Workbook
{
    QString target;
    std::unique_ptr<storage::UnfinishedFile> unfinished;  // renamed over the target by finish()
    // libxlsxwriter keeps its per-sheet scratch files (the rows, full ID numbers included)
    // in a private folder beside the target, removed with them.
    std::unique_ptr<storage::UnfinishedFile> scratch;
    QByteArray folder;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* text = nullptr;
    lxw_format* header = nullptr;
    QString sheetName;
    lxw_row_t nextRow = 0;
    QList<qint64> rowsPerSheet;  // rows with a cell, as the sheet's XML has them
    std::optional<Error> failure;  // once something failed, nothing more is written

    ~Workbook()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

namespace {

QByteArray nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();  // libxlsxwriter takes UTF-8 on Windows
#else
    return QFile::encodeName(path);
#endif
}

}  // namespace

XlsxWriter::XlsxWriter(std::unique_ptr<Workbook> workbook)
    : m_workbook(std::move(workbook))
{
}

XlsxWriter::~XlsxWriter() = default;

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::create(const QString& path)
{
    if (Status regular = storage::FileKind::output(path); !regular)
        return regular.error();
    // Reserving the unfinished file proves that the folder can be written.
    auto unfinished = storage::UnfinishedFile::create(path);
    if (!unfinished)
        return unfinished.error();

    auto scratch = storage::UnfinishedFile::createFolder(path);
    if (!scratch)
        return scratch.error();

    auto workbook = std::make_unique<Workbook>();
    workbook->target = path;
    workbook->unfinished = std::move(*unfinished);
    workbook->scratch = std::move(*scratch);
    workbook->folder = nativePath(workbook->scratch->path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;  // rows go to disk as they come
    options.tmpdir = workbook->folder.data();
    workbook->book = workbook_new_opt(nativePath(workbook->unfinished->path()).constData(), &options);
    if (!workbook->book)
        return Error::inFile(path, tr("cannot start a workbook: out of memory"));
    workbook->text = workbook_add_format(workbook->book);
    // Built-in format 49 is "@", text: what is typed into the column later stays text.
    format_set_num_format_index(workbook->text, 49);
    workbook->header = workbook_add_format(workbook->book);
    format_set_num_format_index(workbook->header, 49);
    format_set_bold(workbook->header);
    return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(workbook)));
}

Status XlsxWriter::failed(const QString& message)
{
    m_workbook->failure = Error::inFile(m_workbook->target, message);
    return *m_workbook->failure;
}

Status XlsxWriter::addSheet(const QString& name, const QStringList& header, const QList<double>& columnWidths)
{
    Workbook& w = *m_workbook;
    if (w.failure)
        return *w.failure;
    const QByteArray utf8 = name.toUtf8();
    switch (workbook_validate_sheet_name(w.book, utf8.constData())) {
    case LXW_NO_ERROR:
        break;
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
        return failed(tr("the sheet name “%1” is longer than the 31 characters Excel allows").arg(name));
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
        return failed(tr("the workbook already has a sheet named “%1”").arg(name));
    default:
        return failed(
            tr("“%1” cannot name a sheet: Excel does not allow [ ] : * ? / \\ in sheet names, nor an "
               "apostrophe at either end")
                .arg(name));
    }
    w.sheet = workbook_add_worksheet(w.book, utf8.constData());
    if (!w.sheet)
        return failed(
            tr("cannot start sheet “%1”: no temporary file can be written in the folder").arg(name));
    w.sheetName = name;
    w.nextRow = 0;
    w.rowsPerSheet.append(0);
    const qsizetype columns = std::max(header.size(), columnWidths.size());
    for (qsizetype column = 0; column < columns && column < MaxColumns; ++column) {
        const double width = column < columnWidths.size() ? columnWidths[column] : LXW_DEF_COL_WIDTH;
        worksheet_set_column(w.sheet, lxw_col_t(column), lxw_col_t(column), width, w.text);
    }
    if (header.isEmpty())
        return Status::success();
    worksheet_freeze_panes(w.sheet, 1, 0);
    return writeRow(header, w.header);
}

Status XlsxWriter::addRow(const QStringList& cells)
{
    Workbook& w = *m_workbook;
    if (w.failure)
        return *w.failure;
    if (!w.sheet)
        return failed(tr("a row was written before any sheet was started"));
    return writeRow(cells, w.text);
}

Status XlsxWriter::writeRow(const QStringList& cells, lxw_format* format)
{
    Workbook& w = *m_workbook;
    if (w.nextRow >= MaxRows)
        return failed(
            tr("sheet “%1” would have more than the %2 rows Excel allows").arg(w.sheetName).arg(MaxRows));
    if (cells.size() > MaxColumns)
        return failed(tr("row %1 of sheet “%2” has more than the %3 columns Excel allows")
                          .arg(w.nextRow + 1)
                          .arg(w.sheetName)
                          .arg(MaxColumns));
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString& cell = cells[column];
        if (cell.isEmpty())
            continue;
        if (cell.size() > MaxCellChars)
            return failed(
                tr("a cell in row %1, column %2 of sheet “%3” has more than the %4 characters Excel "
                   "allows")
                    .arg(w.nextRow + 1)
                    .arg(column + 1)
                    .arg(w.sheetName)
                    .arg(MaxCellChars));
        const lxw_error error = worksheet_write_string(
            w.sheet, w.nextRow, lxw_col_t(column), cell.toUtf8().constData(), format);
        if (error != LXW_NO_ERROR)
            return failed(tr("cannot write row %1 of sheet “%2”: %3")
                              .arg(w.nextRow + 1)
                              .arg(w.sheetName, QString::fromUtf8(lxw_strerror(error))));
    }
    ++w.nextRow;
    // libxlsxwriter writes a row only when it has a cell.
    if (std::any_of(cells.cbegin(), cells.cend(), [](const QString& cell) { return !cell.isEmpty(); }))
        ++w.rowsPerSheet.last();
    return Status::success();
}

Status XlsxWriter::finish()
{
    Workbook& w = *m_workbook;
    if (w.failure)
        return *w.failure;
    const lxw_error error = workbook_close(w.book);  // frees the workbook, also on failure
    w.book = nullptr;
    if (error != LXW_NO_ERROR)
        return failed(tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    if (Status complete = XlsxReadBack::check(w.unfinished->path(), w.target, w.rowsPerSheet); !complete) {
        w.failure = complete.error();
        return complete;
    }
    if (Status committed = w.unfinished->commit(); !committed) {
        w.failure = committed.error();
        return committed;
    }
    return Status::success();
}

Status XlsxWriter::write(const QString& path, const QList<XlsxSheet>& sheets)
{
    auto writer = create(path);
    if (!writer)
        return writer.error();
    for (const XlsxSheet& sheet : sheets) {
        if (auto added = (*writer)->addSheet(sheet.name, sheet.header, sheet.columnWidths); !added)
            return added;
        for (const QStringList& row : sheet.rows) {
            if (auto written = (*writer)->addRow(row); !written)
                return written;
        }
    }
    return (*writer)->finish();
}

}  // namespace redgrid::format
