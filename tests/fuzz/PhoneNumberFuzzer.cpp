// The phone validator, on any cell text.
#include "FuzzSupport.h"
#include "roster/PhoneNumber.h"

using namespace redgrid;
using namespace redgrid::roster;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const PhoneCheck check = PhoneNumber::check(fuzz::textOf(data, size));
    if (!check.ok()) {
        fuzz::require(check.normalised.isEmpty() && check.kind == PhoneKind::Invalid,
            "a refused number has no normalised form");
        return 0;
    }
    fuzz::require(check.kind != PhoneKind::Invalid, "an accepted number has a kind");
    const PhoneCheck again = PhoneNumber::check(check.normalised);
    fuzz::require(again.ok() && again.normalised == check.normalised && again.kind == check.kind,
        "a normalised number is accepted as it is");
    return 0;
}
