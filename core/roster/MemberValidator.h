#pragma once

#include "IdNumber.h"
#include "Member.h"

#include <QCoreApplication>
#include <QList>

namespace redgrid::roster {

// The items of a member a rule can be about (the form puts its message beside the field).
enum class MemberField {
    Name,
    Org,
    Sex,
    Ethnicity,
    IdNumber,
    BirthDate,
    Education,
    Degree,
    Category,
    JoinedOn,
    ConvertedOn,
    ProbationExtension,
    JobPost,
    Mobile,
    Landline,
    Standing,
    LostContactOn,
    MobileDestination,
    DualRegisteredOn,
};

struct FieldProblem
{
    MemberField field;
    QString message;
    bool warning = false;  // a warning does not stop a save or an import
};

// What a caller of MemberValidator has checked itself and reported the problems of: an
// importer checks the ID number and the phones as it reads a row (it needs their normalised
// forms); checking them again would cost a million-row import a second and repeat a warning.
struct AlreadyChecked
{
    const IdNumberCheck* idNumber = nullptr;  // the check of member.idNumber as read
    bool phones = false;  // member.mobile and member.landline as PhoneNumber::check normalised them
};

// The rules of a member record (domain rules 1.6 and 2): ID number against birth date and
// sex, join and conversion dates, phones, codes. Used by the member form and the importer.
class MemberValidator
{
    Q_DECLARE_TR_FUNCTIONS(MemberValidator)

public:
    static QList<FieldProblem> check(
        const Member& member, const QDate& today = QDate::currentDate(), AlreadyChecked alreadyChecked = {});
    static bool hasErrors(const QList<FieldProblem>& problems);
    static QString describe(const QList<FieldProblem>& problems, bool errorsOnly);  // "a; b; c"
};

}  // namespace redgrid::roster
