#include "Member.h"

namespace redgrid::roster {

QString memberStatusKey(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QStringLiteral("active");
    case MemberStatus::TransferredOut:
        return QStringLiteral("transferred_out");
    case MemberStatus::Departed:
        return QStringLiteral("departed");
    case MemberStatus::Deceased:
        return QStringLiteral("deceased");
    }
    return {};
}

MemberStatus memberStatusFromKey(QStringView key)
{
    if (key == u"transferred_out")
        return MemberStatus::TransferredOut;
    if (key == u"departed")
        return MemberStatus::Departed;
    if (key == u"deceased")
        return MemberStatus::Deceased;
    return MemberStatus::Active;
}

int yearsBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

int Member::partyAge(const QDate& today) const
{
    return isProbationary() ? 0 : yearsBetween(convertedOn, today);
}

int Member::age(const QDate& today) const
{
    return yearsBetween(birthDate, today);
}

}  // namespace redgrid::roster
