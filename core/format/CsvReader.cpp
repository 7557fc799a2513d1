#include "CsvReader.h"

namespace redgrid::format {
namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// Spaces only, without making a trimmed copy: this runs for every record.
bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        for (const QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

enum class Parsed {
    Complete,
    Incomplete,  // the record runs to the end of the text at hand
    Unclosed,  // a quoted field runs to the end of the text
    TooManyFields,
};

// Parses the record that starts at `pos`, moving `pos` past it and its line end.
// `finished`: the text ends here; otherwise a record that reaches the end may go on.
// The fields' strings are reused: a million rows then need no allocation per field.
Parsed parseRecord(QStringView text, qsizetype& pos, bool finished, char16_t sep, QStringList& fields)
{
    const char16_t* const data = text.utf16();
    const qsizetype size = text.size();
    qsizetype at = pos;
    qsizetype count = 0;
    for (;;) {
        if (count == CsvParser::MaxFields)
            return Parsed::TooManyFields;
        if (count == fields.size())
            fields.emplace_back();
        QString& field = fields[count++];
        field.resize(0);  // keeps the buffer
        if (at < size && data[at] == Quote) {
            // A quoted field: up to the next lone quote; "" is a quote, and separators and
            // line breaks are text (a line break becomes "\n").
            ++at;
            for (;;) {
                const qsizetype start = at;
                while (at < size && data[at] != Quote && data[at] != Cr && data[at] != Lf)
                    ++at;
                field.append(QStringView(data + start, at - start));
                if (at >= size)
                    return finished ? Parsed::Unclosed : Parsed::Incomplete;
                if (at + 1 >= size && !finished)
                    return Parsed::Incomplete;  // "" or CRLF may be cut in two
                if (data[at] == Quote) {
                    if (at + 1 < size && data[at + 1] == Quote) {
                        field.append(QLatin1Char('"'));
                        at += 2;
                        continue;
                    }
                    ++at;
                    break;
                }
                at += (data[at] == Cr && at + 1 < size && data[at + 1] == Lf) ? 2 : 1;
                field.append(QLatin1Char('\n'));
            }
        }
        // An unquoted field, or what follows a closing quote up to the separator: kept,
        // as Excel does; a quote here is an ordinary character.
        const qsizetype start = at;
        while (at < size && data[at] != sep && data[at] != Cr && data[at] != Lf)
            ++at;
        field.append(QStringView(data + start, at - start));

        if (at >= size) {
            if (!finished)
                return Parsed::Incomplete;
            break;
        }
        if (data[at] == sep) {
            ++at;  // another field follows, even if empty
            continue;
        }
        if (data[at] == Cr) {
            if (at + 1 >= size && !finished)
                return Parsed::Incomplete;  // CRLF may be cut in two
            if (at + 1 < size && data[at + 1] == Lf)
                ++at;
        }
        ++at;
        break;
    }
    fields.resize(count);
    pos = at;
    return Parsed::Complete;
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
        if (c == QLatin1Char('"')) {
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
    CsvParser parser(table.separator);
    parser.append(text.toString());
    parser.finish();
    for (;;) {
        CsvRecord record;
        auto step = parser.next(record);
        if (!step)
            return step.error();
        if (*step != CsvParser::Step::Record)
            return table;
        table.records.append(std::move(record));
    }
}

CsvParser::CsvParser(QChar separator)
    : m_separator(separator)
{
}

void CsvParser::append(const QString& text)
{
    if (m_pos >= m_text.size()) {
        m_text = text;  // the usual case: the last piece was used up
    } else {
        m_text.remove(0, m_pos);  // the start of an unfinished record
        m_text.append(text);
    }
    m_pos = 0;
}

void CsvParser::finish()
{
    m_finished = true;
}

Result<CsvParser::Step> CsvParser::next(CsvRecord& record)
{
    for (;;) {
        if (m_pos >= m_text.size())
            return m_finished ? Step::End : Step::NeedText;
        switch (parseRecord(m_text, m_pos, m_finished, m_separator.unicode(), record.fields)) {
        case Parsed::Incomplete:
            if (m_text.size() - m_pos > MaxRecordChars)
                return Error { CsvReader::tr("row %1 is longer than %2 characters; does a quoted field in it "
                                             "never end?")
                                   .arg(m_row)
                                   .arg(MaxRecordChars),
                    {}, m_row };
            return Step::NeedText;
        case Parsed::Unclosed:
            return Error { CsvReader::tr("a quoted field that starts in row %1 is never closed").arg(m_row),
                {}, m_row };
        case Parsed::TooManyFields:
            return Error { CsvReader::tr(
                               "row %1 has more than %2 fields, more than a spreadsheet has columns")
                               .arg(m_row)
                               .arg(MaxFields),
                {}, m_row };
        case Parsed::Complete:
            break;
        }
        record.row = m_row++;
        if (!isBlank(record.fields))
            return Step::Record;
    }
}

}  // namespace redgrid::format
