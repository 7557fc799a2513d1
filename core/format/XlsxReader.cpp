#include "XlsxReader.h"

#include "storage/FileKind.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QUrl>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>

namespace redgrid::format {
namespace {

using Token = QXmlStreamReader::TokenType;
constexpr qint64 ReadBytes = 64 * 1024;
constexpr int MaxColumns = 16384;  // A to XFD, an Excel sheet's width
constexpr qint64 MaxRows = 1048576;  // an Excel sheet's height

// --- the zip file, read through QFile so that any path works on every system ---------

voidpf openFile(voidpf, const void* path, int)
{
    auto file = std::make_unique<QFile>(*static_cast<const QString*>(path));
    return file->open(QIODevice::ReadOnly) ? file.release() : nullptr;
}
uLong readFile(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 count = static_cast<QFile*>(stream)->read(static_cast<char*>(buffer), qint64(size));
    return count < 0 ? 0 : uLong(count);
}
uLong writeFile(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile*>(stream)->pos());
}
long seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + qint64(offset)) ? 0 : -1;
}
int closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile*>(stream);
    return 0;
}
int fileError(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

// One workbook file: its parts, each unpacked only within XlsxLimits.
class Archive
{
public:
    static Result<std::unique_ptr<Archive>> open(const QString& path)
    {
        zlib_filefunc64_def io { openFile, readFile, writeFile, tellFile, seekFile, closeFile, fileError,
            nullptr };
        unzFile zip = unzOpen2_64(&path, &io);
        if (!zip)
            return Error::inFile(path,
                XlsxReader::tr("the workbook is damaged or incomplete: its zip directory "
                               "cannot be read; open it in Excel or WPS and save it again"));
        return std::unique_ptr<Archive>(new Archive(zip, path));
    }
    ~Archive()
    {
        if (m_entryOpen)
            unzCloseCurrentFile(m_zip);
        unzClose(m_zip);
    }
    const QString& path() const { return m_path; }

    bool contains(const QString& part)
    {
        return unzLocateFile(m_zip, part.toUtf8().constData(), 2) == UNZ_OK;
    }

    // Opens a part for read(); refuses one that is encrypted or unpacks beyond `limit`.
    Status openEntry(const QString& part, qint64 limit)
    {
        closeEntry();
        m_part = part;
        unz_file_info64 info {};
        if (!contains(part)
            || unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return fail(XlsxReader::tr("the workbook has no part %1").arg(part));
        if (info.flag & 1)
            return fail(XlsxReader::tr("part %1 of the workbook is encrypted; save the workbook without a "
                                       "password and try again")
                            .arg(part));
        if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
            return fail(
                XlsxReader::tr("part %1 is compressed in a way RedGrid cannot read; open the workbook in "
                               "Excel or WPS and save it again")
                    .arg(part));
        const auto size = qint64(info.uncompressed_size);
        if (size > limit || size < 0)
            return fail(
                XlsxReader::tr("part %1 unpacks to %2 MiB, more than the %3 MiB RedGrid accepts; this "
                               "is not an ordinary workbook (it may be a zip bomb)")
                    .arg(part)
                    .arg(size >> 20)
                    .arg(limit >> 20));
        const qint64 ratio = size / std::max<qint64>(1, qint64(info.compressed_size));
        if (size > XlsxLimits::RatioCheckedAbove && ratio > XlsxLimits::MaxRatio)
            return fail(
                XlsxReader::tr("part %1 is compressed %2 to 1, far more than any real workbook; RedGrid "
                               "does not open it (it may be a zip bomb)")
                    .arg(part)
                    .arg(ratio));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return damaged();
        m_entryOpen = true;
        m_size = size;
        m_read = 0;
        return Status::success();
    }

    // Up to `size` bytes of the open part; 0 at its end, once its checksum is right.
    Result<qint64> read(char* buffer, qint64 size)
    {
        if (!m_entryOpen)
            return qint64(0);
        const int count = unzReadCurrentFile(m_zip, buffer, unsigned(std::min(size, ReadBytes)));
        m_read += std::max(count, 0);
        // minizip stops at the declared size; a part that says it is smaller than it is
        // ends short and fails the checksum.
        if (count < 0 || m_read > m_size)
            return damaged();
        if (count == 0) {
            m_entryOpen = false;
            if (unzCloseCurrentFile(m_zip) != UNZ_OK || m_read != m_size)
                return damaged();
        }
        return qint64(count);
    }
    double progress() const { return m_size > 0 ? double(m_read) / double(m_size) : 1.0; }

private:
    Archive(unzFile zip, QString path)
        : m_zip(zip)
        , m_path(std::move(path))
    {
    }
    void closeEntry()
    {
        if (m_entryOpen)
            unzCloseCurrentFile(m_zip);
        m_entryOpen = false;
    }
    Error fail(const QString& message) const { return Error::inFile(m_path, message); }
    Error damaged() const
    {
        return fail(XlsxReader::tr("the workbook is damaged: part %1 cannot be unpacked; open it in Excel or "
                                   "WPS and save it again")
                        .arg(m_part));
    }

    unzFile m_zip;
    QString m_path;
    QString m_part;
    bool m_entryOpen = false;
    qint64 m_size = 0;
    qint64 m_read = 0;
};

// One XML part, unpacked and parsed piece by piece.
class XmlPart
{
public:
    explicit XmlPart(Archive& archive)
        : m_archive(archive)
    {
    }
    Status open(const QString& part, qint64 limit)
    {
        m_part = part;
        return m_archive.openEntry(part, limit);
    }

    // The next token; Invalid when the part is damaged: see failure().
    Token next()
    {
        for (;;) {
            const Token token = m_xml.readNext();
            if (token != Token::Invalid) {
                m_pending = 0;
                return token;
            }
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_ended) {
                m_failure = Error::inFile(m_archive.path(),
                    XlsxReader::tr("the XML of part %1 is damaged: %2").arg(m_part, m_xml.errorString()));
                return Token::Invalid;
            }
            QByteArray chunk(ReadBytes, Qt::Uninitialized);
            auto count = m_archive.read(chunk.data(), chunk.size());
            if (!count) {
                m_failure = count.error();
                return Token::Invalid;
            }
            m_ended = *count == 0;
            m_pending += *count;
            if (m_pending > XlsxLimits::MaxTokenBytes) {
                m_failure = Error::inFile(m_archive.path(),
                    XlsxReader::tr("an XML element or text is longer than %1 MiB")
                        .arg(XlsxLimits::MaxTokenBytes >> 20));
                return Token::Invalid;
            }
            chunk.truncate(*count);
            m_xml.addData(chunk);
        }
    }
    const QXmlStreamReader& xml() const { return m_xml; }
    QStringView name() const { return m_xml.name(); }
    QStringView attribute(const char* name) const
    {
        return m_xml.attributes().value(QLatin1StringView(name));
    }
    // The relationship id (r:id), whatever prefix the file gives its namespace.
    QStringView relationshipId() const
    {
        for (const auto& attribute : m_xml.attributes()) {
            if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                return attribute.value();
        }
        return {};
    }
    const Error& failure() const { return m_failure; }
    double progress() const { return m_archive.progress(); }

private:
    Archive& m_archive;
    QString m_part;
    QXmlStreamReader m_xml;
    qint64 m_pending = 0;  // bytes added since the last token
    bool m_ended = false;
    Error m_failure;
};

// --- workbook structure -----------------------------------------------------------

struct Relationship
{
    QString id, type, target;
};

// A relationship target resolved against the part it belongs to (OPC, ISO 29500-2 §9.3):
// "/xl/worksheets/sheet1.xml" is absolute, "worksheets/sheet1.xml" relative.
QString resolve(const QString& fromPart, const QString& target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    QStringList path;
    if (!decoded.startsWith(QLatin1Char('/')))
        path = fromPart.split(QLatin1Char('/')).mid(0, fromPart.count(QLatin1Char('/')));
    for (const QString& segment : decoded.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!path.isEmpty())
                path.removeLast();
        } else if (segment != u".") {
            path.append(segment);
        }
    }
    return path.join(QLatin1Char('/'));
}

QString relationshipsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

Result<QList<Relationship>> readRelationships(Archive& archive, const QString& part)
{
    QList<Relationship> relationships;
    const QString relsPart = relationshipsOf(part);
    if (!archive.contains(relsPart))
        return relationships;
    XmlPart xml(archive);
    if (auto opened = xml.open(relsPart, XlsxLimits::MaxPartBytes); !opened)
        return opened.error();
    for (Token token; (token = xml.next()) != Token::EndDocument;) {
        if (token == Token::Invalid)
            return xml.failure();
        if (token == Token::StartElement && xml.name() == u"Relationship"
            && xml.attribute("TargetMode") != u"External")
            relationships.append({ xml.attribute("Id").toString(), xml.attribute("Type").toString(),
                resolve(part, xml.attribute("Target").toString()) });
    }
    return relationships;
}

QString targetOfType(const QList<Relationship>& relationships, QStringView type)
{
    for (const auto& relationship : relationships) {
        if (relationship.type.endsWith(type))
            return relationship.target;
    }
    return {};
}

// Whether a number format shows a date or time: y, m, d, h or s outside quoted text,
// [brackets] (colours, locales, elapsed time) and escaped characters (ECMA-376 §18.8.31).
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        if (c == u'"') {
            i = code.indexOf(QLatin1Char('"'), i + 1);
            if (i < 0)
                return false;
        } else if (c == u'[') {
            i = code.indexOf(QLatin1Char(']'), i + 1);
            if (i < 0)
                return false;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;  // the next character is literal text, a space width or a fill
        } else if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's') {
            return true;
        }
    }
    return false;
}

// Built-in formats that are dates or times (ECMA-376 §18.8.30): 14–22 and 45–47, and in
// Chinese, Japanese and Korean Excel also 27–36 and 50–58 (e.g. 31 = yyyy"年"m"月"d"日").
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

Result<QList<bool>> readDateStyles(Archive& archive, const QString& part)
{
    QList<bool> dateStyles;  // per index into cellXfs, which a cell's s attribute names
    if (part.isEmpty() || !archive.contains(part))
        return dateStyles;
    XmlPart xml(archive);
    if (auto opened = xml.open(part, XlsxLimits::MaxPartBytes); !opened)
        return opened.error();
    QHash<int, bool> customFormats;
    bool inCellXfs = false;
    for (Token token; (token = xml.next()) != Token::EndDocument;) {
        if (token == Token::Invalid)
            return xml.failure();
        if (token == Token::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != Token::StartElement)
            continue;
        if (xml.name() == u"numFmt") {
            customFormats.insert(
                xml.attribute("numFmtId").toInt(), isDateFormatCode(xml.attribute("formatCode")));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = xml.attribute("numFmtId").toInt();
            dateStyles.append(customFormats.contains(id) ? customFormats.value(id) : isBuiltInDateFormat(id));
        }
    }
    return dateStyles;
}

// Characters XML cannot hold are written as _xHHHH_ (ECMA-376 §22.9.2.19, ST_Xstring).
QString unescape(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool ok = false;
        const uint code = i + 6 < text.size() && text[i] == u'_' && text[i + 1] == u'x' && text[i + 6] == u'_'
            ? QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16)
            : 0;
        if (ok) {
            out.append(QChar(char16_t(code)));
            i += 6;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

// Every shared string, packed as UTF-8 in one block (a million rows may share ten
// million strings).
class SharedStrings
{
public:
    qsizetype size() const { return m_starts.size(); }
    QString at(qsizetype index) const
    {
        const qsizetype start = m_starts[index];
        const qsizetype end = index + 1 < m_starts.size() ? m_starts[index + 1] : m_pool.size();
        return QString::fromUtf8(m_pool.constData() + start, end - start);
    }
    void append(const QString& text)
    {
        m_starts.append(quint32(m_pool.size()));
        m_pool.append(text.toUtf8());
    }

private:
    static_assert(XlsxLimits::MaxSharedStringsBytes < (qint64(1) << 32), "offsets are 32-bit");
    QByteArray m_pool;
    QList<quint32> m_starts;
};

Result<std::shared_ptr<const SharedStrings>> readSharedStrings(Archive& archive, const QString& part)
{
    auto strings = std::make_shared<SharedStrings>();
    if (part.isEmpty() || !archive.contains(part))
        return std::shared_ptr<const SharedStrings>(strings);
    XmlPart xml(archive);
    if (auto opened = xml.open(part, XlsxLimits::MaxSharedStringsBytes); !opened)
        return opened.error();
    // <si> holds <t>, or rich-text runs <r><t>; phonetic runs <rPh> are not part of the text.
    QString text;
    bool inText = false;
    int phonetic = 0;
    for (Token token; (token = xml.next()) != Token::EndDocument;) {
        if (token == Token::Invalid)
            return xml.failure();
        if (token == Token::StartElement) {
            if (xml.name() == u"t")
                inText = phonetic == 0;
            else if (xml.name() == u"rPh")
                ++phonetic;
        } else if (token == Token::Characters && inText) {
            text += xml.xml().text();
        } else if (token == Token::EndElement) {
            if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"si") {
                strings->append(unescape(text));
                text.clear();
            }
        }
    }
    return std::shared_ptr<const SharedStrings>(strings);
}

}  // namespace

struct XlsxReader::Workbook
{
    struct Sheet
    {
        QString name, part;
    };
    QString path;
    QList<Sheet> sheets;
    bool date1904 = false;
    QList<bool> dateStyles;
    QString sharedStringsPart;
    std::shared_ptr<const SharedStrings> sharedStrings;  // read by the first openSheet()
};

namespace {

// Excel's serial day numbers. 1900 system: day 1 is 1900-01-01 and day 60 the fictitious
// 1900-02-29 that Lotus 1-2-3 counted; 1904 system (date1904): day 0 is 1904-01-01.
// Source: ECMA-376 Part 1 §18.17.4.1.
std::optional<QString> excelDate(QStringView value, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok || !(serial >= 0) || serial >= 2958466)  // 2958466 is 10000-01-01
        return std::nullopt;
    auto days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    if (!date1904 && days == 0)
        return time;  // a time of day alone
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29");
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    return seconds == 0 ? date : date + QLatin1Char(' ') + time;
}

// "C5" → 2; -1 when it is no column of a sheet.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i] >= u'A' && reference[i] <= u'Z'; ++i) {
        column = column * 26 + (reference[i].unicode() - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

class SheetSource final : public RowSource
{
public:
    SheetSource(
        std::unique_ptr<Archive> archive, std::shared_ptr<const XlsxReader::Workbook> workbook, QString sheet)
        : m_archive(std::move(archive))
        , m_workbook(std::move(workbook))
        , m_strings(m_workbook->sharedStrings)
        , m_sheet(std::move(sheet))
        , m_xml(*m_archive)
    {
    }
    Status open(const QString& part) { return m_xml.open(part, XlsxLimits::MaxSheetBytes); }

    Result<bool> next(SheetRow& row) override
    {
        while (!m_done) {
            switch (m_xml.next()) {
            case Token::StartElement:
                if (auto started = startElement(row); !started)
                    return started.error();
                break;
            case Token::Characters:
                if (m_inValue || m_inText)
                    m_value += m_xml.xml().text();
                break;
            case Token::EndElement:
                if (auto ended = endElement(row); !ended)
                    return ended.error();
                else if (*ended)
                    return true;
                break;
            case Token::EndDocument:
                m_done = true;
                break;
            case Token::Invalid:
                return fail(m_xml.failure().message);
            default:
                break;
            }
        }
        return false;
    }
    double progress() const override { return m_xml.progress(); }

private:
    // Ends the sheet: after damage, nothing more is read from it.
    Error fail(const QString& reason)
    {
        m_done = true;
        const QString message = m_row > 0
            ? XlsxReader::tr("sheet “%1”, row %2: %3").arg(m_sheet).arg(m_row).arg(reason)
            : XlsxReader::tr("sheet “%1”: %2").arg(m_sheet, reason);
        return Error { message, m_workbook->path, m_row };
    }

    Status startElement(SheetRow& row)
    {
        const QStringView name = m_xml.name();
        if (name == u"row") {
            const QStringView number = m_xml.attribute("r");
            bool ok = true;
            const qint64 previous = m_row;
            m_row = number.isEmpty() ? m_row + 1 : number.toLongLong(&ok);
            if (!ok || m_row < 1 || m_row > MaxRows)
                return fail(XlsxReader::tr("a row has the invalid number “%1”").arg(number));
            // Excel writes the rows in order and calls a file that does not damaged; a row
            // number given twice would name two rows in the import's messages.
            if (m_row <= previous)
                return fail(XlsxReader::tr("row %1 comes after row %2: the rows are out of order")
                                .arg(m_row)
                                .arg(previous));
            m_inRow = true;
            m_column = -1;
            row.cells.clear();
        } else if (name == u"c" && m_inRow) {
            const QStringView reference = m_xml.attribute("r");
            m_column = reference.isEmpty() ? m_column + 1 : columnOf(reference);
            if (m_column < 0 || m_column >= MaxColumns)
                return fail(XlsxReader::tr("a cell has the invalid reference “%1”").arg(reference));
            m_type = typeOf(m_xml.attribute("t"));
            const int style = m_xml.attribute("s").toInt();
            m_isDate = style >= 0 && style < m_workbook->dateStyles.size() && m_workbook->dateStyles[style];
            m_value.resize(0);
            m_inCell = true;
        } else if (m_inCell) {
            if (name == u"v")
                m_inValue = true;
            else if (name == u"t")
                m_inText = m_phonetic == 0;  // inline string text, also in rich-text runs
            else if (name == u"rPh")
                ++m_phonetic;
        }
        return Status::success();
    }

    // true when a row that is not blank is complete
    Result<bool> endElement(SheetRow& row)
    {
        const QStringView name = m_xml.name();
        if (name == u"v") {
            m_inValue = false;
        } else if (name == u"t") {
            m_inText = false;
        } else if (name == u"rPh") {
            --m_phonetic;
        } else if (name == u"c" && m_inCell) {
            m_inCell = false;
            auto cell = finishCell();
            if (!cell)
                return cell.error();
            if (cell->type != CellType::Empty) {
                while (row.cells.size() < m_column)
                    row.cells.append(Cell {});
                if (m_column < row.cells.size())
                    row.cells[m_column] = std::move(*cell);
                else
                    row.cells.append(std::move(*cell));
            }
        } else if (name == u"row" && m_inRow) {
            m_inRow = false;
            if (!row.isBlank()) {
                row.row = m_row;
                return true;
            }
        }
        return false;
    }

    // The cell types of ECMA-376 §18.18.11 (ST_CellType).
    enum class Type { Number, Shared, String, Boolean, Error, IsoDate };
    static Type typeOf(QStringView t)
    {
        if (t == u"s")
            return Type::Shared;
        if (t == u"inlineStr" || t == u"str")  // an inline string, a formula's text result
            return Type::String;
        if (t == u"b")
            return Type::Boolean;
        if (t == u"e")
            return Type::Error;
        if (t == u"d")  // an ISO 8601 date, in Strict files
            return Type::IsoDate;
        return Type::Number;  // "n" or none
    }

    Result<Cell> finishCell()
    {
        Cell cell { {}, CellType::Text };
        if (m_value.isEmpty()) {
            cell.type = CellType::Empty;  // a cell with a style and no value
        } else if (m_type == Type::Shared) {
            bool ok = false;
            const qlonglong index = m_value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_strings->size())
                return fail(
                    XlsxReader::tr("a cell refers to shared string %1, which the workbook does not have")
                        .arg(m_value));
            cell.text = m_strings->at(index);
        } else if (m_type == Type::String) {
            cell.text = unescape(m_value);
        } else if (m_type == Type::Boolean) {
            cell = { m_value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE"), CellType::Boolean };
        } else if (m_type == Type::Error) {
            cell = { m_value, CellType::Error };
        } else if (m_type == Type::IsoDate) {
            const QDateTime when = QDateTime::fromString(m_value, Qt::ISODate);
            if (when.isValid())
                cell = { when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate)
                                                    : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                    CellType::Date };
            else
                cell.text = m_value;
        } else if (auto date = m_isDate ? excelDate(m_value, m_workbook->date1904) : std::nullopt) {
            cell = { *date, CellType::Date };
        } else {
            cell = { m_value, CellType::Number };  // as stored: "5.00105E+17" stays so
        }
        if (cell.text.isEmpty())
            cell.type = CellType::Empty;
        return cell;
    }

    std::unique_ptr<Archive> m_archive;
    std::shared_ptr<const XlsxReader::Workbook> m_workbook;
    std::shared_ptr<const SharedStrings> m_strings;
    QString m_sheet;
    XmlPart m_xml;
    qint64 m_row = 0;
    int m_column = -1;
    Type m_type = Type::Number;
    QString m_value;
    bool m_isDate = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inText = false;
    int m_phonetic = 0;
    bool m_done = false;
};

// A zip that is no workbook: say what it is, as far as its parts tell.
Error notAWorkbook(Archive& archive)
{
    QString what = XlsxReader::tr("it is a zip archive, not an Excel workbook");
    if (archive.contains(QStringLiteral("xl/workbook.bin")))
        what = XlsxReader::tr("it is an Excel binary workbook (.xlsb), which RedGrid cannot read");
    else if (archive.contains(QStringLiteral("content.xml")))
        what = XlsxReader::tr("it is an OpenDocument file (.ods), which RedGrid cannot read");
    else if (archive.contains(QStringLiteral("word/document.xml")))
        what = XlsxReader::tr("it is a Word document, not a workbook");
    return Error::inFile(archive.path(),
        XlsxReader::tr("%1; open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV")
            .arg(what));
}

}  // namespace

XlsxReader::XlsxReader(std::shared_ptr<Workbook> workbook)
    : m_workbook(std::move(workbook))
{
}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path)
{
    if (Status regular = storage::FileKind::input(path); !regular)
        return regular.error();  // a named pipe would block the read
    auto archive = Archive::open(path);
    if (!archive)
        return archive.error();
    Archive& zip = **archive;

    // The package's relationships name the workbook part (OPC, ISO 29500-2 §8.3).
    auto packageRelationships = readRelationships(zip, QString());
    if (!packageRelationships)
        return packageRelationships.error();
    QString workbookPart = targetOfType(*packageRelationships, u"/officeDocument");
    if (workbookPart.isEmpty() || !zip.contains(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookPart))
        return notAWorkbook(zip);
    auto relationships = readRelationships(zip, workbookPart);
    if (!relationships)
        return relationships.error();

    auto workbook = std::make_shared<Workbook>();
    workbook->path = path;
    XmlPart xml(zip);
    if (auto opened = xml.open(workbookPart, XlsxLimits::MaxPartBytes); !opened)
        return opened.error();
    for (Token token; (token = xml.next()) != Token::EndDocument;) {
        if (token == Token::Invalid)
            return xml.failure();
        if (token != Token::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = xml.attribute("date1904");
            workbook->date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            const QStringView id = xml.relationshipId();
            for (const auto& relationship : *relationships) {
                // Chart sheets and dialog sheets hold no rows.
                if (relationship.id == id && relationship.type.endsWith(u"/worksheet"))
                    workbook->sheets.append({ xml.attribute("name").toString(), relationship.target });
            }
        }
    }
    if (workbook->sheets.isEmpty())
        return Error::inFile(path, tr("the workbook has no worksheet"));

    // Parts not named in the relationships are looked for where Excel puts them.
    QString stylesPart = targetOfType(*relationships, u"/styles");
    if (stylesPart.isEmpty())
        stylesPart = resolve(workbookPart, QStringLiteral("styles.xml"));
    workbook->sharedStringsPart = targetOfType(*relationships, u"/sharedStrings");
    if (workbook->sharedStringsPart.isEmpty())
        workbook->sharedStringsPart = resolve(workbookPart, QStringLiteral("sharedStrings.xml"));
    auto dateStyles = readDateStyles(zip, stylesPart);
    if (!dateStyles)
        return dateStyles.error();
    workbook->dateStyles = std::move(*dateStyles);
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(workbook)));
}

QStringList XlsxReader::sheets() const
{
    QStringList names;
    for (const auto& sheet : m_workbook->sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxReader::uses1904DateSystem() const
{
    return m_workbook->date1904;
}

Result<std::unique_ptr<RowSource>> XlsxReader::openSheet(const QString& sheet)
{
    const Workbook::Sheet* found = sheet.isEmpty() ? &m_workbook->sheets.front() : nullptr;
    for (const auto& candidate : m_workbook->sheets) {
        if (!found && candidate.name == sheet)
            found = &candidate;
    }
    if (!found) {
        QStringList quoted;
        for (const QString& name : sheets())
            quoted.append(QStringLiteral("“%1”").arg(name));
        return Error::inFile(m_workbook->path,
            tr("the workbook has no sheet “%1”; its sheets are %2")
                .arg(sheet, quoted.join(QStringLiteral(", "))));
    }
    // Each sheet reads through its own handle on the file, so sources are independent.
    auto archive = Archive::open(m_workbook->path);
    if (!archive)
        return archive.error();
    if (!m_workbook->sharedStrings) {
        auto strings = readSharedStrings(**archive, m_workbook->sharedStringsPart);
        if (!strings)
            return strings.error();
        m_workbook->sharedStrings = std::move(*strings);
    }
    auto source = std::make_unique<SheetSource>(std::move(*archive), m_workbook, found->name);
    if (auto opened = source->open(found->part); !opened)
        return opened.error();
    return std::unique_ptr<RowSource>(std::move(source));
}

}  // namespace redgrid::format
