#include "CsvReader.h"

namespace redgrid::importexport {
namespace {

constexpr QChar Quote = QLatin1Char('"');
constexpr QChar Cr = QLatin1Char('\r');
constexpr QChar Lf = QLatin1Char('\n');

bool isLineBreak(QChar c)
{
    return c == Cr || c == Lf;
}

// Moves past one line end (CRLF, LF or CR) at `pos`.
qsizetype skipLineBreak(QStringView text, qsizetype pos)
{
    if (text[pos] == Cr && pos + 1 < text.size() && text[pos + 1] == Lf)
        return pos + 2;
    return pos + 1;
}

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

}  // namespace

QChar CsvReader::detectSeparator(QStringView text)
{
    // Candidates in order of preference when tied.
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    int counts[] = { 0, 0, 0 };
    bool inQuotes = false;
    bool lineHasText = false;
    for (const QChar c : text) {
        if (c == Quote) {
            inQuotes = !inQuotes;
            lineHasText = true;
        } else if (inQuotes) {
            continue;
        } else if (isLineBreak(c)) {
            if (lineHasText)
                break;  // the first non-blank line is over
        } else {
            for (int i = 0; i < 3; ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
            if (!c.isSpace() || c == candidates[2])
                lineHasText = true;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

Result<CsvTable> CsvReader::read(QStringView text, QChar separator)
{
    CsvTable table;
    table.separator = separator.isNull() ? detectSeparator(text) : separator;
    const QChar sep = table.separator;
    const qsizetype size = text.size();
    qsizetype pos = 0;
    qint64 row = 1;
    while (pos < size) {
        CsvRecord record { row, {} };
        for (bool recordEnds = false; !recordEnds;) {
            QString field;
            if (pos < size && text[pos] == Quote) {
                ++pos;
                for (;;) {
                    if (pos >= size)
                        return Error { tr("a quoted field that starts in row %1 is never closed").arg(row),
                            {}, row };
                    const QChar c = text[pos];
                    if (c == Quote) {
                        if (pos + 1 < size && text[pos + 1] == Quote) {
                            field += Quote;
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (isLineBreak(c)) {
                        field += Lf;
                        pos = skipLineBreak(text, pos);
                        continue;
                    }
                    field += c;
                    ++pos;
                }
            }
            // An unquoted field, or what follows a closing quote up to the separator.
            const qsizetype start = pos;
            while (pos < size && text[pos] != sep && !isLineBreak(text[pos]))
                ++pos;
            field += text.sliced(start, pos - start);
            record.fields.append(field);

            if (pos >= size) {
                recordEnds = true;
            } else if (text[pos] == sep) {
                ++pos;  // another field follows, even if empty
            } else {
                pos = skipLineBreak(text, pos);
                recordEnds = true;
            }
        }
        if (!isBlank(record.fields))
            table.records.append(std::move(record));
        ++row;
    }
    return table;
}

}  // namespace redgrid::importexport
