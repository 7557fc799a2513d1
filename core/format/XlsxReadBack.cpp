#include "XlsxReadBack.h"

#include <QByteArrayMatcher>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace redgrid::format {

namespace {

constexpr qint64 ChunkBytes = 1 << 16;
constexpr qint64 MaxSmallPartBytes = qint64(32) << 20;

// One part of the zip read to its end: minizip checks its CRC when it is closed.
struct Part
{
    QString name;
    qint64 rows = 0;  // <row> elements, in a sheet
    QByteArray tail;  // its last bytes, in a sheet
    QByteArray whole;  // every byte, in the other parts (small: workbook, styles, relationships)
};

bool readPart(unzFile zip, Part& part)
{
    const bool sheet = part.name.startsWith(QLatin1String("xl/worksheets/sheet"));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return false;
    static const QByteArrayMatcher rowStart("<row ");
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    QByteArray carry;  // the end of the last chunk, so that "<row " across two chunks counts
    bool fine = true;
    for (;;) {
        const int read = unzReadCurrentFile(zip, chunk.data(), unsigned(chunk.size()));
        if (read < 0) {
            fine = false;
            break;
        }
        if (read == 0)
            break;
        const QByteArray bytes = chunk.left(read);
        if (sheet) {
            const QByteArray scanned = carry + bytes;
            for (qsizetype at = rowStart.indexIn(scanned); at >= 0; at = rowStart.indexIn(scanned, at + 1))
                ++part.rows;
            carry = scanned.right(4);
            part.tail = (part.tail + bytes).right(64);
        } else {
            if (part.whole.size() + read > MaxSmallPartBytes) {
                fine = false;
                break;
            }
            part.whole.append(bytes);
        }
    }
    return unzCloseCurrentFile(zip) == UNZ_OK && fine;  // UNZ_CRCERROR when the bytes are not the zipped ones
}

bool wellFormed(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

// The sheet's number in its part's name (xl/worksheets/sheet3.xml is the third sheet).
int sheetNumber(const QString& name)
{
    static const QRegularExpression number(QStringLiteral("sheet(\\d+)\\.xml$"));
    const QRegularExpressionMatch match = number.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

}  // namespace

Status XlsxReadBack::check(const QString& written, const QString& target, const QList<qint64>& rowsPerSheet)
{
    const Error incomplete = Error::inFile(QDir::toNativeSeparators(target),
        tr("the workbook could not be written completely (is the disk full or failing?); no file was saved"));
    unzFile zip = unzOpen64(QFile::encodeName(written).constData());
    if (!zip)
        return incomplete;
    bool fine = unzGoToFirstFile(zip) == UNZ_OK;
    QList<qint64> rows;
    while (fine) {
        char name[512] = {};
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK) {
            fine = false;
            break;
        }
        Part part { QString::fromUtf8(name), 0, {}, {} };
        fine = readPart(zip, part);
        if (!fine)
            break;
        if (part.name.endsWith(QLatin1String(".xml")) || part.name.endsWith(QLatin1String(".rels"))) {
            if (const int sheet = sheetNumber(part.name);
                sheet > 0 && part.name.startsWith(QLatin1String("xl/worksheets/"))) {
                // A sheet cut short ends in the middle of its rows.
                fine = part.tail.trimmed().endsWith("</worksheet>");
                if (rows.size() < sheet)
                    rows.resize(sheet);
                rows[sheet - 1] = part.rows;
            } else {
                fine = wellFormed(part.whole);
            }
        }
        if (!fine)
            break;
        const int next = unzGoToNextFile(zip);
        if (next == UNZ_END_OF_LIST_OF_FILE)
            break;
        fine = next == UNZ_OK;
    }
    unzClose(zip);
    if (!fine || (!rowsPerSheet.isEmpty() && rows != rowsPerSheet))
        return incomplete;
    return Status::success();
}

}  // namespace redgrid::format
