#include "MemberValidator.h"

#include "CodeTable.h"
#include "IdNumber.h"
#include "PhoneNumber.h"
#include "common/InvisibleCharacters.h"

namespace redgrid::roster {

namespace {
// 党章 Art. 1: a member is at least 18 years old when joining.
constexpr int MinimumJoiningAge = 18;
// 党章 Art. 7: the probation lasts one year; it may be extended by 6 to 12 months.
constexpr int MinExtensionMonths = 6;
constexpr int MaxExtensionMonths = 12;
// How far a recorded conversion date may stray from the end of the probation (the branch
// meeting that approves it is held around that day).
constexpr int ConversionToleranceDays = 31;

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
}  // namespace

QList<FieldProblem> MemberValidator::check(const Member& m, const QDate& today, AlreadyChecked alreadyChecked)
{
    QList<FieldProblem> problems;
    const auto error = [&](MemberField field, const QString& message) {
        problems.append({ field, message, false });
    };
    const auto warning = [&](MemberField field, const QString& message) {
        problems.append({ field, message, true });
    };

    if (m.name.trimmed().isEmpty())
        error(MemberField::Name, tr("the name is empty"));
    else if (withoutInvisibleCharacters(m.name) != m.name)
        warning(MemberField::Name,
            tr("the name holds invisible characters (zero-width spaces, direction marks): they are removed"));
    if (m.orgId.isNull())
        error(MemberField::Org, tr("the party branch is missing"));

    const IdNumberCheck id = alreadyChecked.idNumber ? *alreadyChecked.idNumber
                                                     : IdNumber::check(m.idNumber, CellForm::Text, today);
    if (m.idNumber.trimmed().isEmpty())
        error(MemberField::IdNumber, tr("the ID number is empty"));
    else if (!id.ok())
        error(MemberField::IdNumber, id.error);
    else {
        if (!id.warning.isEmpty() && !alreadyChecked.idNumber)
            warning(MemberField::IdNumber, id.warning);
        if (m.birthDate.isValid())
            if (auto problem = IdNumber::birthDateProblem(id.normalised, RosterDate(m.birthDate)))
                error(MemberField::BirthDate, *problem);
        if (auto problem = IdNumber::sexProblem(id.normalised, m.sex.toInt()))
            error(MemberField::Sex, *problem);
    }
    if (!m.sex.isEmpty() && CodeTable::sex().labelFor(m.sex).isEmpty())
        error(MemberField::Sex, tr("\"%1\" is not a sex code").arg(m.sex));
    if (!m.ethnicity.isEmpty() && CodeTable::ethnicity().labelFor(m.ethnicity).isEmpty())
        error(MemberField::Ethnicity, tr("\"%1\" is not an ethnic group code of GB/T 3304").arg(m.ethnicity));
    if (!m.education.isEmpty() && CodeTable::education().labelFor(m.education).isEmpty())
        error(MemberField::Education, tr("\"%1\" is not an education code of GB/T 4658").arg(m.education));
    if (!m.jobPost.isEmpty() && CodeTable::jobPost().labelFor(m.jobPost).isEmpty())
        error(MemberField::JobPost, tr("\"%1\" is not a job post code").arg(m.jobPost));
    if (m.birthDate.isValid() && m.birthDate > today)
        error(MemberField::BirthDate, tr("the birth date %1 is in the future").arg(iso(m.birthDate)));

    const bool probationary = m.isProbationary();
    if (m.category != QLatin1String("1") && !probationary)
        error(MemberField::Category, tr("the category must be full or probationary member"));

    const QDate birth = m.birthDate.isValid() ? m.birthDate : (id.ok() ? id.birthDate : QDate());
    if (!m.joinedOn.isValid())
        error(MemberField::JoinedOn, tr("the date of joining is missing"));
    else {
        if (m.joinedOn > today)
            error(MemberField::JoinedOn, tr("the date of joining %1 is in the future").arg(iso(m.joinedOn)));
        if (birth.isValid() && m.joinedOn < birth.addYears(MinimumJoiningAge))
            error(MemberField::JoinedOn,
                tr("joined on %1, before the 18th birthday (%2)")
                    .arg(iso(m.joinedOn), iso(birth.addYears(MinimumJoiningAge))));
    }

    const int extension = m.probationExtensionMonths;
    if (extension != 0 && (extension < MinExtensionMonths || extension > MaxExtensionMonths))
        error(MemberField::ProbationExtension,
            tr("a probation can be extended by %1 to %2 months, not %3")
                .arg(MinExtensionMonths)
                .arg(MaxExtensionMonths)
                .arg(extension));

    if (m.joinedOn.isValid()) {
        const QDate probationEnd = m.joinedOn.addYears(1).addMonths(extension);
        if (probationary) {
            if (m.convertedOn.isValid())
                error(MemberField::ConvertedOn, tr("a probationary member has no conversion date yet"));
            else if (probationEnd < today)
                warning(MemberField::ConvertedOn,
                    tr("the probation ended on %1: convert the member or extend the probation")
                        .arg(iso(probationEnd)));
        } else if (!m.convertedOn.isValid()) {
            error(MemberField::ConvertedOn, tr("the date of conversion to full membership is missing"));
        } else if (m.convertedOn < m.joinedOn.addYears(1)) {
            error(MemberField::ConvertedOn,
                tr("converted on %1, less than one year after joining (%2)")
                    .arg(iso(m.convertedOn), iso(m.joinedOn)));
        } else if (m.convertedOn > today) {
            error(MemberField::ConvertedOn,
                tr("the conversion date %1 is in the future").arg(iso(m.convertedOn)));
        } else if (qAbs(probationEnd.daysTo(m.convertedOn)) > ConversionToleranceDays) {
            warning(MemberField::ConvertedOn,
                extension == 0
                    ? tr("converted on %1, but one year after joining is %2; was the probation extended?")
                          .arg(iso(m.convertedOn), iso(probationEnd))
                    : tr("converted on %1, but the extended probation ended on %2")
                          .arg(iso(m.convertedOn), iso(probationEnd)));
        }
    }

    if (!m.mobile.isEmpty() && !alreadyChecked.phones) {
        const PhoneCheck phone = PhoneNumber::check(m.mobile);
        if (!phone.ok())
            error(MemberField::Mobile, phone.error);
    }
    if (!m.landline.isEmpty() && !alreadyChecked.phones) {
        const PhoneCheck phone = PhoneNumber::check(m.landline);
        if (!phone.ok())
            error(MemberField::Landline, phone.error);
    }
    if (m.standing != QLatin1String("1") && m.standing != QLatin1String("2"))
        error(MemberField::Standing, tr("the standing must be normal or suspended"));
    if (m.lostContactOn.isValid()) {
        if (m.lostContactOn > today)
            error(MemberField::LostContactOn, tr("the date contact was lost is in the future"));
        else if (m.joinedOn.isValid() && m.lostContactOn < m.joinedOn)
            error(MemberField::LostContactOn, tr("contact was lost before the member joined"));
    }
    if (m.isMobile && m.mobileDestination.trimmed().isEmpty())
        warning(MemberField::MobileDestination, tr("a mobile member's destination is missing"));
    if (m.dualRegisteredOn.isValid() && m.dualRegisteredOn > today)
        error(MemberField::DualRegisteredOn, tr("the dual registration date is in the future"));
    return problems;
}

bool MemberValidator::hasErrors(const QList<FieldProblem>& problems)
{
    for (const FieldProblem& problem : problems)
        if (!problem.warning)
            return true;
    return false;
}

QString MemberValidator::describe(const QList<FieldProblem>& problems, bool errorsOnly)
{
    QStringList messages;
    for (const FieldProblem& problem : problems)
        if (!errorsOnly || !problem.warning)
            messages.append(problem.message);
    return messages.join(QStringLiteral("; "));
}

}  // namespace redgrid::roster
