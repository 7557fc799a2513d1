#include "SpreadsheetSource.h"

#include "CsvReader.h"
#include "TextDecoder.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "storage/FileKind.h"

#include <QFile>
#include <QFileInfo>

namespace redgrid::format {
namespace {

// What the first bytes of a file say it is (its "magic number").
enum class Content { Zip, Compound, Pdf, Image, Html, Text };

Content sniff(const QByteArray& head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Content::Zip;  // .xlsx and .xlsm are zip packages
    // An OLE compound file: an Excel 97-2003 .xls, or an .xlsx saved with a password,
    // which Office encrypts into one (MS-OFFCRYPTO §2.3.4.1, EncryptedPackage).
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Content::Compound;
    if (head.startsWith("%PDF-"))
        return Content::Pdf;
    if (head.startsWith("\x89PNG\r\n\x1A\n") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return Content::Image;
    // Web systems often export an HTML table named .xls.
    QByteArray start = head.toLower();
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table"))
        return Content::Html;
    return Content::Text;
}

// Whether the name says Excel workbook: .xlsx, .xlsm, .xls (and their templates).
bool namedAsWorkbook(const QString& path)
{
    static const QStringList suffixes { QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
        QStringLiteral("xltx"), QStringLiteral("xltm"), QStringLiteral("xlt") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// Text as spreadsheets save it: a byte-order mark, or no control characters but tab, line
// breaks and form feed. (Web systems save CSV with a name ending in .xls; random bytes or
// a damaged workbook are no text.)
bool looksLikeText(const QByteArray& head)
{
    if (head.startsWith("\xEF\xBB\xBF") || head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') || byte == 0x7F)
            return false;
    }
    return true;
}

// The rows of a CSV or tab-separated file, decoded and parsed piece by piece.
class CsvSource final : public RowSource
{
public:
    explicit CsvSource(QString path)
        : m_path(std::move(path))
        , m_file(m_path)
    {
    }
    // Finds the encoding, and the separator from the first piece of text.
    Status open()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return Error::inFile(
                m_path, SpreadsheetSource::tr("the file cannot be opened: %1").arg(m_file.errorString()));
        auto reader = DecodingReader::open(m_file);
        if (!reader)
            return Error::inFile(m_path, reader.error().message);
        m_reader = std::move(*reader);
        auto first = m_reader->read();
        if (!first)
            return Error { SpreadsheetSource::tr("row %1: %2").arg(1).arg(first.error().message), m_path, 1 };
        m_separator = CsvReader::detectSeparator(*first);
        m_parser.emplace(m_separator);
        m_parser->append(*first);
        return Status::success();
    }
    TextEncoding encoding() const { return m_reader->encoding(); }
    QChar separator() const { return m_separator; }

    Result<bool> next(SheetRow& row) override
    {
        for (;;) {
            auto step = m_parser->next(m_record);
            if (!step)
                return Error { step.error().message, m_path, step.error().row };
            if (*step == CsvParser::Step::End)
                return false;
            if (*step == CsvParser::Step::Record) {
                // Swapped, not copied: the parser refills the strings of the row before,
                // without allocating, when the caller has kept none of them.
                row.row = m_record.row;
                row.cells.resize(m_record.fields.size());
                for (qsizetype i = 0; i < m_record.fields.size(); ++i) {
                    Cell& cell = row.cells[i];
                    cell.text.swap(m_record.fields[i]);
                    cell.type = cell.text.isEmpty() ? CellType::Empty : CellType::Text;
                }
                return true;
            }
            if (m_reader->atEnd()) {
                m_parser->finish();
                continue;
            }
            auto text = m_reader->read();
            if (!text) {
                // The bad bytes are in the record the parser has not finished.
                const qint64 at = m_parser->row();
                return Error { SpreadsheetSource::tr("row %1: %2").arg(at).arg(text.error().message), m_path,
                    at };
            }
            m_parser->append(*text);
        }
    }
    double progress() const override { return m_reader->progress(); }

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<DecodingReader> m_reader;
    QChar m_separator;
    std::optional<CsvParser> m_parser;
    CsvRecord m_record;
};

struct Opened
{
    Content content;
    SpreadsheetInfo info;
    std::unique_ptr<XlsxReader> workbook;  // Zip
    std::unique_ptr<XlsReader> oldWorkbook;  // Compound
    std::unique_ptr<CsvSource> csv;  // Text
};

// Finds what the file is and opens it, or says why it cannot be read.
Result<Opened> openAny(const QString& path)
{
    if (Status regular = storage::FileKind::input(path); !regular)
        return regular.error();  // a named pipe would block the read
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(
            path, SpreadsheetSource::tr("the file cannot be opened: %1").arg(file.errorString()));
    if (file.size() == 0)
        return Error::inFile(path, SpreadsheetSource::tr("the file is empty"));
    const QByteArray head = file.peek(4096);
    Opened opened { sniff(head), {}, {}, {}, {} };
    file.close();

    const QString whatToDo = SpreadsheetSource::tr("open it in Excel or WPS and save it as an Excel workbook "
                                                   "(.xlsx) or as CSV");
    switch (opened.content) {
    case Content::Zip: {
        auto workbook = XlsxReader::open(path);
        if (!workbook)
            return workbook.error();
        opened.info = { SpreadsheetFormat::Xlsx, (*workbook)->sheets(), {}, {} };
        opened.workbook = std::move(*workbook);
        return opened;
    }
    case Content::Compound: {
        // An Excel 97-2003 workbook, or an .xlsx that Office encrypted with a password.
        auto workbook = XlsReader::open(path);
        if (!workbook)
            return workbook.error();
        opened.info = { SpreadsheetFormat::Xls, (*workbook)->sheets(), {}, {} };
        opened.oldWorkbook = std::move(*workbook);
        return opened;
    }
    case Content::Pdf:
        return Error::inFile(
            path, SpreadsheetSource::tr("the file is a PDF document, not a spreadsheet; %1").arg(whatToDo));
    case Content::Image:
        return Error::inFile(
            path, SpreadsheetSource::tr("the file is an image, not a spreadsheet; %1").arg(whatToDo));
    case Content::Html:
        return Error::inFile(path,
            SpreadsheetSource::tr("the file is a web page (HTML), not a spreadsheet, even if its "
                                  "name ends in .xls; %1")
                .arg(whatToDo));
    case Content::Text:
        if (namedAsWorkbook(path) && !looksLikeText(head))
            return Error::inFile(path,
                SpreadsheetSource::tr("the file is not a valid Excel workbook: its content is neither a "
                                      "workbook nor text (it may be damaged, or not a spreadsheet at all); "
                                      "%1")
                    .arg(whatToDo));
        break;
    }

    // A text file: its encoding from the start, its separator from the first line.
    opened.csv = std::make_unique<CsvSource>(path);
    if (auto ready = opened.csv->open(); !ready)
        return ready.error();
    opened.info = { SpreadsheetFormat::Csv, { QFileInfo(path).completeBaseName() },
        TextDecoder::name(opened.csv->encoding()), opened.csv->separator() };
    return opened;
}

}  // namespace

Result<SpreadsheetInfo> SpreadsheetSource::inspect(const QString& path)
{
    auto opened = openAny(path);
    if (!opened)
        return opened.error();
    return opened->info;
}

Result<std::unique_ptr<RowSource>> SpreadsheetSource::open(const QString& path, const QString& sheet)
{
    auto opened = openAny(path);
    if (!opened)
        return opened.error();
    if (opened->workbook)
        return opened->workbook->openSheet(sheet);
    if (opened->oldWorkbook)
        return opened->oldWorkbook->openSheet(sheet);

    const QString& only = opened->info.sheets.front();
    if (!sheet.isEmpty() && sheet != only)
        return Error::inFile(path, tr("a CSV file has one sheet, “%1”, not “%2”").arg(only, sheet));
    return std::unique_ptr<RowSource>(std::move(opened->csv));
}

bool SheetRow::isBlank() const
{
    for (const Cell& cell : cells) {
        for (const QChar c : cell.text) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

}  // namespace redgrid::format
