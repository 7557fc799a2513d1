// The roster's date parser, on any cell text, as text and as a numeric cell.
#include "FuzzSupport.h"
#include "roster/RosterDate.h"

#include <cstring>

using namespace redgrid;
using namespace redgrid::roster;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    for (const CellForm form : { CellForm::Text, CellForm::Number }) {
        const auto date = RosterDate::parse(text, form);
        if (!date)
            continue;
        fuzz::require(date->isValid(), "an accepted date is valid");
        fuzz::require(date->date().year() >= 1900, "no accepted date lies before 1900");
        if (date->precision() == DatePrecision::Month)
            fuzz::require(date->date().day() == 1, "a month is stored as its day 1");
        // toText() is what exports write; parse() reads it back.
        const auto again = RosterDate::parse(date->toText());
        fuzz::require(again && *again == *date, "a date's text reads back as the same date");
        fuzz::require(date->agreesWith(date->date()), "a date agrees with its own day");
    }
    // Serials: every number a numeric cell can hold.
    if (size == sizeof(qint64)) {
        qint64 serial = 0;
        std::memcpy(&serial, data, sizeof serial);
        if (const auto day = RosterDate::fromExcelSerial(serial))
            fuzz::require(RosterDate::excelSerial(*day) == serial, "a serial's day gives the serial back");
    }
    return 0;
}
