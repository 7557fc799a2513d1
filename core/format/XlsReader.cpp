#include "XlsReader.h"

#include "storage/FileKind.h"

#include <QFile>

#include <cmath>
#include <freexl.h>

namespace redgrid::format {
namespace {

// One open workbook of freexl; closed when the last user lets it go.
using Handle = std::shared_ptr<const void>;

Handle adopt(const void* handle)
{
    return Handle(handle, [](const void* h) { freexl_close(h); });
}

// An Office file saved with a password is an OLE compound file too, whose directory names
// the stream "EncryptedPackage" (MS-OFFCRYPTO §2.3.4.1), in UTF-16.
bool isEncryptedPackage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > (qint64(64) << 20))
        return false;
    static const QByteArray name = [] {
        QByteArray utf16;
        for (const char c : QByteArrayView("EncryptedPackage"))
            utf16.append(c).append('\0');
        return utf16;
    }();
    return file.readAll().contains(name);
}

QString whatToDo()
{
    return XlsReader::tr("open it in Excel or WPS and save it again as an Excel workbook (.xlsx) or as CSV");
}

// A number as Excel shows it in a General cell: whole numbers in full up to 15 digits,
// anything else with 15 significant digits, which is all a double holds for sure. An
// 18-digit ID number stored as a number so comes back as "5.00105197702283e+17".
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

Cell cellOf(const FreeXL_CellValue& value)
{
    switch (value.type) {
    case FREEXL_CELL_INT:
        return { QString::number(value.value.int_value), CellType::Number };
    case FREEXL_CELL_DOUBLE:
        return { numberText(value.value.double_value), CellType::Number };
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        return { QString::fromUtf8(value.value.text_value), CellType::Text };
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return { QString::fromUtf8(value.value.text_value), CellType::Date };
    case FREEXL_CELL_DATETIME: {
        // As the .xlsx reader gives them: a date alone when it has no time of day.
        QString text = QString::fromUtf8(value.value.text_value);
        if (text.endsWith(QLatin1String(" 00:00:00")))
            text.chop(9);
        return { text, CellType::Date };
    }
    default:
        return {};
    }
}

class XlsSheetSource final : public RowSource
{
public:
    XlsSheetSource(Handle handle, QString path, QString sheet, unsigned rows, unsigned short columns)
        : m_handle(std::move(handle))
        , m_path(std::move(path))
        , m_sheet(std::move(sheet))
        , m_rows(rows)
        , m_columns(columns)
    {
    }

    Result<bool> next(SheetRow& row) override
    {
        while (m_next < m_rows) {
            const unsigned index = m_next++;
            row.cells.clear();
            for (unsigned short column = 0; column < m_columns; ++column) {
                FreeXL_CellValue value {};
                if (freexl_get_cell_value(m_handle.get(), index, column, &value) != FREEXL_OK)
                    return Error { XlsReader::tr("sheet “%1”, row %2: a cell cannot be read; the workbook is "
                                                 "damaged; %3")
                                       .arg(m_sheet)
                                       .arg(index + 1)
                                       .arg(whatToDo()),
                        m_path, qint64(index) + 1 };
                Cell cell = cellOf(value);
                if (cell.text.isEmpty())
                    continue;
                while (row.cells.size() < column)
                    row.cells.append(Cell {});
                row.cells.append(std::move(cell));
            }
            if (!row.isBlank()) {
                row.row = qint64(index) + 1;
                return true;
            }
        }
        return false;
    }
    double progress() const override { return m_rows > 0 ? double(m_next) / double(m_rows) : 1.0; }

private:
    Handle m_handle;
    QString m_path;
    QString m_sheet;
    unsigned m_rows;
    unsigned short m_columns;
    unsigned m_next = 0;
};

Result<Handle> openHandle(const QString& path)
{
    const void* raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &raw);
    Handle handle = adopt(raw);  // freexl wants it closed even when opening failed
    if (opened == FREEXL_FILE_NOT_FOUND)
        return Error::inFile(path, XlsReader::tr("the file cannot be opened"));
    if (opened == FREEXL_INSUFFICIENT_MEMORY)
        return Error::inFile(path, XlsReader::tr("there is not enough memory to read the workbook"));
    if (opened != FREEXL_OK) {
        if (isEncryptedPackage(path))
            return Error::inFile(path,
                XlsReader::tr("the workbook is protected by a password, which RedGrid cannot open; open it "
                              "in Excel or WPS, remove the password, and save it as an Excel workbook "
                              "(.xlsx) or as CSV"));
        return Error::inFile(path,
            XlsReader::tr("the file is not a valid Excel workbook: it is damaged or incomplete "
                          "(Excel 97-2003 format, error %1); %2")
                .arg(opened)
                .arg(whatToDo()));
    }
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED)
        return Error::inFile(path,
            XlsReader::tr("the workbook is protected by a password, which RedGrid cannot open; open it in "
                          "Excel or WPS, remove the password, and save it as an Excel workbook (.xlsx) or "
                          "as CSV"));
    return handle;
}

}  // namespace

XlsReader::XlsReader(QString path, QStringList sheets)
    : m_path(std::move(path))
    , m_sheets(std::move(sheets))
{
}

XlsReader::~XlsReader() = default;

Result<std::unique_ptr<XlsReader>> XlsReader::open(const QString& path)
{
    if (Status regular = storage::FileKind::input(path); !regular)
        return regular.error();  // a named pipe would block the read
    auto handle = openHandle(path);
    if (!handle)
        return handle.error();
    unsigned int count = 0;
    if (freexl_get_info(handle->get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        return Error::inFile(path, tr("the workbook has no worksheet"));
    QStringList sheets;
    for (unsigned short i = 0; i < count; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle->get(), i, &name) != FREEXL_OK || !name)
            return Error::inFile(path,
                tr("the file is not a valid Excel workbook: its sheet names cannot be read; %1")
                    .arg(whatToDo()));
        sheets.append(QString::fromUtf8(name));
    }
    return std::unique_ptr<XlsReader>(new XlsReader(path, std::move(sheets)));
}

Result<std::unique_ptr<RowSource>> XlsReader::openSheet(const QString& sheet)
{
    const qsizetype index = sheet.isEmpty() ? 0 : m_sheets.indexOf(sheet);
    if (index < 0) {
        QStringList quoted;
        for (const QString& name : m_sheets)
            quoted.append(QStringLiteral("“%1”").arg(name));
        return Error::inFile(m_path,
            tr("the workbook has no sheet “%1”; its sheets are %2")
                .arg(sheet, quoted.join(QStringLiteral(", "))));
    }
    // Each sheet reads through its own handle: freexl reads one active sheet at a time.
    auto handle = openHandle(m_path);
    if (!handle)
        return handle.error();
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle->get(), static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_worksheet_dimensions(handle->get(), &rows, &columns) != FREEXL_OK)
        return Error::inFile(m_path,
            tr("sheet “%1” cannot be read; the workbook is damaged; %2").arg(m_sheets.at(index), whatToDo()));
    return std::unique_ptr<RowSource>(
        std::make_unique<XlsSheetSource>(std::move(*handle), m_path, m_sheets.at(index), rows, columns));
}

}  // namespace redgrid::format
