#include "RosterDate.h"

#include "common/Digits.h"

#include <QRegularExpression>

namespace redgrid::roster {
namespace {

// Excel's day 0 for serials from 61 on. Serials 1..59 count from one day later, because
// Excel (copying Lotus 1-2-3) treats 1900 as a leap year and numbers 1900-02-29 as 60.
// Source: Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year".
const QDate excelEpoch(1899, 12, 30);
constexpr qint64 fictitiousLeapDay = 60;

// Full-width digits and punctuation (２０２０．７．１) and the ideographic space come from
// Chinese input methods; NFKC folds them to ASCII. Only non-ASCII text pays for it.
QString folded(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return text.normalized(QString::NormalizationForm_KC).trimmed();
    }
    return text.trimmed();
}

// The value of ASCII digits the caller has checked (toInt() would convert to Latin-1 first,
// an allocation per date of an import).
int valueOf(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Exports write date cells as "2020-07-01 00:00:00"; the time says nothing about the day.
QString withoutTime(const QString& text)
{
    static const QRegularExpression time(QStringLiteral("^\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return text;
    if (!time.match(text.mid(space + 1).trimmed()).hasMatch())
        return text;
    return text.left(space).trimmed();
}

// The parts of a written date, still as text. `day` is empty for a month.
struct Parts
{
    QStringView year;
    QStringView month;
    QStringView day;
    bool recognised = false;
};

Parts chineseParts(QStringView text)
{
    // 2020年7月1日, 2020年7月1号, 2020年7月
    Parts parts;
    const qsizetype yearEnd = text.indexOf(u'年');
    const qsizetype monthEnd = text.indexOf(u'月');
    if (yearEnd <= 0 || monthEnd <= yearEnd)
        return parts;
    parts.year = text.left(yearEnd).trimmed();
    parts.month = text.mid(yearEnd + 1, monthEnd - yearEnd - 1).trimmed();
    QStringView rest = text.mid(monthEnd + 1).trimmed();
    if (!rest.isEmpty()) {
        if (!rest.endsWith(u'日') && !rest.endsWith(u'号'))
            return parts;
        parts.day = rest.chopped(1).trimmed();
        if (parts.day.isEmpty())
            return parts;
    }
    parts.recognised = true;
    return parts;
}

Parts separatedParts(QStringView text, QChar separator)
{
    // 2020-07-01, 2020/7/1, 2020.7.1, 2020-7, 2020.07: one kind of separator throughout.
    Parts parts;
    QStringView pieces[3];
    qsizetype count = 0;
    for (qsizetype start = 0;;) {
        const qsizetype end = text.indexOf(separator, start);
        const QStringView piece = text.sliced(start, (end < 0 ? text.size() : end) - start);
        if (count == 3 || !allDigits(piece))
            return parts;
        pieces[count++] = piece;
        if (end < 0)
            break;
        start = end + 1;
    }
    if (count < 2)
        return parts;
    parts.year = pieces[0];
    parts.month = pieces[1];
    if (count == 3)
        parts.day = pieces[2];
    parts.recognised = true;
    return parts;
}

Parts digitParts(QStringView text)
{
    // 20200701, 202007
    Parts parts;
    if (text.size() != 8 && text.size() != 6)
        return parts;
    parts.year = text.left(4);
    parts.month = text.mid(4, 2);
    if (text.size() == 8)
        parts.day = text.mid(6, 2);
    parts.recognised = true;
    return parts;
}

bool plausibleShape(const Parts& parts)
{
    return parts.recognised && parts.year.size() == 4 && allDigits(parts.year) && !parts.month.isEmpty()
        && parts.month.size() <= 2 && allDigits(parts.month)
        && (parts.day.isEmpty() || (parts.day.size() <= 2 && allDigits(parts.day)));
}

// 6 digits that read as a year from 1900 and a month: 202007. As a serial it would be 2453.
bool isYearMonth(QStringView digits)
{
    if (digits.size() != 6)
        return false;
    const int month = valueOf(digits.mid(4));
    return valueOf(digits.left(4)) >= 1900 && month >= 1 && month <= 12;
}

// The whole and fractional digits of a plain number ("43831.5"); false when `text` is not one.
bool splitNumber(QStringView text, QStringView& whole, QStringView& fraction)
{
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    whole = point < 0 ? text : text.left(point);
    fraction = point < 0 ? QStringView() : text.mid(point + 1);
    return allDigits(whole) && (point < 0 || allDigits(fraction));
}

}  // namespace

RosterDate::RosterDate(QDate date, DatePrecision precision)
    : m_date(precision == DatePrecision::Month && date.isValid() ? QDate(date.year(), date.month(), 1) : date)
    , m_precision(precision)
{
}

Result<QDate> RosterDate::fromExcelSerial(qint64 serial)
{
    if (serial < 1 || serial > maxExcelSerial) {
        return Error::plain(
            tr("%1 is outside the range of Excel date numbers (1 to %2)").arg(serial).arg(maxExcelSerial));
    }
    if (serial == fictitiousLeapDay) {
        return Error::plain(tr("Excel date number 60 stands for 29 February 1900, a day that did not exist"));
    }
    return serial < fictitiousLeapDay ? excelEpoch.addDays(serial + 1) : excelEpoch.addDays(serial);
}

qint64 RosterDate::excelSerial(QDate date)
{
    if (!date.isValid() || date < QDate(1900, 1, 1) || date > QDate(9999, 12, 31))
        return 0;
    const qint64 days = excelEpoch.daysTo(date);
    return date < QDate(1900, 3, 1) ? days - 1 : days;
}

Result<RosterDate> RosterDate::parse(const QString& text, CellForm form)
{
    const QString original = folded(text);
    if (original.isEmpty())
        return Error::plain(tr("the date is empty"));
    const QString t = withoutTime(original);
    const QStringView view(t);

    Parts parts;
    QStringView whole;
    QStringView fraction;
    if (form == CellForm::Number && splitNumber(view, whole, fraction)) {
        if (whole.size() == 4 && !fraction.isEmpty()) {
            if (fraction == u"1") {
                return Error::plain(tr("\"%1\" was stored by Excel as a number, so 2020.10 (October) and "
                                       "2020.1 (January) look the same; format the column as text and enter "
                                       "the dates again")
                                        .arg(original));
            }
            parts = separatedParts(view, QLatin1Char('.'));  // 2020.07
        } else if (fraction.isEmpty() && (whole.size() == 8 || isYearMonth(whole))) {
            parts = digitParts(whole);  // 20200701, 202007
        } else {
            if (whole.size() > 9) {
                return Error::plain(tr("\"%1\" is outside the range of Excel date numbers (1 to %2)")
                                        .arg(original)
                                        .arg(maxExcelSerial));
            }
            auto day = fromExcelSerial(whole.toLongLong());  // a fraction is the time of day
            if (!day)
                return day.error();
            return RosterDate(*day);
        }
    } else if (view.contains(u'年')) {
        parts = chineseParts(view);
    } else {
        QChar separator;
        for (QChar c : view) {
            if (c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.')) {
                separator = c;
                break;
            }
        }
        parts = separator.isNull() ? (allDigits(view) ? digitParts(view) : Parts {})
                                   : separatedParts(view, separator);
    }

    if (!plausibleShape(parts)) {
        if (form == CellForm::Text && allDigits(view) && view.size() == 5) {  // 1927-05-18 .. 2173-10-13
            return Error::plain(tr("\"%1\" is not a date; a day count such as 43831 is read as a date only "
                                   "from a cell that Excel stored as a number")
                                    .arg(original));
        }
        return Error::plain(
            tr("\"%1\" is not a date; write it as 2020-07-01, 2020.7.1, 20200701 or 2020年7月1日, or "
               "2020-07 for a month")
                .arg(original));
    }

    const int year = valueOf(parts.year);  // plausibleShape(): digits only
    const int month = valueOf(parts.month);
    if (year < 1900)
        return Error::plain(tr("\"%1\": dates before 1900 are not accepted").arg(original));
    if (month < 1 || month > 12)
        return Error::plain(tr("\"%1\" is not a real date: there is no month %2").arg(original).arg(month));
    if (parts.day.isEmpty())
        return RosterDate(QDate(year, month, 1), DatePrecision::Month);

    const int day = valueOf(parts.day);
    const int length = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > length) {
        return Error::plain(tr("\"%1\" is not a real date: month %2 of %3 has %4 days")
                                .arg(original)
                                .arg(month)
                                .arg(year)
                                .arg(length));
    }
    return RosterDate(QDate(year, month, day));
}

QString RosterDate::toText() const
{
    if (!m_date.isValid())
        return {};
    return m_date.toString(
        m_precision == DatePrecision::Month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

bool RosterDate::agreesWith(QDate day) const
{
    if (!m_date.isValid() || !day.isValid())
        return false;
    if (m_precision == DatePrecision::Month)
        return m_date.year() == day.year() && m_date.month() == day.month();
    return m_date == day;
}

}  // namespace redgrid::roster
