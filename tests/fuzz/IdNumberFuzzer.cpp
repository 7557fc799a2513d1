// The ID-number validator (GB 11643-1999), on any cell text, as text and as a numeric cell.
#include "FuzzSupport.h"
#include "roster/IdNumber.h"

using namespace redgrid;
using namespace redgrid::roster;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    const QDate today(2026, 12, 7);  // a fixed day: a run gives the same answers every day
    for (const CellForm form : { CellForm::Text, CellForm::Number }) {
        const IdNumberCheck check = IdNumber::check(text, form, today);
        if (!check.ok()) {
            fuzz::require(check.normalised.isEmpty(), "a refused number has no normalised form");
            continue;
        }
        const QString& id = check.normalised;
        fuzz::require(id.size() == 18, "an accepted number has 18 characters");
        fuzz::require(IdNumber::checkCharacter(QStringView(id).first(17)) == id.at(17),
            "an accepted number ends in its check character");
        fuzz::require(
            check.birthDate.isValid() && check.birthDate <= today, "the birth date is real and past");
        fuzz::require(check.birthDate == IdNumber::birthDateOf(id), "the birth date is the number's");
        fuzz::require(check.sex == IdNumber::sexOf(id), "the sex is the number's");
        fuzz::require(IdNumber::check(id, CellForm::Text, today).normalised == id,
            "a normalised number is accepted as it is");
        fuzz::require(!IdNumber::sexProblem(id, check.sex), "the number's own sex agrees with it");
        fuzz::require(!IdNumber::birthDateProblem(id, RosterDate(check.birthDate)),
            "the number's own birth date agrees with it");
    }
    IdNumber::checkCharacter(text);
    return 0;
}
